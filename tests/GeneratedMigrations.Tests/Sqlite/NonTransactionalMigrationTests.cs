namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>
/// A migration declared <c>Transactional = false</c> is tracked by its ledger row: STARTED before it runs, COMPLETED
/// or FAILED after. A FAILED or STARTED row stops later runs until <see cref="Migrator.RepairAsync"/> forgets it
/// (it then runs again) or marks it completed (with this build's checksum).
/// </summary>
public sealed class NonTransactionalMigrationTests : IDisposable
{
    private const string IndexSql = "CREATE INDEX IF NOT EXISTS ix_books_title ON books (title)";
    private const string HalfSql = "CREATE TABLE IF NOT EXISTS half_done (id INTEGER)";

    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_successful_run_records_it_completed()
    {
        await using var migrator = _db.CreateMigrator(Catalogs.GeneratedPlus(NonTransactional("ok", IndexSql)));

        var result = await migrator.MigrateAsync();

        Assert.Equal([1L, 2, 3, 4, 5], result.Applied.Select(a => a.Order));
        var row = (await _db.ReadLedgerAsync())[^1];
        Assert.Equal((5L, "index_books_title", "COMPLETED", "checksum-ok"), (row.Order, row.Name, row.Status, row.Checksum));
        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_books_title'"));
    }

    [Fact]
    public async Task A_failure_records_it_failed_and_says_it_may_be_partly_applied()
    {
        await using var migrator = _db.CreateMigrator(Catalogs.GeneratedPlus(Failing("broken")));

        var exception = await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.MigrateAsync());

