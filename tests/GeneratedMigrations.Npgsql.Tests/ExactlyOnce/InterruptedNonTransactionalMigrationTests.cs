namespace GeneratedMigrations.Npgsql.Tests.ExactlyOnce;

/// <summary>
/// Issue 8 #4: a migration outside a transaction that is stopped half way (its lock lost, its deadline passed) may be
/// partly applied: the error says so, says what its ledger row says, and names the repair; it never says "rolled back".
/// FAILED is recorded only while the run still holds the lock: a run that lost it leaves its row STARTED, since the
/// ledger may belong to the next holder by then.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class InterruptedNonTransactionalMigrationTests(PostgresServer server)
{
    [Fact]
    public async Task Losing_the_lock_during_it_says_it_may_be_partly_applied_and_leaves_its_row_started()
    {
        await using var db = await server.CreateDatabaseAsync();
        var options = new MigratorOptions { Lock = { HeartbeatInterval = TimeSpan.FromMilliseconds(100) } };
        await using var migrator = new Migrator(Catalog(db, killLockSession: true), new NpgsqlMigrationStore(db.ConnectionString), options);

        var exception = await Assert.ThrowsAsync<MigrationLockLostException>(() => migrator.MigrateAsync());

        await AssertPartlyAppliedAsync(db, exception, LedgerStatus.Started, "its ledger row still says STARTED (this run could not record how it ended)");
        Assert.StartsWith("The migration lock was lost: the lock session of ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Passing_the_deadline_during_it_says_it_may_be_partly_applied_and_records_it_failed()
    {
        await using var db = await server.CreateDatabaseAsync();
        var options = new MigratorOptions { Lock = { OverallDeadline = TimeSpan.FromSeconds(8) } };
        await using var migrator = new Migrator(Catalog(db, killLockSession: false), new NpgsqlMigrationStore(db.ConnectionString), options);

        var exception = await Assert.ThrowsAsync<MigrationDeadlineExceededException>(() => migrator.MigrateAsync());

        await AssertPartlyAppliedAsync(db, exception, LedgerStatus.Failed, "its ledger row says FAILED");
        Assert.StartsWith("The migration run passed its deadline of 8 s during migration 2 'half_done'.", exception.Message, StringComparison.Ordinal);
    }

    private static async Task AssertPartlyAppliedAsync(TestDatabase db, MigrationException exception, LedgerStatus leftAs, string row)
    {
        Assert.Equal((2L, "half_done", 1L, leftAs), (exception.Order, exception.MigrationName, exception.LastAppliedOrder, exception.LeftAs));
        Assert.Contains(
            $"Migration 2 'half_done' runs outside a transaction, so it may be partly applied; {row}. The database is at migration 1. " +
            "Check the database by hand, then run 'repair 2 --completed' if its changes are all there, or 'repair 2 --forget' to run it again.",
            exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("rolled back", exception.Message, StringComparison.Ordinal);
        Assert.Equal(leftAs == LedgerStatus.Failed ? "FAILED" : "STARTED", await db.ScalarAsync<string>("SELECT status FROM __migration_ledger WHERE migration_order = 2"));
        // Its first statement committed on its own: the partial change the message is about.
        Assert.True(await db.TableExistsAsync("public", "half_done"));
        Assert.False(await db.TableExistsAsync("public", "t3"));
    }

    private static MigrationCatalog Catalog(TestDatabase db, bool killLockSession) => TestCatalogs.Of(
        TestCatalogs.Sql(1, "create_t1", "CREATE TABLE t1 (id bigint)"),
        new MigrationDescriptor(2, "half_done", "checksum-half-done", false, "Tests.HalfDone", () => new HalfDoneMigration(db, killLockSession)) { RunsInTransaction = false },
        TestCatalogs.Sql(3, "create_t3", "CREATE TABLE t3 (id bigint)"));

    /// <summary>Commits a first change, optionally has the lock session ended, then works for a minute.</summary>
    private sealed class HalfDoneMigration(TestDatabase db, bool killLockSession) : IMigration
    {
        public async Task UpAsync(MigrationContext context, CancellationToken cancellationToken)
        {
            await context.ExecuteAsync("CREATE TABLE half_done (id bigint)", cancellationToken);
            if (killLockSession) await Sessions.TerminateAsync(db, await Sessions.LockSessionPidAsync(db));
            await context.ExecuteAsync("SELECT pg_sleep(60)", cancellationToken);
        }
    }
}
