namespace GeneratedMigrations.Tests.Runner;

/// <summary>With <see cref="MigratorOptions.SingleTransaction"/> a batch is all or nothing, and a batch that cannot run in one transaction is refused.</summary>
public sealed class SingleTransactionTests : IDisposable
{
    private static readonly MigratorOptions OneTransaction = new() { SingleTransaction = true };

    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_failure_in_the_third_of_four_migrations_leaves_none_applied()
    {
        var failure = new InvalidOperationException("third failed");
        var catalog = RunnerCatalogs.Of(
            RunnerCatalogs.Table(1, "t1"),
            RunnerCatalogs.Table(2, "t2"),
            RunnerCatalogs.Code(3, "create_t3", async (db, ct) =>
            {
                await db.ExecuteAsync("CREATE TABLE t3 (id INTEGER PRIMARY KEY)", ct);
                throw failure;
            }),
            RunnerCatalogs.Table(4, "t4"));
        await using var migrator = _db.CreateMigrator(catalog, OneTransaction);

        var exception = await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.MigrateAsync());

        Assert.Equal(3, exception.Order);
        Assert.Null(exception.LastAppliedOrder);
        Assert.Same(failure, exception.InnerException);
        Assert.Empty(await _db.ReadLedgerAsync());
        foreach (var table in new[] { "t1", "t2", "t3", "t4" }) Assert.False(await _db.TableExistsAsync(table), table);
    }

    [Fact]
    public async Task A_failed_batch_leaves_the_database_where_it_was_before_the_run()
    {
        var catalog = RunnerCatalogs.Of(
            RunnerCatalogs.Table(1, "t1"),
            RunnerCatalogs.Table(2, "t2"),
            RunnerCatalogs.Sql(3, "bad", "INSERT INTO no_such_table (id) VALUES (1)"));
        await _db.MigrateAsync(RunnerCatalogs.Of(RunnerCatalogs.Table(1, "t1")));
        await using var migrator = _db.CreateMigrator(catalog, OneTransaction);

        var exception = await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.MigrateAsync());

        Assert.Equal(1, exception.LastAppliedOrder);
        Assert.IsType<SqliteException>(exception.InnerException);
        Assert.Equal([1L], (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.False(await _db.TableExistsAsync("t2"));
    }

    [Fact]
    public async Task A_successful_batch_records_every_migration()
    {
        await using var migrator = _db.CreateMigrator(RunnerCatalogs.Of(RunnerCatalogs.Tables(4)), OneTransaction);

        var result = await migrator.MigrateAsync();

        Assert.Equal([1L, 2L, 3L, 4L], result.Applied.Select(m => m.Order));
        Assert.Equal(["COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED"], (await _db.ReadLedgerAsync()).Select(row => row.Status));
    }

    [Fact]
    public async Task A_failing_down_step_in_the_batch_reverts_nothing()
    {
        var catalog = RunnerCatalogs.Of(
            RunnerCatalogs.Table(1, "t1"),
            RunnerCatalogs.Sql(2, "create_t2", "CREATE TABLE t2 (id INTEGER PRIMARY KEY)", "DROP TABLE no_such_table"),
            RunnerCatalogs.Table(3, "t3"));
        await _db.MigrateAsync(catalog);
        await using var migrator = _db.CreateMigrator(catalog, OneTransaction);

        var exception = await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.RevertAsync(RevertTarget.ToOrder(0)));

        Assert.Equal((MigrationOperation.Down, 2L), (exception.Operation, exception.Order));
        Assert.Equal([1L, 2L, 3L], (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.True(await _db.TableExistsAsync("t3"));
    }

    [Fact]
    public async Task Refuses_a_batch_holding_a_non_transactional_migration_before_anything_runs()
    {
        var catalog = RunnerCatalogs.Of(
            RunnerCatalogs.Table(1, "t1"),
            RunnerCatalogs.Sql(2, "vacuum", "VACUUM", runsInTransaction: false),
            RunnerCatalogs.Table(3, "t3"));
        await using var migrator = _db.CreateMigrator(catalog, OneTransaction);

        var exception = await Assert.ThrowsAsync<MigrationPlanException>(() => migrator.MigrateAsync());

        var problem = Assert.Single(exception.Problems);
        Assert.Equal((PlanProblemKind.NotTransactional, 2L, "vacuum"), (problem.Kind, problem.Order, problem.Name));
        Assert.Contains("Migration 2 'vacuum' must run outside a transaction", problem.Message);
        Assert.False(await _db.TableExistsAsync("t1"));
    }

    [Fact]
    public async Task Runs_a_batch_that_stops_before_the_non_transactional_migration()
    {
        var catalog = RunnerCatalogs.Of(
            RunnerCatalogs.Table(1, "t1"),
            RunnerCatalogs.Sql(2, "vacuum", "VACUUM", runsInTransaction: false));
        await using var migrator = _db.CreateMigrator(catalog, OneTransaction);

        var result = await migrator.MigrateAsync(MigrationTarget.ToOrder(1));

        Assert.Equal([1L], result.Applied.Select(m => m.Order));
    }
}
