using System.Security.Cryptography;

namespace GeneratedMigrations.Tests.Infrastructure;

/// <summary>
/// A real SQLite file in a temporary folder of its own, deleted with the folder when the test ends.
/// Reads for assertions only read, through connections that never create the file (<c>Mode=ReadWrite</c>).
/// They are not read-only connections: a process killed in the middle of a commit leaves a hot journal, and
/// only a connection that may write can roll it back before reading, as the next run of the app would.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string LedgerTable = "__migration_ledger";

    public TestDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "gm-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = Path.Combine(Folder, "app.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath }.ToString();
    }

    public string Folder { get; }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public SqliteMigrationStore CreateStore(SqliteMigrationStoreOptions? options = null) => new(ConnectionString, options);

    public Migrator CreateMigrator(MigrationCatalog catalog, MigratorOptions? options = null, SqliteMigrationStoreOptions? storeOptions = null) =>
        new(catalog, CreateStore(storeOptions), options);

    /// <summary>Applies a catalogue, for tests that start from a database some earlier build migrated.</summary>
    public async Task MigrateAsync(MigrationCatalog catalog)
    {
        await using var migrator = CreateMigrator(catalog);
        await migrator.MigrateAsync();
    }

    /// <summary>Changes the database by hand, as a tampering user or a crashed process would have left it.</summary>
    public async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await OpenForReadingAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<bool> TableExistsAsync(string name)
    {
        // A file the runner never created has no tables (and opening it without creating it would fail).
        if (!File.Exists(FilePath)) return false;
        await using var connection = await OpenForReadingAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        command.Parameters.AddWithValue("$name", name);
        return (long)(await command.ExecuteScalarAsync())! == 1;
    }

    /// <summary>The ledger as stored, column by column, in order.</summary>
    public async Task<IReadOnlyList<LedgerRow>> ReadLedgerAsync(string table = LedgerTable)
    {
        await using var connection = await OpenForReadingAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT migration_order, name, checksum, status, applied_at, duration_ms, applied_by FROM \"{table}\" ORDER BY migration_order";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<LedgerRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new LedgerRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt64(5), reader.GetString(6)));
        }
        return rows;
    }

    /// <summary>The schema as SQLite stores it: every table, index, view and trigger with its SQL, by name.</summary>
    public async Task<IReadOnlyList<string>> SchemaAsync()
    {
        if (!File.Exists(FilePath)) return [];
        await using var connection = await OpenForReadingAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }

    /// <summary>The lease row of the cross-process lock, or null when nobody holds it.</summary>
    public async Task<(string Owner, long ExpiresAt)?> ReadLeaseAsync(string table = LedgerTable + "_lock")
    {
        await using var connection = await OpenForReadingAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT owner, expires_at FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetString(0), reader.GetInt64(1)) : null;
    }

    /// <summary>Everything about the files on disk that a write would change.</summary>
    public DatabaseFiles Snapshot()
    {
        var file = new FileInfo(FilePath);
        var names = Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        return new DatabaseFiles(
            string.Join(", ", names),
            file.Exists ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(FilePath))) : "",
            file.Exists ? file.LastWriteTimeUtc : default);
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the folder can be deleted.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Windows refuses to delete a file something still holds open; the folder is under the temp directory anyway.
        }
    }

    /// <summary>
    /// A connection for reading the file as it is (opening fails if it does not exist). Read-write, because a
    /// read-only connection cannot recover a hot journal and fails with "attempt to write a readonly database".
    /// </summary>
    public async Task<SqliteConnection> OpenForReadingAsync()
    {
        var connection = new SqliteConnection(ConnectionString + ";Mode=ReadWrite;Pooling=False");
        await connection.OpenAsync();
        return connection;
    }
}

/// <summary>One ledger row as stored.</summary>
public sealed record LedgerRow(long Order, string Name, string Checksum, string Status, string AppliedAt, long DurationMs, string AppliedBy);

/// <summary>The files in a test database's folder, the main file's content hash and its modification time.</summary>
public sealed record DatabaseFiles(string FileNames, string Sha256, DateTime LastWriteTimeUtc);
