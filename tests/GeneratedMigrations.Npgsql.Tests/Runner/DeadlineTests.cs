using System.Diagnostics;

namespace GeneratedMigrations.Npgsql.Tests.Runner;

/// <summary>On PostgreSQL, passing MigratorOptions.Lock.OverallDeadline during a slow migration cancels it and rolls its DDL back.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DeadlineTests(PostgresServer server)
{
    [Fact]
    public async Task Passing_the_overall_deadline_during_a_slow_migration_rolls_it_back()
    {
        await using var db = await server.CreateDatabaseAsync();
        var catalog = TestCatalogs.Of(
            RunnerSql.Table(1, "t1"),
            RunnerSql.Sql(2, "slow", "CREATE TABLE slow (id bigint); SELECT pg_sleep(60)"),
            RunnerSql.Table(3, "t3"));
        await using var migrator = RunnerSql.Migrator(db, catalog,
            new MigratorOptions { Lock = new MigrationLockOptions { OverallDeadline = TimeSpan.FromSeconds(5) } });
        var clock = Stopwatch.StartNew();

        var exception = await Assert.ThrowsAsync<MigrationDeadlineExceededException>(() => migrator.MigrateAsync());

        // The deadline covers the whole run (the lock wait included): generous enough for a loaded machine to reach migration 2.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(40), $"The slow migration ran to its end ({clock.Elapsed}) instead of being cancelled.");
        Assert.Equal((MigrationOperation.Up, 2L, "slow", 1L), (exception.Operation, exception.Order, exception.MigrationName, exception.LastAppliedOrder));
        Assert.Contains("during migration 2 'slow'. Migration 2 'slow' was rolled back.", exception.Message);
        Assert.False(await db.TableExistsAsync("public", "slow"));
        Assert.False(await db.TableExistsAsync("public", "t3"));
        Assert.Equal(new long[] { 1 }, await RunnerSql.LedgerOrdersAsync(db));
    }
}
