using Microsoft.Extensions.Logging.Abstractions;

namespace GeneratedMigrations.Npgsql.Tests;

/// <summary>
/// A migration that runs outside a transaction (here <c>CREATE INDEX CONCURRENTLY</c>, which PostgreSQL refuses inside
/// one) is tracked by its ledger row: STARTED, then COMPLETED or FAILED. A FAILED or STARTED row stops later runs
/// until <see cref="Migrator.RepairAsync"/> forgets it (it runs again) or marks it completed (this build's checksum).
/// </summary>
public sealed class NonTransactionalMigrationTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private const string IndexSql = "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_items_title ON items (title)";
    private const int LockWaitingEvent = 1012;

    [Fact]
    public async Task Create_index_concurrently_runs_and_is_recorded_completed()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var migrator = Migrator(db, NonTransactional("ok", IndexSql));

        var result = await migrator.MigrateAsync();

        Assert.Equal([1L, 2, 3], result.Applied.Select(a => a.Order));
        Assert.Equal(("COMPLETED", "checksum-ok"), await RowAsync(db, 3));
        Assert.True(await IndexIsValidAsync(db));
    }

    [Fact]
    public async Task A_failure_records_it_failed_and_says_it_may_be_partly_applied()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var migrator = Migrator(db, Failing("broken"));

        var exception = await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.MigrateAsync());

        Assert.Equal(3, exception.Order);
        Assert.Equal(2, exception.LastAppliedOrder);
        Assert.Contains("runs outside a transaction, so it may be partly applied; its ledger row says FAILED.", exception.Message);
        Assert.EndsWith("run 'repair 3 --completed' if its changes are all there, or 'repair 3 --forget' to run it again.", exception.Message);
        Assert.Equal(("FAILED", "checksum-broken"), await RowAsync(db, 3));
        // Nothing rolled the index back: it is there, the partial change a repair is about.
        Assert.True(await IndexIsValidAsync(db));
    }

    [Fact]
    public async Task A_failure_never_overwrites_a_row_that_was_changed_while_the_migration_ran()
    {
        // FAILED replaces only this run's STARTED row: here the row says COMPLETED by the time the migration fails
        // (a hand edit: a process that took the lock over could not write it, every ledger write proves the lock), and
        // it must stay so.
        await using var db = await server.CreateDatabaseAsync();
        await using var migrator = Migrator(db, new MigrationDescriptor(3, "index_items_title", "checksum-broken", isReversible: false, "Tests.IndexItemsTitle",
            () => TestCatalogs.Failing(3, "index_items_title", "UPDATE public.__migration_ledger SET status = 'COMPLETED' WHERE migration_order = 3").CreateMigration())
        { RunsInTransaction = false });

        var exception = await Assert.ThrowsAsync<MigrationLockLostException>(() => migrator.MigrateAsync());

        Assert.Equal((3L, (LedgerStatus?)LedgerStatus.Completed), (exception.Order, exception.LeftAs));
        Assert.Contains("the ledger row of migration 3 was changed while this run held the lock (checked in the same transaction), so by a hand edit of the ledger.", exception.Message);
        Assert.Contains("so it may be partly applied; its ledger row says COMPLETED, which this run did not write.", exception.Message);
        Assert.Equal(("COMPLETED", "checksum-broken"), await RowAsync(db, 3));
    }

    [Fact]
    public async Task A_later_run_refuses_naming_it_and_writes_nothing()
    {
        await using var db = await server.CreateDatabaseAsync();
        await FailOnceAsync(db);
        var xid = await db.DescribeAsync();
        await using var migrator = Migrator(db, NonTransactional("fixed", IndexSql), AfterIt());

        var exception = await Assert.ThrowsAsync<MigrationPlanException>(() => migrator.MigrateAsync());

        Assert.Equal((PlanProblemKind.NeedsRepair, 3L), (Assert.Single(exception.Problems).Kind, exception.Problems[0].Order));
        Assert.Contains("Migration 3 'index_items_title' was left FAILED", exception.Message);
        Assert.Contains("'repair 3 --forget'", exception.Message);
        Assert.False(await db.TableExistsAsync("public", "after_it"));
        Assert.Equal(xid, await db.DescribeAsync());
    }

    [Fact]
    public async Task Forgetting_it_lets_the_next_run_apply_the_idempotent_migration_again()
    {
        await using var db = await server.CreateDatabaseAsync();
        await FailOnceAsync(db);
        await using var migrator = Migrator(db, NonTransactional("fixed", IndexSql), AfterIt());

        var before = await migrator.RepairAsync(3, RepairAction.Forget);

        Assert.Equal(LedgerStatus.Failed, before.Status);
        Assert.Null(await RowAsync(db, 3));
        var result = await migrator.MigrateAsync();
        Assert.Equal([3L, 4], result.Applied.Select(a => a.Order));
        Assert.Equal(("COMPLETED", "checksum-fixed"), await RowAsync(db, 3));
        Assert.True(await db.TableExistsAsync("public", "after_it"));
    }

    [Fact]
    public async Task Marking_it_completed_records_this_builds_checksum_and_it_does_not_run_again()
    {
        await using var db = await server.CreateDatabaseAsync();
        await FailOnceAsync(db);
        await db.ExecuteAsync("DROP INDEX ix_items_title");
        await using var migrator = Migrator(db, NonTransactional("accepted", IndexSql), AfterIt());

        var before = await migrator.RepairAsync(3, RepairAction.MarkCompleted);

        Assert.Equal(("checksum-broken", LedgerStatus.Failed), (before.Checksum, before.Status));
        Assert.Equal(("COMPLETED", "checksum-accepted"), await RowAsync(db, 3));
        var result = await migrator.MigrateAsync();
        Assert.Equal([4L], result.Applied.Select(a => a.Order));
        Assert.False(await IndexIsValidAsync(db));
    }

    [Fact]
    public async Task Repairing_an_order_with_no_ledger_row_is_refused_and_writes_nothing()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var migrator = Migrator(db, NonTransactional("ok", IndexSql));
        await migrator.MigrateAsync();
        var xid = await db.DescribeAsync();

        var exception = await Assert.ThrowsAsync<MigrationRepairException>(() => migrator.RepairAsync(9, RepairAction.MarkCompleted));

        Assert.Equal((9L, 3L), (exception.Order, exception.LastAppliedOrder));
        Assert.Equal("The ledger has no row for migration 9; there is nothing to repair.", exception.Message);
        Assert.Equal(xid, await db.DescribeAsync());
    }

    [Fact]
    public async Task A_started_row_of_a_live_lock_holder_makes_a_starter_wait_then_find_it_completed_and_apply_nothing()
    {
        await using var db = await server.CreateDatabaseAsync();
        var (held, starting, logger) = await StartBehindLiveHolderInsideMigration3Async(db);

        // The holder finishes migration 3 (its index, then its row) and releases the lock.
        await db.ExecuteAsync(IndexSql);
        await db.ExecuteAsync("UPDATE public.__migration_ledger SET status = 'COMPLETED' WHERE migration_order = 3");
        await held.DisposeAsync();
        var result = await starting.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Empty(result.Applied);
        Assert.Equal(3, result.Plan.LastAppliedOrder);
        Assert.Equal(("COMPLETED", "checksum-ok"), await RowAsync(db, 3));
        Assert.Contains("application 'GeneratedMigrations lock", Assert.Single(logger.MessagesOf(LockWaitingEvent)));
    }

    [Fact]
    public async Task A_started_row_still_there_when_the_starter_gets_the_lock_is_judged_again_and_refused()
    {
        await using var db = await server.CreateDatabaseAsync();
        var (held, starting, _) = await StartBehindLiveHolderInsideMigration3Async(db);

        // The holder's session ends without finishing migration 3: under the lock, the row is a crash's trace.
        await held.DisposeAsync();
        var exception = await Assert.ThrowsAsync<MigrationPlanException>(() => starting.WaitAsync(TimeSpan.FromMinutes(1)));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal((PlanProblemKind.NeedsRepair, 3L), (problem.Kind, problem.Order));
        Assert.Contains("Migration 3 'index_items_title' was left STARTED", exception.Message);
        Assert.Equal(("STARTED", "checksum-ok"), await RowAsync(db, 3));
        Assert.False(await IndexIsValidAsync(db));
    }

    /// <summary>
    /// A live process holds the lock and is in the middle of migration 3 (its STARTED row is committed, its index not
    /// yet built); a starter with this build runs and is seen waiting for the lock (not refusing at the STARTED row).
    /// </summary>
    private static async Task<(MigrationLock Held, Task<MigrationRunResult> Starting, RecordingLogger Logger)> StartBehindLiveHolderInsideMigration3Async(TestDatabase db)
    {
        await using (var first = Migrator(db))
        {
            await first.MigrateAsync();
        }
        var holderStore = new NpgsqlMigrationStore(db.ConnectionString);
        var held = await holderStore.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, CancellationToken.None);
        await db.ExecuteAsync(
            "INSERT INTO public.__migration_ledger (migration_order, name, checksum, status, applied_at, duration_ms, applied_by) " +
            "VALUES (3, 'index_items_title', 'checksum-ok', 'STARTED', now(), 0, 'live holder')");
        var logger = new RecordingLogger();
        var starter = new Migrator(TestCatalogs.Of([.. TestCatalogs.Items()[..2], NonTransactional("ok", IndexSql)]), new NpgsqlMigrationStore(db.ConnectionString),
            new MigratorOptions { Logger = logger, Lock = { WaitTimeout = TimeSpan.FromMinutes(2) } });
        var starting = RunThenDisposeAsync(starter);
        await logger.WaitForAsync(LockWaitingEvent, TimeSpan.FromSeconds(60));
        Assert.False(starting.IsCompleted, "The starter did not wait for the live holder's lock.");
        return (held, starting, logger);

        static async Task<MigrationRunResult> RunThenDisposeAsync(Migrator migrator)
        {
            await using (migrator) return await migrator.MigrateAsync();
        }
    }

    private static Migrator Migrator(TestDatabase db, params MigrationDescriptor[] fromThree) =>
        new(TestCatalogs.Of([.. TestCatalogs.Items()[..2], .. fromThree]), new NpgsqlMigrationStore(db.ConnectionString));

    private static async Task FailOnceAsync(TestDatabase db)
    {
        await using var migrator = Migrator(db, Failing("broken"));
        await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.MigrateAsync());
    }

    private static MigrationDescriptor NonTransactional(string version, string sql) =>
        new(3, "index_items_title", "checksum-" + version, isReversible: false, "Tests.IndexItemsTitle",
            () => TestCatalogs.Sql(3, "index_items_title", sql).CreateMigration()) { RunsInTransaction = false };

    /// <summary>Builds the index, then throws: its work is done, its row says FAILED.</summary>
    private static MigrationDescriptor Failing(string version) =>
        new(3, "index_items_title", "checksum-" + version, isReversible: false, "Tests.IndexItemsTitle",
            () => TestCatalogs.Failing(3, "index_items_title", IndexSql).CreateMigration()) { RunsInTransaction = false };

    private static MigrationDescriptor AfterIt() => TestCatalogs.Sql(4, "create_after_it", "CREATE TABLE after_it (id bigint)");

    private static async Task<(string Status, string Checksum)?> RowAsync(TestDatabase db, long order)
    {
        await using var connection = await db.OpenAsync();
        await using var command = new global::Npgsql.NpgsqlCommand(
            $"SELECT status, checksum FROM public.__migration_ledger WHERE migration_order = {order}", connection);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    private static Task<bool> IndexIsValidAsync(TestDatabase db) => db.ScalarAsync<bool>(
        "SELECT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'ix_items_title' AND i.indisvalid)");
}
