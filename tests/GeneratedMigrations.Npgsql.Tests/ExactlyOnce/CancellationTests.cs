using Microsoft.Extensions.Logging.Abstractions;

namespace GeneratedMigrations.Npgsql.Tests.ExactlyOnce;

/// <summary>
/// Issue 8 #3: cancelling the caller's token during a migration stops it: a transactional migration is rolled back, one
/// outside a transaction is recorded FAILED, and the lock is released at once either way.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CancellationTests(PostgresServer server)
{
    [Fact]
    public async Task Cancelling_during_a_migration_rolls_it_back_and_releases_the_lock()
    {
        await using var db = await server.CreateDatabaseAsync();

        var exception = await CancelDuringMigrationTwoAsync(db, runsInTransaction: true);

        Assert.Null(exception.LeftAs);
        Assert.Equal("The migration run was cancelled during migration 2 'slow'. Migration 2 'slow' was rolled back. The database is at migration 1.", exception.Message);
        Assert.False(await db.TableExistsAsync("public", "slow"));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM __migration_ledger"));
        await AssertLockIsFreeAsync(db);
    }

    [Fact]
    public async Task Cancelling_during_a_migration_outside_a_transaction_records_it_failed_and_releases_the_lock()
    {
        await using var db = await server.CreateDatabaseAsync();

        var exception = await CancelDuringMigrationTwoAsync(db, runsInTransaction: false);

        Assert.Equal(LedgerStatus.Failed, exception.LeftAs);
        Assert.Contains("Migration 2 'slow' runs outside a transaction, so it may be partly applied; its ledger row says FAILED.", exception.Message, StringComparison.Ordinal);
        Assert.True(await db.TableExistsAsync("public", "slow"));
        Assert.Equal("FAILED", await db.ScalarAsync<string>("SELECT status FROM __migration_ledger WHERE migration_order = 2"));
        await AssertLockIsFreeAsync(db);
    }

    private static async Task<MigrationCanceledException> CancelDuringMigrationTwoAsync(TestDatabase db, bool runsInTransaction)
    {
        var catalog = TestCatalogs.Of(
            TestCatalogs.Sql(1, "create_t1", "CREATE TABLE t1 (id bigint)"),
            new MigrationDescriptor(2, "slow", "checksum-slow", false, "Tests.Slow",
                () => new SlowMigration()) { RunsInTransaction = runsInTransaction },
            TestCatalogs.Sql(3, "create_t3", "CREATE TABLE t3 (id bigint)"));
        await using var migrator = new Migrator(catalog, new NpgsqlMigrationStore(db.ConnectionString));
        using var cancel = new CancellationTokenSource();
        var run = migrator.MigrateAsync(cancel.Token);
        await Sessions.SleepingPidAsync(db, TimeSpan.FromSeconds(60));

        await cancel.CancelAsync();

        var exception = await Assert.ThrowsAsync<MigrationCanceledException>(() => run.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal((2L, "slow", 1L, MigrationOperation.Up), (exception.Order, exception.MigrationName, exception.LastAppliedOrder, exception.Operation));
        Assert.IsAssignableFrom<OperationCanceledException>(exception.InnerException);
        Assert.False(await db.TableExistsAsync("public", "t3"));
        return exception;
    }

    private static async Task AssertLockIsFreeAsync(TestDatabase db)
    {
        await using var other = new NpgsqlMigrationStore(db.ConnectionString);
        await using var taken = await other.AcquireLockAsync(new MigrationLockOptions { WaitTimeout = TimeSpan.Zero }, NullLogger.Instance, CancellationToken.None);
    }

    /// <summary>A first change, then a minute of work; two commands, so that outside a transaction the first one commits.</summary>
    private sealed class SlowMigration : IMigration
    {
        public async Task UpAsync(MigrationContext db, CancellationToken cancellationToken)
        {
            await db.ExecuteAsync("CREATE TABLE slow (id bigint)", cancellationToken);
            await db.ExecuteAsync("SELECT pg_sleep(60)", cancellationToken);
        }
    }
}
