namespace GeneratedMigrations.Npgsql.Tests.Runner;

/// <summary>Down on PostgreSQL: newest first, each down step with its ledger row; refused across an irreversible migration.</summary>
public sealed class DownTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Down_one_reverts_only_the_newest_migration()
    {
        await using var db = await server.CreateDatabaseAsync();
        var catalog = TestCatalogs.Of(RunnerSql.Tables(3));
        await using var migrator = RunnerSql.Migrator(db, catalog);
        await migrator.MigrateAsync();

        var result = await migrator.RevertAsync(RevertTarget.OneStep);

        Assert.Equal([(3L, PlanStepKind.Revert)], result.Applied.Select(m => (m.Order, m.Kind)));
        Assert.Equal(new long[] { 1, 2 }, await RunnerSql.LedgerOrdersAsync(db));
        Assert.False(await db.TableExistsAsync("public", "t3"));
        Assert.True(await db.TableExistsAsync("public", "t2"));
    }

    [Fact]
    public async Task Down_to_zero_empties_the_ledger_and_removes_the_schema()
    {
        await using var db = await server.CreateDatabaseAsync();
        var catalog = TestCatalogs.Of(RunnerSql.Tables(3));
        await using var migrator = RunnerSql.Migrator(db, catalog);
        await migrator.MigrateAsync();

        var result = await migrator.RevertAsync(RevertTarget.ToOrder(0));

        Assert.Equal([3L, 2L, 1L], result.Applied.Select(m => m.Order));
        Assert.Empty(await RunnerSql.LedgerOrdersAsync(db));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '\\_\\_migration\\_ledger%'"));
    }

    [Fact]
    public async Task Down_to_an_order_across_an_irreversible_migration_is_refused_and_reverts_nothing()
    {
        await using var db = await server.CreateDatabaseAsync();
        var catalog = TestCatalogs.Of(
            RunnerSql.Table(1, "t1"), RunnerSql.Sql(2, "seed_t1", "INSERT INTO t1 (id) VALUES (1)"), RunnerSql.Table(3, "t3"));
        await using var migrator = RunnerSql.Migrator(db, catalog);
        await migrator.MigrateAsync();
        var before = await db.DescribeAsync();

        var exception = await Assert.ThrowsAsync<MigrationPlanException>(() => migrator.RevertAsync(RevertTarget.ToOrder(0)));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal((PlanProblemKind.Irreversible, 2L, "seed_t1"), (problem.Kind, problem.Order, problem.Name));
        Assert.Equal(before, await db.DescribeAsync());
        Assert.True(await db.TableExistsAsync("public", "t3"));
    }

    [Fact]
    public async Task A_down_step_that_fails_is_rolled_back_and_keeps_its_row()
    {
        await using var db = await server.CreateDatabaseAsync();
        var catalog = TestCatalogs.Of(
            RunnerSql.Table(1, "t1"), RunnerSql.Sql(2, "create_t2", "CREATE TABLE t2 (id bigint)", "DROP TABLE t2; DROP TABLE no_such_table"));
        await using var migrator = RunnerSql.Migrator(db, catalog);
        await migrator.MigrateAsync();

        var exception = await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.RevertAsync(RevertTarget.OneStep));

        Assert.Equal((MigrationOperation.Down, 2L, "create_t2", 2L), (exception.Operation, exception.Order, exception.MigrationName, exception.LastAppliedOrder));
        Assert.Equal(global::Npgsql.PostgresErrorCodes.UndefinedTable, Assert.IsType<global::Npgsql.PostgresException>(exception.InnerException).SqlState);
        Assert.True(await db.TableExistsAsync("public", "t2"));
        Assert.Equal(new long[] { 1, 2 }, await RunnerSql.LedgerOrdersAsync(db));
    }
}
