using System.Diagnostics;

namespace GeneratedMigrations.Npgsql.Tests.Runner;

/// <summary>On PostgreSQL, passing MigratorOptions.Lock.OverallDeadline during a slow migration cancels it and rolls its DDL back.</summary>
public sealed class DeadlineTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Passing_the_overall_deadline_during_a_slow_migration_rolls_it_back()
    {
        await using var db = await server.CreateDatabaseAsync();
        var catalog = TestCatalogs.Of(
            RunnerSql.Table(1, "t1"),
            RunnerSql.Sql(2, "slow", "CREATE TABLE slow (id bigint); SELECT pg_sleep(600)"),
            RunnerSql.Table(3, "t3"));
        // Migration 1 is applied by an earlier run, so the deadline cannot pass before the slow migration starts,
        // however slow the machine: the slow one is the first thing this run does after taking the lock.
        await using (var earlier = RunnerSql.Migrator(db, TestCatalogs.Of(RunnerSql.Table(1, "t1"))))
        {
            await earlier.MigrateAsync();
        }
        await using var migrator = RunnerSql.Migrator(db, catalog,
            new MigratorOptions { Lock = new MigrationLockOptions { OverallDeadline = TimeSpan.FromSeconds(5) } });
        var clock = Stopwatch.StartNew();

        var exception = await Assert.ThrowsAsync<MigrationDeadlineExceededException>(() => migrator.MigrateAsync());

        // The statement sleeps ten minutes: only a cancelled one ends within one.
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"The slow migration ran to its end ({clock.Elapsed}) instead of being cancelled.");
        Assert.Equal((MigrationOperation.Up, 2L, "slow", 1L), (exception.Operation, exception.Order, exception.MigrationName, exception.LastAppliedOrder));
        Assert.Contains("during migration 2 'slow'. Migration 2 'slow' was rolled back.", exception.Message);
        Assert.False(await db.TableExistsAsync("public", "slow"));
        Assert.False(await db.TableExistsAsync("public", "t3"));
        Assert.Equal(new long[] { 1 }, await RunnerSql.LedgerOrdersAsync(db));
    }
}
