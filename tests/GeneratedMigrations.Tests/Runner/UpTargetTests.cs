namespace GeneratedMigrations.Tests.Runner;

/// <summary>Up stops where it is told: one step, a number of steps, or an order; the rest stays pending.</summary>
public sealed class UpTargetTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Up_one_applies_only_the_next_migration_each_time()
    {
        await using var migrator = _db.CreateMigrator(RunnerCatalogs.Of(RunnerCatalogs.Tables(4)));

        var first = await migrator.MigrateAsync(MigrationTarget.OneStep);
        var second = await migrator.MigrateAsync(MigrationTarget.OneStep);

        Assert.Equal([1L], first.Applied.Select(m => m.Order));
        Assert.Equal([2L], second.Applied.Select(m => m.Order));
        Assert.Equal([1L, 2L], (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.True(await _db.TableExistsAsync("t2"));
        Assert.False(await _db.TableExistsAsync("t3"));
    }

    [Fact]
    public async Task Up_to_an_order_applies_it_and_everything_before_it()
    {
        await using var migrator = _db.CreateMigrator(RunnerCatalogs.Of(RunnerCatalogs.Tables(4)));

        var result = await migrator.MigrateAsync(MigrationTarget.ToOrder(3));
        Assert.Equal(3, result.LastAppliedOrder);

        Assert.Equal([1L, 2L, 3L], result.Applied.Select(m => m.Order));
        Assert.Equal([1L, 2L, 3L], (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.True(await _db.TableExistsAsync("t3"));
        Assert.False(await _db.TableExistsAsync("t4"));
        Assert.Equal([4L], (await migrator.GetStatusAsync()).Pending.Select(m => m.Order));
    }

    [Fact]
    public async Task Up_a_step_count_applies_that_many_from_where_the_database_is()
    {
        await _db.MigrateAsync(RunnerCatalogs.Of(RunnerCatalogs.Tables(1)));
        await using var migrator = _db.CreateMigrator(RunnerCatalogs.Of(RunnerCatalogs.Tables(4)));

        var result = await migrator.MigrateAsync(MigrationTarget.StepCount(2));

        Assert.Equal([2L, 3L], result.Applied.Select(m => m.Order));
        Assert.Equal([1L, 2L, 3L], (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.False(await _db.TableExistsAsync("t4"));
    }

    [Fact]
    public async Task Up_to_an_order_already_reached_does_nothing()
    {
        await _db.MigrateAsync(RunnerCatalogs.Of(RunnerCatalogs.Tables(3)));
        var before = _db.Snapshot();
        await using var migrator = _db.CreateMigrator(RunnerCatalogs.Of(RunnerCatalogs.Tables(4)));

        var result = await migrator.MigrateAsync(MigrationTarget.ToOrder(2));

        Assert.True(result.WasUpToDate);
        Assert.Equal(before, _db.Snapshot());
    }
}
