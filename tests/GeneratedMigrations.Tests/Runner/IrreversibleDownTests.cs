namespace GeneratedMigrations.Tests.Runner;

/// <summary>A down plan that would cross a migration without a down step is refused before anything runs, naming it.</summary>
public sealed class IrreversibleDownTests : IDisposable
{
    private readonly TestDatabase _db = new();
    private readonly MigrationCatalog _catalog = RunnerCatalogs.Of(
        RunnerCatalogs.Table(1, "t1"),
        RunnerCatalogs.Sql(2, "seed_t1", "INSERT INTO t1 (id) VALUES (1)"),
        RunnerCatalogs.Table(3, "t3"),
        RunnerCatalogs.Table(4, "t4"));

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Refuses_a_plan_crossing_an_irreversible_migration_and_reverts_nothing()
    {
        await _db.MigrateAsync(_catalog);
        var before = _db.Snapshot();
        await using var migrator = _db.CreateMigrator(_catalog);

        var exception = await Assert.ThrowsAsync<MigrationPlanException>(() => migrator.RevertAsync(RevertTarget.ToOrder(1)));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal((PlanProblemKind.Irreversible, 2L, "seed_t1"), (problem.Kind, problem.Order, problem.Name));
        Assert.Contains("Migration 2 'seed_t1' cannot be reverted", exception.Message);
        Assert.StartsWith("Refused to revert; nothing was reverted.", exception.Message);
        Assert.Equal(MigrationOperation.Down, exception.Operation);
        Assert.Equal(4, exception.LastAppliedOrder);
        // 4 and 3 could have been reverted, but the plan is refused as a whole.
        Assert.Equal(before, _db.Snapshot());
        Assert.True(await _db.TableExistsAsync("t4"));
    }

    [Fact]
    public async Task Reverts_down_to_the_irreversible_migration_itself()
    {
        await _db.MigrateAsync(_catalog);
        await using var migrator = _db.CreateMigrator(_catalog);

        var result = await migrator.RevertAsync(RevertTarget.ToOrder(2));

        Assert.Equal([4L, 3L], result.Applied.Select(m => m.Order));
        Assert.Equal([1L, 2L], (await _db.ReadLedgerAsync()).Select(row => row.Order));
    }
}
