namespace GeneratedMigrations.Npgsql.Tests;

public sealed class UpToDateTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private const int LockAcquiredEvent = 1007;

    [Fact]
    public async Task Migrating_an_up_to_date_database_applies_nothing_writes_nothing_and_takes_no_lock()
    {
        await using var db = await server.CreateDatabaseAsync();
        var catalog = TestCatalogs.Of(TestCatalogs.Items());
        await using (var first = new Migrator(catalog, new NpgsqlMigrationStore(db.ConnectionString)))
        {
            await first.MigrateAsync();
        }
        var rowsBefore = await db.LedgerRowsAsync();
        var nextTransaction = await db.DescribeAsync();
        var logger = new RecordingLogger();

        MigrationRunResult result;
        await using (var again = new Migrator(catalog, new NpgsqlMigrationStore(db.ConnectionString), new MigratorOptions { Logger = logger }))
        {
            result = await again.MigrateAsync();
        }

        Assert.True(result.WasUpToDate);
        Assert.Equal(3, result.Plan.Applied.Count);
        // No row, no DDL, no sequence was written in the database.
        Assert.Equal(nextTransaction, await db.DescribeAsync());
        Assert.Equal(rowsBefore, await db.LedgerRowsAsync());
        Assert.Empty(logger.MessagesOf(LockAcquiredEvent));
    }

    [Fact]
    public async Task Applies_only_the_migrations_added_since_the_last_run()
    {
        await using var db = await server.CreateDatabaseAsync();
        var items = TestCatalogs.Items();
        await using (var first = new Migrator(TestCatalogs.Of(items[0], items[1]), new NpgsqlMigrationStore(db.ConnectionString)))
        {
            await first.MigrateAsync();
        }
        var rowsBefore = await db.LedgerRowsAsync();

        MigrationRunResult result;
        await using (var second = new Migrator(TestCatalogs.Of(items), new NpgsqlMigrationStore(db.ConnectionString)))
        {
            result = await second.MigrateAsync();
        }

        Assert.Equal([3L], result.Applied.Select(a => a.Order));
        var rowsAfter = await db.LedgerRowsAsync();
        Assert.Equal(rowsBefore, rowsAfter.Take(2));
        Assert.Equal(3, rowsAfter.Count);
        Assert.True(await db.ScalarAsync<bool>("SELECT to_regclass('public.ix_items_title') IS NOT NULL"));
    }
}
