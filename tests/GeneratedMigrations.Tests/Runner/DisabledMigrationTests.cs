namespace GeneratedMigrations.Tests.Runner;

/// <summary>A disabled migration is recorded SKIPPED and never runs; enabling it later is refused until the skip is forgotten.</summary>
public sealed class DisabledMigrationTests : IDisposable
{
    private static readonly MigrationDescriptor Disabled =
        RunnerCatalogs.Sql(2, "create_superseded", "CREATE TABLE superseded (id INTEGER PRIMARY KEY)", isDisabled: true);

    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static MigrationCatalog Catalog(MigrationDescriptor second) =>
        RunnerCatalogs.Of(RunnerCatalogs.Table(1, "t1"), second, RunnerCatalogs.Table(3, "t3"));

    [Fact]
    public async Task Records_a_disabled_migration_as_skipped_without_running_it()
    {
        await using var migrator = _db.CreateMigrator(Catalog(Disabled));

        var result = await migrator.MigrateAsync();

        Assert.Equal([(1L, PlanStepKind.Apply), (2L, PlanStepKind.Skip), (3L, PlanStepKind.Apply)], result.Applied.Select(m => (m.Order, m.Kind)));
        Assert.Equal(["COMPLETED", "SKIPPED", "COMPLETED"], (await _db.ReadLedgerAsync()).Select(row => row.Status));
        Assert.False(await _db.TableExistsAsync("superseded"));
        Assert.True((await migrator.GetStatusAsync()).IsUpToDate);
    }

    [Fact]
    public async Task Refuses_a_build_that_enables_a_skipped_migration_naming_it()
    {
        await _db.MigrateAsync(Catalog(Disabled));
        var before = _db.Snapshot();
        await using var migrator = _db.CreateMigrator(Catalog(RunnerCatalogs.Enabled(Disabled)));

        var exception = await Assert.ThrowsAsync<MigrationPlanException>(() => migrator.MigrateAsync());

        var problem = Assert.Single(exception.Problems);
        Assert.Equal((PlanProblemKind.SkippedButEnabled, 2L, "create_superseded"), (problem.Kind, problem.Order, problem.Name));
        Assert.Contains("repair 2 --forget", problem.Message);
        Assert.Equal(before, _db.Snapshot());
    }

    [Fact]
    public async Task Runs_an_enabled_last_migration_once_its_skip_is_forgotten()
    {
        var last = RunnerCatalogs.Sql(3, "create_late", "CREATE TABLE late (id INTEGER PRIMARY KEY)", isDisabled: true);
        await _db.MigrateAsync(RunnerCatalogs.Of(RunnerCatalogs.Table(1, "t1"), RunnerCatalogs.Table(2, "t2"), last));
        await using var migrator = _db.CreateMigrator(RunnerCatalogs.Of(RunnerCatalogs.Table(1, "t1"), RunnerCatalogs.Table(2, "t2"), RunnerCatalogs.Enabled(last)));
        await Assert.ThrowsAsync<MigrationPlanException>(() => migrator.MigrateAsync());

        var before = await migrator.RepairAsync(3, RepairAction.Forget);
        var result = await migrator.MigrateAsync();

        Assert.Equal(LedgerStatus.Skipped, before.Status);
        Assert.Equal([3L], result.Applied.Select(m => m.Order));
        Assert.True(await _db.TableExistsAsync("late"));
        Assert.Equal(["COMPLETED", "COMPLETED", "COMPLETED"], (await _db.ReadLedgerAsync()).Select(row => row.Status));
    }

    [Fact]
    public async Task Runs_an_enabled_migration_once_its_skip_is_forgotten()
    {
        await _db.MigrateAsync(Catalog(Disabled));
        await using var migrator = _db.CreateMigrator(Catalog(RunnerCatalogs.Enabled(Disabled)));

        var before = await migrator.RepairAsync(2, RepairAction.Forget);
        var released = (await _db.ReadLedgerAsync()).Single(row => row.Order == 2).Status;
        var result = await migrator.MigrateAsync();

        Assert.Equal(LedgerStatus.Skipped, before.Status);
        Assert.Equal("PENDING", released);
        Assert.Equal([2L], result.Applied.Select(m => m.Order));
        Assert.True(await _db.TableExistsAsync("superseded"));
        Assert.Equal(["COMPLETED", "COMPLETED", "COMPLETED"], (await _db.ReadLedgerAsync()).Select(row => row.Status));
    }

    [Fact]
    public async Task Going_down_across_a_skipped_migration_forgets_the_skip_without_running_anything()
    {
        await _db.MigrateAsync(Catalog(Disabled));
        await using var migrator = _db.CreateMigrator(Catalog(Disabled));

        var result = await migrator.RevertAsync(RevertTarget.ToOrder(1));

        Assert.Equal([(3L, PlanStepKind.Revert), (2L, PlanStepKind.RemoveSkipped)], result.Applied.Select(m => (m.Order, m.Kind)));
        Assert.Equal([1L], (await _db.ReadLedgerAsync()).Select(row => row.Order));
    }
}
