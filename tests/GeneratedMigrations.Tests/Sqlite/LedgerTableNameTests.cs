namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>The ledger table name comes from configuration: it is validated before any SQL runs, then used everywhere.</summary>
public sealed class LedgerTableNameTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Rejects_a_hostile_ledger_table_name_before_touching_the_database()
    {
        await _db.ExecuteAsync("CREATE TABLE y (id INTEGER)");
        var before = _db.Snapshot();

        var exception = Assert.Throws<ArgumentException>(
            () => _db.CreateStore(new SqliteMigrationStoreOptions { TableName = "x\"; DROP TABLE y; --" }));

        Assert.Contains("is not a valid ledger table name", exception.Message);
        Assert.True(await _db.TableExistsAsync("y"));
        Assert.Equal(before, _db.Snapshot());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1ledger")]
    [InlineData("my ledger")]
    [InlineData("my-ledger")]
    [InlineData("main.ledger")]
    [InlineData("ledger]")]
    [InlineData("l\u00e9dger")]
    [InlineData("a234567890123456789012345678901234567890123456789012345")]
    public void Rejects_a_name_that_is_not_a_plain_identifier(string name)
    {
        var exception = Assert.Throws<ArgumentException>(() => _db.CreateStore(new SqliteMigrationStoreOptions { TableName = name }));

        Assert.Contains("ASCII letters, digits or underscores", exception.Message);
        Assert.False(File.Exists(_db.FilePath));
    }

    [Fact]
    public async Task Keeps_the_ledger_and_its_lock_in_the_configured_tables()
    {
        var options = new SqliteMigrationStoreOptions { TableName = "_App_Ledger_2" };
        await using (var migrator = _db.CreateMigrator(Catalogs.Generated, storeOptions: options))
        {
            await migrator.MigrateAsync();
        }

        Assert.Equal(Catalogs.GeneratedOrders, (await _db.ReadLedgerAsync("_App_Ledger_2")).Select(row => row.Order));
        Assert.True(await _db.TableExistsAsync("_App_Ledger_2_meta"));
        Assert.True(await _db.TableExistsAsync("_App_Ledger_2_lock"));
        Assert.False(await _db.TableExistsAsync(TestDatabase.LedgerTable));
        await using var again = _db.CreateMigrator(Catalogs.Generated, storeOptions: options);
        Assert.True((await again.GetStatusAsync()).IsUpToDate);
    }
}
