namespace GeneratedMigrations.Npgsql.Tests;

public sealed class LedgerReadTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task A_ledger_whose_meta_table_was_dropped_is_still_read()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using (var migrator = new Migrator(TestCatalogs.Of(TestCatalogs.Items()), new NpgsqlMigrationStore(db.ConnectionString)))
        {
            await migrator.MigrateAsync();
        }
        await db.ExecuteAsync("DROP TABLE __migration_ledger_meta");

        await using var store = new NpgsqlMigrationStore(db.ConnectionString);
        var ledger = await store.ReadLedgerAsync(CancellationToken.None);

        Assert.Equal([1L, 2L, 3L], ledger.Select(e => e.Order));
    }

    [Fact]
    public async Task A_row_with_an_unknown_status_is_reported_as_a_ledger_error_naming_the_migration()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using (var migrator = new Migrator(TestCatalogs.Of(TestCatalogs.Items()), new NpgsqlMigrationStore(db.ConnectionString)))
        {
            await migrator.MigrateAsync();
        }
        await db.ExecuteAsync("UPDATE __migration_ledger SET status = 'HALF_DONE' WHERE migration_order = 2");

        await using var store = new NpgsqlMigrationStore(db.ConnectionString);
        var exception = await Assert.ThrowsAsync<MigrationLedgerException>(() => store.ReadLedgerAsync(CancellationToken.None));

        Assert.Contains("migration 2", exception.Message, StringComparison.Ordinal);
        Assert.Contains("HALF_DONE", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_connection_string_is_rejected_without_echoing_it()
    {
        var exception = Assert.Throws<ArgumentException>(() => new NpgsqlMigrationStore("Host=db;Password=s3cret;Port=not-a-number"));

        Assert.Contains("PostgreSQL connection string is not valid: the value of 'port' is not valid", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-number", exception.Message, StringComparison.Ordinal);
    }
}
