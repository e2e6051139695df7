using Microsoft.Extensions.Logging.Abstractions;

namespace GeneratedMigrations.Npgsql.Tests;

public sealed class ConcurrentStartTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Many_migrators_starting_together_on_a_fresh_database_apply_each_migration_exactly_once()
    {
        await using var db = await server.CreateDatabaseAsync();
        var catalog = TestCatalogs.Of(
        [
            .. TestCatalogs.Items(),
            // Slow enough that the others are still waiting while it runs.
            TestCatalogs.Sql(4, "slow_backfill", "SELECT pg_sleep(0.3); UPDATE items SET title = upper(title)"),
        ]);

        var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            await using var migrator = new Migrator(catalog, new NpgsqlMigrationStore(db.ConnectionString));
            return await migrator.MigrateAsync();
        }));

        Assert.Equal([1L, 2L, 3L, 4L], runs.SelectMany(r => r.Applied).Select(a => a.Order).Order());
        // Every starter ends knowing the database is at the latest migration, whoever applied it.
        Assert.All(runs, run => Assert.Equal(4, run.Plan.Applied.Count + run.Applied.Count));
        Assert.Equal(4, (await db.LedgerRowsAsync()).Count);
        Assert.Equal("FIRST", await db.ScalarAsync<string>("SELECT title FROM items WHERE id = 1"));
    }

    [Fact]
    public async Task Ledgers_created_at_the_same_moment_in_one_new_schema_do_not_trip_over_each_other()
    {
        await using var db = await server.CreateDatabaseAsync();

        for (var round = 0; round < 5; round++)
        {
            var schema = $"shared_{round}";
            // Different tables, so different lock keys: nothing serialises their CREATE SCHEMA but the server.
            var locks = await Task.WhenAll(Enumerable.Range(0, 4).Select(async i =>
            {
                var store = new NpgsqlMigrationStore(db.ConnectionString, new NpgsqlMigrationStoreOptions { Schema = schema, TableName = $"ledger_{i}" });
                return (Store: store, Lock: await store.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, CancellationToken.None));
            }));
            foreach (var (store, migrationLock) in locks)
            {
                await migrationLock.DisposeAsync();
                await store.DisposeAsync();
            }
            for (var i = 0; i < 4; i++) Assert.True(await db.TableExistsAsync(schema, $"ledger_{i}"));
        }
    }
}
