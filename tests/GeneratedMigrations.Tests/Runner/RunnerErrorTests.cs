using Microsoft.Extensions.Logging.Abstractions;

namespace GeneratedMigrations.Tests.Runner;

/// <summary>Every runner error carries the operation, the migration concerned, the database's position and the provider's error.</summary>
public sealed class RunnerErrorTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_failed_down_step_carries_the_provider_exception()
    {
        var catalog = RunnerCatalogs.Of(
            RunnerCatalogs.Table(1, "t1"),
            RunnerCatalogs.Sql(2, "create_t2", "CREATE TABLE t2 (id INTEGER)", "DROP TABLE t2; DROP TABLE no_such_table"));
        await _db.MigrateAsync(catalog);
        await using var migrator = _db.CreateMigrator(catalog);

        var exception = await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.RevertAsync(RevertTarget.OneStep));

        Assert.Equal((MigrationOperation.Down, 2L, "create_t2", 2L), (exception.Operation, exception.Order, exception.MigrationName, exception.LastAppliedOrder));
        Assert.Contains("no such table: no_such_table", Assert.IsType<SqliteException>(exception.InnerException).Message);
        Assert.IsAssignableFrom<MigrationException>(exception);
        Assert.True(await _db.TableExistsAsync("t2"));
    }

    [Fact]
    public async Task A_lock_timeout_while_going_down_carries_the_operation_and_last_applied_order()
    {
        var catalog = RunnerCatalogs.Of(RunnerCatalogs.Tables(3));
        await _db.MigrateAsync(catalog);
        await using var holderStore = _db.CreateStore();
        await using var held = await holderStore.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, default);
        await using var migrator = _db.CreateMigrator(catalog, new MigratorOptions { Lock = new MigrationLockOptions { WaitTimeout = TimeSpan.FromMilliseconds(300) } });

        var exception = await Assert.ThrowsAsync<MigrationLockTimeoutException>(() => migrator.RevertAsync(RevertTarget.OneStep));

        Assert.Equal((MigrationOperation.Down, 3L), (exception.Operation, exception.LastAppliedOrder));
        Assert.Equal(held.Owner, exception.Holder);
        Assert.Equal([1L, 2L, 3L], (await _db.ReadLedgerAsync()).Select(row => row.Order));
    }

    [Fact]
    public async Task A_lock_timeout_while_going_up_carries_the_last_applied_order()
    {
        await _db.MigrateAsync(RunnerCatalogs.Of(RunnerCatalogs.Tables(1)));
        await using var holderStore = _db.CreateStore();
        await using var held = await holderStore.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, default);
        await using var migrator = _db.CreateMigrator(RunnerCatalogs.Of(RunnerCatalogs.Tables(2)),
            new MigratorOptions { Lock = new MigrationLockOptions { WaitTimeout = TimeSpan.FromMilliseconds(300) } });

        var exception = await Assert.ThrowsAsync<MigrationLockTimeoutException>(() => migrator.MigrateAsync());

        Assert.Equal((MigrationOperation.Up, 1L), (exception.Operation, exception.LastAppliedOrder));
    }

    [Fact]
    public async Task Passing_the_overall_deadline_during_a_slow_migration_rolls_it_back()
    {
        var slowStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var catalog = RunnerCatalogs.Of(
            RunnerCatalogs.Table(1, "t1"),
            RunnerCatalogs.Code(2, "slow", async (db, ct) =>
            {
                await db.ExecuteAsync("CREATE TABLE slow (id INTEGER)", ct);
                slowStarted.SetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            }),
            RunnerCatalogs.Table(3, "t3"));
        // Migration 1 is applied by an earlier run, so the deadline cannot pass before the slow migration starts,
        // however slow the machine: the slow one is the first thing this run does after taking the lock.
        await _db.MigrateAsync(RunnerCatalogs.Of(RunnerCatalogs.Table(1, "t1")));
        await using var migrator = _db.CreateMigrator(catalog, new MigratorOptions { Lock = new MigrationLockOptions { OverallDeadline = TimeSpan.FromSeconds(3) } });

        var exception = await Assert.ThrowsAsync<MigrationDeadlineExceededException>(() => migrator.MigrateAsync().WaitAsync(Eventually.DefaultBound));

        Assert.True(slowStarted.Task.IsCompleted, "The deadline passed before the slow migration started.");
        Assert.Equal((MigrationOperation.Up, 2L, "slow", 1L), (exception.Operation, exception.Order, exception.MigrationName, exception.LastAppliedOrder));
        Assert.Contains("during migration 2 'slow'. Migration 2 'slow' was rolled back.", exception.Message);
        Assert.Contains("OverallDeadline", exception.Message);
        Assert.False(await _db.TableExistsAsync("slow"));
        Assert.False(await _db.TableExistsAsync("t3"));
        Assert.Equal([1L], (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.Null(await _db.ReadLeaseAsync());
    }
}