        Assert.Equal(5, exception.Order);
        Assert.Equal(4, exception.LastAppliedOrder);
        Assert.StartsWith("Migration 5 'index_books_title' failed to apply after ", exception.Message);
        Assert.Contains(": boom Migration 5 'index_books_title' runs outside a transaction, so it may be partly applied; its ledger row says FAILED. ", exception.Message);
        Assert.Equal(LedgerStatus.Failed, exception.LeftAs);
        Assert.EndsWith("then run 'repair 5 --completed' if its changes are all there, or 'repair 5 --forget' to run it again.", exception.Message);
        Assert.Equal("FAILED", (await _db.ReadLedgerAsync())[^1].Status);
        // No transaction undid its first statement: the partial change a repair is about.
        Assert.True(await _db.TableExistsAsync("half_done"));
        Assert.Null(await _db.ReadLeaseAsync());
    }

    [Fact]
    public async Task A_failure_is_not_recorded_once_another_process_has_taken_the_lock_over()
    {
        // The lease passes to another process while migration 5 runs (here the migration hands it over itself, then
        // fails). Writing FAILED now could overwrite a row the new holder wrote: the run must leave the row alone.
        var logger = new ListLogger();
        await using var migrator = _db.CreateMigrator(
            Catalogs.GeneratedPlus(FailingAfter($"UPDATE {TestDatabase.LedgerTable}_lock SET owner = 'other-host:42', expires_at = expires_at + 600000")),
            new MigratorOptions { Logger = logger });

        var exception = await Assert.ThrowsAsync<MigrationLockLostException>(() => migrator.MigrateAsync());

        Assert.Equal((5L, LedgerStatus.Started), (exception.Order, exception.LeftAs));
        Assert.Contains("another process took it over", exception.Message);
        Assert.Contains("its ledger row still says STARTED (this run could not record how it ended)", exception.Message);
        Assert.Equal("boom", exception.InnerException?.Message);
        Assert.Equal("STARTED", (await _db.ReadLedgerAsync())[^1].Status);
        var notRecorded = Assert.Single(logger.Records, r => r.EventId == 1014);
        Assert.Equal("Could not record migration 5 index_books_title as FAILED; its ledger row still says STARTED", notRecorded.Message);
        Assert.IsType<MigrationLockLostException>(notRecorded.Exception);
        Assert.Equal("other-host:42", (await _db.ReadLeaseAsync())?.Owner);
    }

    [Fact]
    public async Task A_non_transactional_migration_never_starts_once_the_lease_was_taken_over()
    {
        // The STARTED row is written in a transaction that proves the lease is held, as a transactional migration's is:
        // after a takeover between two migrations, the run writes no row and runs nothing of migration 5.
        var options = new MigratorOptions
        {
            MigrationApplied = applied =>
            {
                if (applied.Order == 4) StealLease(_db.ConnectionString);
            },
        };
        await using var migrator = _db.CreateMigrator(Catalogs.GeneratedPlus(NonTransactional("ok", HalfSql)), options);

        var exception = await Assert.ThrowsAsync<MigrationLockLostException>(() => migrator.MigrateAsync());

        Assert.Equal((5L, (LedgerStatus?)null, 4L), (exception.Order, exception.LeftAs, exception.LastAppliedOrder));
        Assert.Contains("another process took it over", exception.Message);
        Assert.Equal(Catalogs.GeneratedOrders, (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.False(await _db.TableExistsAsync("half_done"));
    }

    [Fact]
    public async Task A_non_transactional_migration_whose_lease_was_taken_over_while_it_ran_is_not_recorded_completed()
    {
        // The migration succeeds, but the lease passed to another process meanwhile: the COMPLETED row is written only
        // while the lease is proven held, so the row stays STARTED for a person to judge.
        await using var migrator = _db.CreateMigrator(Catalogs.GeneratedPlus(NonTransactional("ok",
            HalfSql + $";UPDATE {TestDatabase.LedgerTable}_lock SET owner = 'other-host:42', expires_at = expires_at + 600000")));

        var exception = await Assert.ThrowsAsync<MigrationLockLostException>(() => migrator.MigrateAsync());

        Assert.Equal((5L, (LedgerStatus?)LedgerStatus.Started), (exception.Order, exception.LeftAs));
        Assert.Contains("another process took it over", exception.Message);
        Assert.Equal("STARTED", (await _db.ReadLedgerAsync())[^1].Status);
        Assert.True(await _db.TableExistsAsync("half_done"));
    }

    [Fact]
    public async Task A_row_changed_under_a_failing_migration_is_reported_as_it_now_is()
    {
        var logger = new ListLogger();
        await using var migrator = _db.CreateMigrator(
            Catalogs.GeneratedPlus(FailingAfter($"UPDATE {TestDatabase.LedgerTable} SET status = 'COMPLETED', applied_by = 'by hand' WHERE migration_order = 5")),
            new MigratorOptions { Logger = logger });

        var exception = await Assert.ThrowsAsync<MigrationLockLostException>(() => migrator.MigrateAsync());

        Assert.Equal((5L, LedgerStatus.Completed), (exception.Order, exception.LeftAs));
        Assert.StartsWith("The migration lock was lost: the ledger row of migration 5 was changed while this run held the lock (checked in the same transaction), so by a hand edit of the ledger. ", exception.Message);
        Assert.EndsWith(
            "Migration 5 'index_books_title' runs outside a transaction, so it may be partly applied; its ledger row says COMPLETED, which this run did not write. " +
            "The database is at migration 4. Check the database and the ledger by hand before the next run.", exception.Message);
        Assert.Equal("boom", exception.InnerException?.Message);
        Assert.Equal(("COMPLETED", "by hand"), ((await _db.ReadLedgerAsync())[^1].Status, (await _db.ReadLedgerAsync())[^1].AppliedBy));
        var notRecorded = Assert.Single(logger.Records, r => r.EventId == 1014);
        Assert.Equal("Could not record migration 5 index_books_title as FAILED; its ledger row says COMPLETED", notRecorded.Message);
        Assert.Null(await _db.ReadLeaseAsync());
    }

    [Fact]
    public async Task A_row_deleted_under_a_failing_migration_is_reported_gone_not_rolled_back()
    {
        var logger = new ListLogger();
        await using var migrator = _db.CreateMigrator(
            Catalogs.GeneratedPlus(FailingAfter($"DELETE FROM {TestDatabase.LedgerTable} WHERE migration_order = 5")),
            new MigratorOptions { Logger = logger });

        var exception = await Assert.ThrowsAsync<MigrationLockLostException>(() => migrator.MigrateAsync());

        Assert.Equal((5L, null), (exception.Order, exception.LeftAs));
        Assert.EndsWith(
            "Migration 5 'index_books_title' runs outside a transaction, so it may be partly applied; it has no ledger row any more, so the next run applies it again. " +
            "The database is at migration 4. Check the database and the ledger by hand before the next run.", exception.Message);
        Assert.DoesNotContain("rolled back", exception.Message);
        Assert.Equal([1L, 2, 3, 4], (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.Equal("Could not record migration 5 index_books_title as FAILED; its ledger row is gone", Assert.Single(logger.Records, r => r.EventId == 1014).Message);
    }

    [Fact]
    public async Task A_row_made_unreadable_under_a_failing_migration_is_never_reported_as_still_started()
    {
        var logger = new ListLogger();
        await using var migrator = _db.CreateMigrator(
            Catalogs.GeneratedPlus(FailingAfter($"UPDATE {TestDatabase.LedgerTable} SET status = 'DONE' WHERE migration_order = 5")),
            new MigratorOptions { Logger = logger });

        var exception = await Assert.ThrowsAsync<MigrationLockLostException>(() => migrator.MigrateAsync());

        Assert.Equal((5L, null), (exception.Order, exception.LeftAs));
        Assert.Contains("so it may be partly applied; its ledger row no longer says STARTED, and reading it failed (", exception.Message);
        Assert.Contains("'DONE'", exception.Message);
        Assert.DoesNotContain("still says STARTED", exception.Message);
        Assert.Equal("boom", exception.InnerException?.Message);
        var notRecorded = Assert.Single(logger.Records, r => r.EventId == 1014);
        Assert.Equal("Could not record migration 5 index_books_title as FAILED; its ledger row no longer says STARTED and could not be read", notRecorded.Message);
    }

    [Fact]
    public async Task A_later_run_refuses_naming_the_failed_migration_and_applies_nothing()
    {
        await FailOnceAsync();
        var later = Catalogs.GeneratedPlus(NonTransactional("fixed", IndexSql), AfterIt());
        var before = _db.Snapshot();
        await using var migrator = _db.CreateMigrator(later);

        var exception = await Assert.ThrowsAsync<MigrationPlanException>(() => migrator.MigrateAsync());

        var problem = Assert.Single(exception.Problems);
        Assert.Equal((PlanProblemKind.NeedsRepair, 5L), (problem.Kind, problem.Order));
        Assert.Contains("Migration 5 'index_books_title' was left FAILED", exception.Message);
        Assert.Contains("'repair 5 --forget'", exception.Message);
        Assert.False(await _db.TableExistsAsync("after_it"));
        Assert.Equal(before, _db.Snapshot());
    }

    [Fact]
    public async Task Forgetting_a_failed_migration_lets_the_next_run_apply_it_again()
    {
        await FailOnceAsync();
        await using var migrator = _db.CreateMigrator(Catalogs.GeneratedPlus(NonTransactional("fixed", HalfSql + ";" + IndexSql), AfterIt()));

        var before = await migrator.RepairAsync(5, RepairAction.Forget);

        Assert.Equal((5L, LedgerStatus.Failed), (before.Order, before.Status));
        Assert.Equal([1L, 2, 3, 4], (await _db.ReadLedgerAsync()).Select(row => row.Order));

        var result = await migrator.MigrateAsync();

        Assert.Equal([5L, 6], result.Applied.Select(a => a.Order));
        Assert.All(await _db.ReadLedgerAsync(), row => Assert.Equal("COMPLETED", row.Status));
        Assert.Equal("checksum-fixed", (await _db.ReadLedgerAsync())[4].Checksum);
        Assert.True(await _db.TableExistsAsync("after_it"));
    }

    [Fact]
    public async Task Marking_a_failed_migration_completed_records_this_builds_checksum()
    {
        await FailOnceAsync();
        await using var migrator = _db.CreateMigrator(Catalogs.GeneratedPlus(NonTransactional("accepted", IndexSql), AfterIt()));

        var before = await migrator.RepairAsync(5, RepairAction.MarkCompleted);

        Assert.Equal(("checksum-broken", LedgerStatus.Failed), (before.Checksum, before.Status));
        var row = (await _db.ReadLedgerAsync())[^1];
        Assert.Equal((5L, "COMPLETED", "checksum-accepted"), (row.Order, row.Status, row.Checksum));
        // Not run again: the next run goes on with the migration after it.
        var result = await migrator.MigrateAsync();
        Assert.Equal([6L], result.Applied.Select(a => a.Order));
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_books_title'"));
    }

    [Fact]
    public async Task Repairing_an_order_with_no_ledger_row_is_refused()
    {
        await _db.MigrateAsync(Catalogs.Generated);
        var before = _db.Snapshot();
        await using var migrator = _db.CreateMigrator(Catalogs.Generated);

        var exception = await Assert.ThrowsAsync<MigrationRepairException>(() => migrator.RepairAsync(9, RepairAction.Forget));

        Assert.Equal(9, exception.Order);
        Assert.Equal(4, exception.LastAppliedOrder);
        Assert.Equal("The ledger has no row for migration 9; there is nothing to repair.", exception.Message);
        Assert.Equal([1L, 2, 3, 4], (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.Null(await _db.ReadLeaseAsync());
        Assert.Equal(before.FileNames, _db.Snapshot().FileNames);
    }

    [Fact]
    public async Task A_started_row_of_a_live_lock_holder_makes_a_starter_wait_then_find_it_completed_and_apply_nothing()
    {
        var (held, starting, logger) = await StartBehindLiveHolderInsideMigration5Async();

        // The holder finishes migration 5 (its index, then its row) and releases the lock.
        await _db.ExecuteAsync(IndexSql);
        await _db.ExecuteAsync($"UPDATE {TestDatabase.LedgerTable} SET status = 'COMPLETED' WHERE migration_order = 5");
        await held.DisposeAsync();
        var result = await starting.WaitAsync(Eventually.DefaultBound);

        Assert.Empty(result.Applied);
        Assert.Equal(5, result.Plan.LastAppliedOrder);
        Assert.Equal([1L, 2, 3, 4, 5], (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.Equal("COMPLETED", (await _db.ReadLedgerAsync())[^1].Status);
        Assert.DoesNotContain(logger.Records, r => r.EventId is 1003 or 1005);
    }

    [Fact]
    public async Task A_started_row_still_there_when_the_starter_gets_the_lock_is_judged_again_and_refused()
    {
        var (held, starting, _) = await StartBehindLiveHolderInsideMigration5Async();

        // The holder goes away without finishing migration 5: under the lock, the row is a crash's trace.
        await held.DisposeAsync();
        var exception = await Assert.ThrowsAsync<MigrationPlanException>(() => starting.WaitAsync(Eventually.DefaultBound));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal((PlanProblemKind.NeedsRepair, 5L), (problem.Kind, problem.Order));
        Assert.Contains("Migration 5 'index_books_title' was left STARTED", exception.Message);
        Assert.Equal("STARTED", (await _db.ReadLedgerAsync())[^1].Status);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_books_title'"));
    }

    /// <summary>
    /// A live process holds the lock and is in the middle of migration 5 (its STARTED row is committed); a starter
    /// with this build runs and is seen waiting for the lock (not refusing at the STARTED row).
    /// </summary>
    private async Task<(MigrationLock Held, Task<MigrationRunResult> Starting, ListLogger Logger)> StartBehindLiveHolderInsideMigration5Async()
    {
        await _db.MigrateAsync(Catalogs.Generated);
        var holderStore = _db.CreateStore();
        var held = await holderStore.AcquireLockAsync(new MigrationLockOptions(), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, CancellationToken.None);
        await _db.ExecuteAsync(
            $"INSERT INTO {TestDatabase.LedgerTable} (migration_order, name, checksum, status, applied_at, duration_ms, applied_by) " +
            "VALUES (5, 'index_books_title', 'checksum-ok', 'STARTED', '2025-01-01T00:00:00.000Z', 0, 'live holder')");
        var logger = new ListLogger();
        var starter = _db.CreateMigrator(Catalogs.GeneratedPlus(NonTransactional("ok", IndexSql)),
            new MigratorOptions { Logger = logger, Lock = { WaitTimeout = TimeSpan.FromMinutes(2) } });
        var starting = RunThenDisposeAsync(starter);
        await Eventually.WaitUntilAsync(() => logger.Records.Any(r => r.EventId == 1012) || starting.IsCompleted, "the starter reports waiting for the lock");
        Assert.False(starting.IsCompleted, "The starter did not wait for the live holder's lock.");
        return (held, starting, logger);

        static async Task<MigrationRunResult> RunThenDisposeAsync(Migrator migrator)
        {
            await using (migrator) return await migrator.MigrateAsync();
        }
    }

    private async Task FailOnceAsync()
    {
        await using var migrator = _db.CreateMigrator(Catalogs.GeneratedPlus(Failing("broken")));
        await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.MigrateAsync());
    }

    private static MigrationDescriptor NonTransactional(string version, string sql) =>
        new(5, "index_books_title", "checksum-" + version, isReversible: false, "Tests.IndexBooksTitle", () => new SqlMigration(sql)) { RunsInTransaction = false };

    /// <summary>Creates a table, then throws: half of its work is done and stays done.</summary>
    private static MigrationDescriptor Failing(string version) =>
        new(5, "index_books_title", "checksum-" + version, isReversible: false, "Tests.IndexBooksTitle",
            () => new FailingMigration(HalfSql, new InvalidOperationException("boom"))) { RunsInTransaction = false };

    /// <summary>Creates a table, runs <paramref name="sql"/> (what another process does meanwhile), then throws.</summary>
    private static MigrationDescriptor FailingAfter(string sql) =>
        new(5, "index_books_title", "checksum-broken", isReversible: false, "Tests.IndexBooksTitle",
            () => new FailingMigration(HalfSql + ";" + sql, new InvalidOperationException("boom"))) { RunsInTransaction = false };

    /// <summary>Another process takes the lease over, as it may once this runner's lease expired.</summary>
    private static void StealLease(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE {TestDatabase.LedgerTable}_lock SET owner = 'another host pid 4242 (0badf00d)'";
        command.ExecuteNonQuery();
    }

    private static MigrationDescriptor AfterIt() => Catalogs.Descriptor(6, "create_after_it", () => new SqlMigration("CREATE TABLE after_it (id INTEGER)"));
}
