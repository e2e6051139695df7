using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GeneratedMigrations.Tests.Runner;

/// <summary>The runner reports each step through source-generated log events with stable ids, names and properties.</summary>
public sealed class LoggingTests : IDisposable
{
    private readonly TestDatabase _db = new();
    private readonly ListLogger _logger = new();

    public void Dispose() => _db.Dispose();

    private Migrator CreateMigrator(MigrationCatalog catalog) => _db.CreateMigrator(catalog, new MigratorOptions { Logger = _logger });

    [Fact]
    public async Task An_up_run_logs_lock_plan_start_and_success_with_their_properties()
    {
        await _db.MigrateAsync(RunnerCatalogs.Of(RunnerCatalogs.Tables(1)));
        await using var migrator = CreateMigrator(RunnerCatalogs.Of(RunnerCatalogs.Tables(3)));

        await migrator.MigrateAsync();

        var runner = _logger.Records.Where(r => r.EventId is >= 1001 and <= 1011).ToList();
        Assert.Equal([1007, 1001, 1003, 1004, 1003, 1004], runner.Select(r => r.EventId));
        var lockAcquired = Event(1007, "LockAcquired");
        Assert.Equal("sqlite:" + _db.FilePath, lockAcquired.Properties["Database"]);
        Assert.IsType<long>(lockAcquired.Properties["WaitedMs"]);
        var summary = Event(1001, "PlanSummary");
        Assert.Equal((1, 2, 1L), ((int)summary.Properties["AppliedCount"]!, (int)summary.Properties["PendingCount"]!, (long?)summary.Properties["LastApplied"]));
        var starting = Event(1003, "MigrationStarting");
        Assert.Equal((2L, "create_t2"), ((long)starting.Properties["Order"]!, (string)starting.Properties["MigrationName"]!));
        Assert.Equal("Applying migration 2 create_t2", starting.Message);
        var applied = _logger.Records.Last(r => r.EventId == 1004);
        Assert.Equal("MigrationApplied", applied.EventName);
        Assert.Equal((3L, "create_t3"), ((long)applied.Properties["Order"]!, (string)applied.Properties["MigrationName"]!));
        Assert.InRange((long)applied.Properties["DurationMs"]!, 0, 60_000);
        Assert.All(runner, r => Assert.Equal(LogLevel.Information, r.Level));
    }

    [Fact]
    public async Task A_failure_is_logged_as_an_error_with_the_exception_and_duration()
    {
        var failure = new InvalidOperationException("boom");
        var catalog = RunnerCatalogs.Of(RunnerCatalogs.Code(1, "explodes", async (db, ct) =>
        {
            await Task.Delay(30, ct);
            throw failure;
        }));
        await using var migrator = CreateMigrator(catalog);

        await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.MigrateAsync());

