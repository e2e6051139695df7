namespace GeneratedMigrations.Hosting.Tests.Infrastructure;

/// <summary>A real SQLite file in a temporary folder of its own, deleted with the folder when the test ends.</summary>
public sealed class TestDatabase : IDisposable
{
    public TestDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "gm-hosting-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = Path.Combine(Folder, "app.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath }.ToString();
    }

    public string Folder { get; }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public SqliteMigrationStore CreateStore() => new(ConnectionString);

    /// <summary>Applies a catalogue directly, as an earlier (or later) build of the app would have.</summary>
    public async Task MigrateAsync(MigrationCatalog catalog)
    {
        await using var migrator = new Migrator(catalog, CreateStore());
        await migrator.MigrateAsync();
    }

    public async Task<bool> TableExistsAsync(string name)
    {
        if (!File.Exists(FilePath)) return false;
        return await ScalarAsync($"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{name}'") > 0;
    }

    /// <summary>The orders the ledger records, in order.</summary>
    public async Task<IReadOnlyList<long>> LedgerOrdersAsync()
    {
        await using var store = CreateStore();
        return (await store.ReadLedgerAsync(CancellationToken.None)).Select(entry => entry.Order).ToList();
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString + ";Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a process that is ending; the temp folder is cleaned by the OS.
        }
    }
}
