namespace GeneratedMigrations.Npgsql.Tests.Runner;

/// <summary>Up on PostgreSQL stops where it is told: one step, an order, or a number of steps; the rest stays pending.</summary>
public sealed class UpTargetTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Up_one_applies_only_the_next_migration_each_time()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var migrator = RunnerSql.Migrator(db, TestCatalogs.Of(RunnerSql.Tables(4)));

        var first = await migrator.MigrateAsync(MigrationTarget.OneStep);
        var second = await migrator.MigrateAsync(MigrationTarget.OneStep);

        Assert.Equal([1L], first.Applied.Select(m => m.Order));
        Assert.Equal([2L], second.Applied.Select(m => m.Order));
        Assert.Equal(new long[] { 1, 2 }, await RunnerSql.LedgerOrdersAsync(db));
        Assert.True(await db.TableExistsAsync("public", "t2"));
        Assert.False(await db.TableExistsAsync("public", "t3"));
    }

    [Fact]
    public async Task Up_to_an_order_applies_it_and_everything_before_it()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var migrator = RunnerSql.Migrator(db, TestCatalogs.Of(RunnerSql.Tables(4)));

        var result = await migrator.MigrateAsync(MigrationTarget.ToOrder(3));

        Assert.Equal([1L, 2L, 3L], result.Applied.Select(m => m.Order));
        Assert.Equal(new long[] { 1, 2, 3 }, await RunnerSql.LedgerOrdersAsync(db));
        Assert.True(await db.TableExistsAsync("public", "t3"));
        Assert.False(await db.TableExistsAsync("public", "t4"));
        Assert.Equal([4L], (await migrator.GetStatusAsync()).Pending.Select(m => m.Order));
    }

    [Fact]
    public async Task Up_a_step_count_applies_that_many_from_where_the_database_is()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using (var earlier = RunnerSql.Migrator(db, TestCatalogs.Of(RunnerSql.Tables(1))))
        {
            await earlier.MigrateAsync();
        }
        await using var migrator = RunnerSql.Migrator(db, TestCatalogs.Of(RunnerSql.Tables(4)));

        var result = await migrator.MigrateAsync(MigrationTarget.StepCount(2));

        Assert.Equal([2L, 3L], result.Applied.Select(m => m.Order));
        Assert.Equal(new long[] { 1, 2, 3 }, await RunnerSql.LedgerOrdersAsync(db));
        Assert.False(await db.TableExistsAsync("public", "t4"));
    }
}