        var failed = Event(1005, "MigrationFailed");
        Assert.Equal(LogLevel.Error, failed.Level);
        Assert.Same(failure, failed.Exception);
        Assert.Equal((1L, "explodes"), ((long)failed.Properties["Order"]!, (string)failed.Properties["MigrationName"]!));
        Assert.InRange((long)failed.Properties["DurationMs"]!, 25, 60_000);
        Assert.DoesNotContain(_logger.Records, r => r.EventId == 1004);
    }

    [Fact]
    public async Task A_refused_plan_is_logged_with_the_problem_count()
    {
        var catalog = RunnerCatalogs.Of(RunnerCatalogs.Tables(2));
        await _db.MigrateAsync(catalog);
        await using var migrator = CreateMigrator(RunnerCatalogs.Of(RunnerCatalogs.Tables(1)));

        await Assert.ThrowsAsync<MigrationPlanException>(() => migrator.MigrateAsync());

        var refused = Event(1006, "PlanRefused");
        Assert.Equal(LogLevel.Error, refused.Level);
        Assert.Equal(1, refused.Properties["ProblemCount"]);
    }

    [Fact]
    public async Task A_down_run_logs_reverting_and_reverted()
    {
        var catalog = RunnerCatalogs.Of(RunnerCatalogs.Tables(2));
        await _db.MigrateAsync(catalog);
        await using var migrator = CreateMigrator(catalog);

        await migrator.RevertAsync(RevertTarget.ToOrder(0));

        Assert.Equal([1008, 1009, 1008, 1009], _logger.Records.Where(r => r.EventId is 1008 or 1009).Select(r => r.EventId));
        var reverting = Event(1008, "MigrationReverting");
        Assert.Equal((2L, "create_t2"), ((long)reverting.Properties["Order"]!, (string)reverting.Properties["MigrationName"]!));
        var reverted = _logger.Records.Last(r => r.EventId == 1009);
        Assert.Equal("MigrationReverted", reverted.EventName);
        Assert.Equal((1L, "create_t1"), ((long)reverted.Properties["Order"]!, (string)reverted.Properties["MigrationName"]!));
        Assert.IsType<long>(reverted.Properties["DurationMs"]);
    }

    [Fact]
    public async Task A_skip_and_a_repair_are_logged()
    {
        var disabled = RunnerCatalogs.Sql(2, "disabled_step", "SELECT 1", isDisabled: true);
        await using var migrator = CreateMigrator(RunnerCatalogs.Of(RunnerCatalogs.Table(1, "t1"), disabled));

        await migrator.MigrateAsync();
        await migrator.RepairAsync(2, RepairAction.Forget);

        var skipped = Event(1010, "MigrationSkipped");
        Assert.Equal((2L, "disabled_step"), ((long)skipped.Properties["Order"]!, (string)skipped.Properties["MigrationName"]!));
        var repaired = Event(1011, "Repaired");
        Assert.Equal(LogLevel.Warning, repaired.Level);
        Assert.Equal((2L, "disabled_step", "SKIPPED", "Forget"),
            ((long)repaired.Properties["Order"]!, (string)repaired.Properties["MigrationName"]!, (string)repaired.Properties["PreviousStatus"]!, (string)repaired.Properties["Action"]!));
    }

    [Fact]
    public async Task An_up_to_date_run_logs_only_that_it_is_up_to_date()
    {
        var catalog = RunnerCatalogs.Of(RunnerCatalogs.Tables(2));
        await _db.MigrateAsync(catalog);
        await using var migrator = CreateMigrator(catalog);

        await migrator.MigrateAsync();

        var upToDate = Assert.Single(_logger.Records);
        Assert.Equal((1002, "UpToDate"), (upToDate.EventId, upToDate.EventName));
        Assert.Equal(2L, upToDate.Properties["LastApplied"]);
    }

    [Fact]
    public async Task Waiting_for_the_lock_is_logged_naming_the_holder_then_the_acquisition_with_the_wait()
    {
        await using var holderStore = _db.CreateStore();
        var held = await holderStore.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, default);
        await using var migrator = CreateMigrator(RunnerCatalogs.Of(RunnerCatalogs.Tables(1)));

        var run = migrator.MigrateAsync();
        await WaitForAsync(1012);
        var holder = held.Owner;
        await held.DisposeAsync();
        await run;

        var waiting = Event(1012, "LockWaiting");
        Assert.Equal(holder, waiting.Properties["Holder"]);
        var acquired = Event(1007, "LockAcquired");
        Assert.InRange((long)acquired.Properties["WaitedMs"]!, 1, 60_000);
    }

    private async Task WaitForAsync(int id)
    {
        for (var i = 0; i < 500 && !_logger.Records.Any(r => r.EventId == id); i++) await Task.Delay(20);
    }

    private LogRecord Event(int id, string name)
    {
        var record = _logger.Records.First(r => r.EventId == id);
        Assert.Equal(name, record.EventName);
        return record;
    }
}
