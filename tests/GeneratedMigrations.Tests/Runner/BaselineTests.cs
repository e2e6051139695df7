namespace GeneratedMigrations.Tests.Runner;

/// <summary>
/// A baseline replaces orders 1..N on an empty database (recorded BASELINED); a database that already has
/// migrations records it SKIPPED; going down across a baseline is refused.
/// </summary>
public sealed class BaselineTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    // 1..3 build the schema step by step; 4 is the squashed schema of 1..3; 5 comes after.
    private static MigrationCatalog Catalog() => RunnerCatalogs.Of(
        RunnerCatalogs.Table(1, "t1"),
        RunnerCatalogs.Table(2, "t2"),
        RunnerCatalogs.Table(3, "t3"),
        RunnerCatalogs.Sql(4, "baseline_t1_to_t3",
            "CREATE TABLE t1 (id INTEGER PRIMARY KEY); CREATE TABLE t2 (id INTEGER PRIMARY KEY); CREATE TABLE t3 (id INTEGER PRIMARY KEY); CREATE TABLE from_baseline (id INTEGER)",
            baselineThrough: 3),
        RunnerCatalogs.Table(5, "t5"));

    [Fact]
    public async Task A_fresh_database_runs_only_the_baseline_and_records_what_it_replaced()
    {
        await using var migrator = _db.CreateMigrator(Catalog());

        var result = await migrator.MigrateAsync();

        Assert.Equal([(4L, PlanStepKind.Baseline), (5L, PlanStepKind.Apply)], result.Applied.Select(m => (m.Order, m.Kind)));
        Assert.Equal(
            [(1L, "BASELINED"), (2L, "BASELINED"), (3L, "BASELINED"), (4L, "COMPLETED"), (5L, "COMPLETED")],
            (await _db.ReadLedgerAsync()).Select(row => (row.Order, row.Status)));
        Assert.True(await _db.TableExistsAsync("from_baseline"));
        Assert.True(await _db.TableExistsAsync("t5"));
        Assert.True((await migrator.GetStatusAsync()).IsUpToDate);
    }

    [Fact]
    public async Task Migrations_after_the_baseline_apply_in_a_later_run()
    {
        await using (var first = _db.CreateMigrator(Catalog()))
        {
            await first.MigrateAsync(MigrationTarget.ToOrder(4));
        }
        await using var migrator = _db.CreateMigrator(Catalog());

        var result = await migrator.MigrateAsync();

        Assert.Equal([5L], result.Applied.Select(m => m.Order));
    }

    [Fact]
    public async Task A_database_with_migrations_records_the_baseline_skipped_and_runs_the_rest()
    {
        await _db.MigrateAsync(RunnerCatalogs.Of(RunnerCatalogs.Tables(2)));
        await using var migrator = _db.CreateMigrator(Catalog());

        var result = await migrator.MigrateAsync();

        Assert.Equal([(3L, PlanStepKind.Apply), (4L, PlanStepKind.Skip), (5L, PlanStepKind.Apply)], result.Applied.Select(m => (m.Order, m.Kind)));
        Assert.Equal(
            [(1L, "COMPLETED"), (2L, "COMPLETED"), (3L, "COMPLETED"), (4L, "SKIPPED"), (5L, "COMPLETED")],
            (await _db.ReadLedgerAsync()).Select(row => (row.Order, row.Status)));
        Assert.False(await _db.TableExistsAsync("from_baseline"));
        Assert.True((await migrator.GetStatusAsync()).IsUpToDate);
    }

    [Fact]
    public async Task Refuses_to_go_down_across_baselined_rows()
    {
        await _db.MigrateAsync(Catalog());
        var before = _db.Snapshot();
        await using var migrator = _db.CreateMigrator(Catalog());

        var exception = await Assert.ThrowsAsync<MigrationPlanException>(() => migrator.RevertAsync(RevertTarget.ToOrder(2)));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal((PlanProblemKind.CrossesBaseline, 4L), (problem.Kind, problem.Order));
        Assert.Contains("Choose a target above the baseline's order", problem.Message);
        Assert.Equal(before, _db.Snapshot());
    }

    [Fact]
    public async Task Goes_down_to_the_baseline_itself()
    {
        await _db.MigrateAsync(Catalog());
        await using var migrator = _db.CreateMigrator(Catalog());

        var result = await migrator.RevertAsync(RevertTarget.ToOrder(4));

        Assert.Equal([5L], result.Applied.Select(m => m.Order));
        Assert.False(await _db.TableExistsAsync("t5"));
    }
}
