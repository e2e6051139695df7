namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>
/// A data source that Microsoft.Data.Sqlite resolves itself (<c>|DataDirectory|</c>) is found again on the next
/// start: the store asks SQLite whether the file opens instead of looking for the path with File.Exists, which
/// used to find nothing and re-apply every migration on each start.
/// </summary>
[Collection(SerialCollection.Name)] // Sets the process-wide DataDirectory.
public sealed class DataDirectoryConnectionStringTests : IDisposable
{
    private const string ConnectionString = "Data Source=|DataDirectory|app.db";

    private readonly TestDatabase _db = new();
    private readonly object? _previousDataDirectory = AppDomain.CurrentDomain.GetData("DataDirectory");

    public DataDirectoryConnectionStringTests() => AppDomain.CurrentDomain.SetData("DataDirectory", _db.Folder + Path.DirectorySeparatorChar);

    public void Dispose()
    {
        AppDomain.CurrentDomain.SetData("DataDirectory", _previousDataDirectory);
        _db.Dispose();
    }

    [Fact]
    public async Task A_second_start_sees_the_ledger_and_applies_nothing()
    {
        await using (var first = new Migrator(Catalogs.Generated, new SqliteMigrationStore(ConnectionString)))
        {
            Assert.Equal(Catalogs.GeneratedOrders, (await first.MigrateAsync()).Applied.Select(m => m.Order));
        }
        // The same file the test database checks, under the folder DataDirectory points to.
        var ledger = await _db.ReadLedgerAsync();
        Assert.Equal(Catalogs.GeneratedOrders, ledger.Select(row => row.Order));

        await using var second = new Migrator(Catalogs.Generated, new SqliteMigrationStore(ConnectionString));
        var status = await second.GetStatusAsync();
        var result = await second.MigrateAsync();

        Assert.Equal(Catalogs.GeneratedOrders, status.Applied.Select(m => m.Order));
        Assert.True(status.IsUpToDate);
        Assert.Empty(result.Applied);
        Assert.Equal(ledger, await _db.ReadLedgerAsync());
    }
}
