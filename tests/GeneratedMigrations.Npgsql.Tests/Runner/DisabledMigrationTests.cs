namespace GeneratedMigrations.Npgsql.Tests.Runner;

/// <summary>On PostgreSQL a disabled migration is recorded SKIPPED and never runs; enabling it later is refused until the skip is forgotten.</summary>
public sealed class DisabledMigrationTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private static readonly MigrationDescriptor Disabled =
        RunnerSql.Sql(2, "create_superseded", "CREATE TABLE superseded (id bigint PRIMARY KEY)", isDisabled: true);

    private static MigrationCatalog Catalog(MigrationDescriptor second) =>
        TestCatalogs.Of(RunnerSql.Table(1, "t1"), second, RunnerSql.Table(3, "t3"));

    [Fact]
    public async Task Records_a_disabled_migration_as_skipped_without_running_it()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var migrator = RunnerSql.Migrator(db, Catalog(Disabled));

        var result = await migrator.MigrateAsync();

        Assert.Equal([(1L, PlanStepKind.Apply), (2L, PlanStepKind.Skip), (3L, PlanStepKind.Apply)], result.Applied.Select(m => (m.Order, m.Kind)));
        Assert.Equal([(1L, "COMPLETED"), (2L, "SKIPPED"), (3L, "COMPLETED")], await RunnerSql.LedgerStatusesAsync(db));
        Assert.False(await db.TableExistsAsync("public", "superseded"));
        Assert.True((await migrator.GetStatusAsync()).IsUpToDate);
    }

    [Fact]
    public async Task Refuses_a_build_that_enables_a_skipped_migration_naming_it()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using (var earlier = RunnerSql.Migrator(db, Catalog(Disabled)))
        {
            await earlier.MigrateAsync();
        }
        var before = await db.DescribeAsync();
        await using var migrator = RunnerSql.Migrator(db, Catalog(RunnerSql.Enabled(Disabled)));

        var exception = await Assert.ThrowsAsync<MigrationPlanException>(() => migrator.MigrateAsync());

        var problem = Assert.Single(exception.Problems);
        Assert.Equal((PlanProblemKind.SkippedButEnabled, 2L, "create_superseded"), (problem.Kind, problem.Order, problem.Name));
        Assert.Equal(before, await db.DescribeAsync());
        Assert.False(await db.TableExistsAsync("public", "superseded"));
    }

    [Fact]
    public async Task Forgetting_the_skip_makes_it_pending_and_the_next_up_runs_it_although_a_later_migration_is_applied()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using (var earlier = RunnerSql.Migrator(db, Catalog(Disabled)))
        {
            await earlier.MigrateAsync();
        }
        await using var migrator = RunnerSql.Migrator(db, Catalog(RunnerSql.Enabled(Disabled)));

        var before = await migrator.RepairAsync(2, RepairAction.Forget);
        var released = (await RunnerSql.LedgerStatusesAsync(db)).Single(row => row.Order == 2).Status;
        var result = await migrator.MigrateAsync();

        Assert.Equal(LedgerStatus.Skipped, before.Status);
        Assert.Equal("PENDING", released);
        Assert.Equal([2L], result.Applied.Select(m => m.Order));
        Assert.True(await db.TableExistsAsync("public", "superseded"));
        Assert.Equal([(1L, "COMPLETED"), (2L, "COMPLETED"), (3L, "COMPLETED")], await RunnerSql.LedgerStatusesAsync(db));
    }
}
