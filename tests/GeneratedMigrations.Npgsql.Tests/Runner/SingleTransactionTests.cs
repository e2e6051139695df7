namespace GeneratedMigrations.Npgsql.Tests.Runner;

/// <summary>With one transaction for the batch, a failure anywhere leaves none of the batch applied.</summary>
public sealed class SingleTransactionTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task A_failure_in_the_third_of_four_migrations_leaves_none_applied()
    {
        await using var db = await server.CreateDatabaseAsync();
        var catalog = TestCatalogs.Of(
            RunnerSql.Table(1, "t1"), RunnerSql.Table(2, "t2"),
            TestCatalogs.Failing(3, "create_t3", "CREATE TABLE t3 (id bigint)"),
            RunnerSql.Table(4, "t4"));
        await using var migrator = RunnerSql.Migrator(db, catalog, new MigratorOptions { SingleTransaction = true });

        var exception = await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.MigrateAsync());

        Assert.Equal(3, exception.Order);
        Assert.Null(exception.LastAppliedOrder);
        Assert.Empty(await RunnerSql.LedgerOrdersAsync(db));
        foreach (var table in new[] { "t1", "t2", "t3", "t4" }) Assert.False(await db.TableExistsAsync("public", table), table);
    }

    [Fact]
    public async Task A_batch_with_a_non_transactional_migration_is_refused()
    {
        await using var db = await server.CreateDatabaseAsync();
        var catalog = TestCatalogs.Of(
            RunnerSql.Table(1, "t1"),
            RunnerSql.Sql(2, "index_t1", "CREATE INDEX CONCURRENTLY ix_t1 ON t1 (id)", runsInTransaction: false));
        await using var migrator = RunnerSql.Migrator(db, catalog, new MigratorOptions { SingleTransaction = true });

        var exception = await Assert.ThrowsAsync<MigrationPlanException>(() => migrator.MigrateAsync());

        Assert.Equal((PlanProblemKind.NotTransactional, 2L), (Assert.Single(exception.Problems).Kind, exception.Problems[0].Order));
        Assert.False(await db.TableExistsAsync("public", "t1"));
    }
}
