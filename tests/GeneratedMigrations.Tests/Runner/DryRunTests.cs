namespace GeneratedMigrations.Tests.Runner;

/// <summary>A dry run (<see cref="Migrator.PlanAsync"/> and <see cref="MigrationPlan.Describe"/>) lists the steps and changes nothing.</summary>
public sealed class DryRunTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Lists_the_up_steps_without_touching_the_database()
    {
        var catalog = RunnerCatalogs.Of(
            RunnerCatalogs.Table(1, "t1"), RunnerCatalogs.Table(2, "t2"),
            RunnerCatalogs.Sql(3, "disabled", "SELECT 1", isDisabled: true), RunnerCatalogs.Table(4, "t4"));
        await _db.MigrateAsync(RunnerCatalogs.Of(RunnerCatalogs.Tables(1)));
        var before = _db.Snapshot();
        await using var migrator = _db.CreateMigrator(catalog);

        var plan = await migrator.PlanAsync(MigrationOperation.Up, MigrationTarget.Latest);

        Assert.Equal([(2L, PlanStepKind.Apply), (3L, PlanStepKind.Skip), (4L, PlanStepKind.Apply)], plan.Steps.Select(s => (s.Migration.Order, s.Kind)));
        Assert.Equal(
            "Up to latest: 1 applied, 3 pending, last applied 1.\n  apply   2 create_t2\n  skip    3 disabled (disabled)\n  apply   4 create_t4",
            plan.Describe());
        Assert.Equal(before, _db.Snapshot());
    }

    [Fact]
    public async Task Lists_the_down_steps_without_touching_the_database()
    {
        var catalog = RunnerCatalogs.Of(RunnerCatalogs.Tables(3));
        await _db.MigrateAsync(catalog);
        var before = _db.Snapshot();
        await using var migrator = _db.CreateMigrator(catalog);

        var plan = await migrator.PlanAsync(MigrationOperation.Down, MigrationTarget.ToOrder(1));

        Assert.Equal("Down to order 1: 3 applied, 0 pending, last applied 3.\n  revert  3 create_t3\n  revert  2 create_t2", plan.Describe());
        Assert.Equal(before, _db.Snapshot());
    }

    [Fact]
    public async Task Describes_a_refused_plan_with_its_problems()
    {
        var catalog = RunnerCatalogs.Of(RunnerCatalogs.Table(1, "t1"), RunnerCatalogs.Sql(2, "seed", "INSERT INTO t1 VALUES (1)"));
        await _db.MigrateAsync(catalog);
        await using var migrator = _db.CreateMigrator(catalog);

        var plan = await migrator.PlanAsync(MigrationOperation.Down, MigrationTarget.ToOrder(0));

        Assert.StartsWith("Down to order 0: 2 applied, 0 pending, last applied 2.\n1 problem(s); nothing would run:\n  - Migration 2 'seed' cannot be reverted", plan.Describe());
    }

    [Fact]
    public async Task Does_not_create_a_missing_database_file()
    {
        await using var migrator = _db.CreateMigrator(RunnerCatalogs.Of(RunnerCatalogs.Tables(2)));

        var plan = await migrator.PlanAsync(MigrationOperation.Up, MigrationTarget.OneStep);

        Assert.Equal([1L], plan.Steps.Select(s => s.Migration.Order));
        Assert.False(File.Exists(_db.FilePath));
    }
}
