namespace GeneratedMigrations.Tests.Runner;

/// <summary>Down reverts newest first, each down step with the removal of its ledger row, to where it is told.</summary>
public sealed class DownTargetTests : IDisposable
{
    private readonly TestDatabase _db = new();
    private readonly MigrationCatalog _catalog = RunnerCatalogs.Of(RunnerCatalogs.Tables(4));

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Down_one_reverts_only_the_newest_migration()
    {
        await _db.MigrateAsync(_catalog);
        await using var migrator = _db.CreateMigrator(_catalog);

        var result = await migrator.RevertAsync(RevertTarget.OneStep);

        var reverted = Assert.Single(result.Applied);
        Assert.Equal((4L, "create_t4", PlanStepKind.Revert), (reverted.Order, reverted.Name, reverted.Kind));
        Assert.Equal([1L, 2L, 3L], (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.False(await _db.TableExistsAsync("t4"));
        Assert.True(await _db.TableExistsAsync("t3"));
    }

    [Fact]
    public async Task Down_to_an_order_reverts_everything_above_it_newest_first()
    {
        await _db.MigrateAsync(_catalog);
        await using var migrator = _db.CreateMigrator(_catalog);

        var result = await migrator.RevertAsync(RevertTarget.ToOrder(2));
        Assert.Equal(2, result.LastAppliedOrder);

        Assert.Equal([4L, 3L], result.Applied.Select(m => m.Order));
        Assert.Equal([1L, 2L], (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.False(await _db.TableExistsAsync("t3"));
        Assert.True(await _db.TableExistsAsync("t2"));
        Assert.Equal(2, (await migrator.GetStatusAsync()).LastAppliedOrder);
    }

    [Fact]
    public async Task Down_a_step_count_reverts_that_many()
    {
        await _db.MigrateAsync(_catalog);
        await using var migrator = _db.CreateMigrator(_catalog);

        var result = await migrator.RevertAsync(RevertTarget.StepCount(3));

        Assert.Equal([4L, 3L, 2L], result.Applied.Select(m => m.Order));
        Assert.Equal([1L], (await _db.ReadLedgerAsync()).Select(row => row.Order));
    }

    [Fact]
    public async Task Down_to_zero_empties_the_ledger_and_removes_the_schema()
    {
        await _db.MigrateAsync(_catalog);
        await using var migrator = _db.CreateMigrator(_catalog);

        var result = await migrator.RevertAsync(RevertTarget.ToOrder(0));
        Assert.Null(result.LastAppliedOrder);

        Assert.Equal([4L, 3L, 2L, 1L], result.Applied.Select(m => m.Order));
        Assert.Empty(await _db.ReadLedgerAsync());
        // Only the runner's own tables are left.
        Assert.All(await _db.SchemaAsync(), entry => Assert.Contains(TestDatabase.LedgerTable, entry));
        Assert.Null((await migrator.GetStatusAsync()).LastAppliedOrder);
    }

    [Fact]
    public async Task Down_then_up_brings_the_database_back()
    {
        await _db.MigrateAsync(_catalog);
        await using var migrator = _db.CreateMigrator(_catalog);

        await migrator.RevertAsync(RevertTarget.ToOrder(1));
        var result = await migrator.MigrateAsync();

        Assert.Equal([2L, 3L, 4L], result.Applied.Select(m => m.Order));
        Assert.True(await _db.TableExistsAsync("t4"));
    }

    [Fact]
    public async Task Down_with_nothing_above_the_target_changes_nothing()
    {
        await _db.MigrateAsync(_catalog);
        var before = _db.Snapshot();
        await using var migrator = _db.CreateMigrator(_catalog);

        var result = await migrator.RevertAsync(RevertTarget.ToOrder(4));

        Assert.True(result.WasUpToDate);
        Assert.Equal(before, _db.Snapshot());
    }
}
