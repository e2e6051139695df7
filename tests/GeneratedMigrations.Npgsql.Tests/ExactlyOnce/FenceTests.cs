using Microsoft.Extensions.Logging.Abstractions;

namespace GeneratedMigrations.Npgsql.Tests.ExactlyOnce;

/// <summary>
/// Issue 8 #1, the fence itself: every migration transaction holds the fence key shared, and a new lock holder takes it
/// exclusively before it reads the ledger, so it waits for any transaction of an earlier holder that could still commit.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class FenceTests(PostgresServer server)
{
    [Fact]
    public async Task A_migration_runs_inside_a_transaction_that_holds_the_fence_key_shared()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var store = new NpgsqlMigrationStore(db.ConnectionString);
        var seen = new FenceModeMigration(store.FenceKey);
        var catalog = TestCatalogs.Of(
            TestCatalogs.Sql(1, "create_items", "CREATE TABLE items (id bigint)"),
            new MigrationDescriptor(2, "look_at_the_fence", "checksum-fence", false, "Tests.LookAtTheFence", () => seen));
        await using var migrator = new Migrator(catalog, store, ownsStore: false);

        await migrator.MigrateAsync();

        Assert.Equal(["ShareLock"], seen.Modes);
        // Transaction level: released by the commit.
        Assert.Null(await Sessions.AdvisoryHolderAsync(db, store.FenceKey, "ShareLock"));
    }

    [Fact]
    public async Task A_new_holder_takes_the_lock_but_waits_until_an_earlier_holders_open_transaction_ends()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var firstStore = new NpgsqlMigrationStore(db.ConnectionString);
        await using var firstLock = await firstStore.AcquireLockAsync(
            new MigrationLockOptions { HeartbeatInterval = TimeSpan.FromMinutes(10) }, NullLogger.Instance, CancellationToken.None);
        await using var connection = await firstStore.OpenConnectionAsync(CancellationToken.None);
        var transaction = await firstStore.BeginTransactionAsync(connection, CancellationToken.None);
        await firstLock.ConfirmHeldAsync(connection, transaction, CancellationToken.None);
        var firstLockSession = await Sessions.LockSessionPidAsync(db);
        await Sessions.TerminateAsync(db, firstLockSession);

        await using var secondStore = new NpgsqlMigrationStore(db.ConnectionString);
        var log = new RecordingLogger();
        var acquiring = secondStore.AcquireLockAsync(new MigrationLockOptions { WaitTimeout = TimeSpan.FromSeconds(60) }, log, CancellationToken.None);
        await Sessions.UntilAsync(async () => await Sessions.AdvisoryHolderAsync(db, secondStore.AdvisoryLockKey) is not null,
            TimeSpan.FromSeconds(30), "the second store to take the lock");
        // The wait is logged once, saying what it waits for.
        var waiting = await log.WaitForAsync(3006, TimeSpan.FromSeconds(30));
        Assert.Contains("waiting for a migration transaction of an earlier holder", waiting, StringComparison.Ordinal);
        await Task.Delay(500);
        Assert.False(acquiring.IsCompleted, "The new holder went on while an earlier holder's transaction could still commit.");
        Assert.Single(log.MessagesOf(3006));

        await transaction.RollbackAsync();
        await transaction.DisposeAsync();
        await using var secondLock = await acquiring.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Contains("(backend pid ", secondLock.Owner, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_holder_gives_up_after_its_wait_timeout_when_an_earlier_holders_transaction_stays_open()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var firstStore = new NpgsqlMigrationStore(db.ConnectionString);
        await using var firstLock = await firstStore.AcquireLockAsync(
            new MigrationLockOptions { HeartbeatInterval = TimeSpan.FromMinutes(10) }, NullLogger.Instance, CancellationToken.None);
        await using var connection = await firstStore.OpenConnectionAsync(CancellationToken.None);
        await using var transaction = await firstStore.BeginTransactionAsync(connection, CancellationToken.None);
        await firstLock.ConfirmHeldAsync(connection, transaction, CancellationToken.None);
        await Sessions.TerminateAsync(db, await Sessions.LockSessionPidAsync(db));
        await using var secondStore = new NpgsqlMigrationStore(db.ConnectionString);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var exception = await Assert.ThrowsAsync<MigrationLockTimeoutException>(() =>
            secondStore.AcquireLockAsync(new MigrationLockOptions { WaitTimeout = TimeSpan.FromSeconds(2) }, NullLogger.Instance, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(30));
        Assert.Contains("a migration transaction of an earlier holder whose lock session ended", exception.Message, StringComparison.Ordinal);
        // It let go of the lock it had taken.
        await Sessions.UntilAsync(async () => await Sessions.AdvisoryHolderAsync(db, secondStore.AdvisoryLockKey) is null, TimeSpan.FromSeconds(10), "the lock to be released");
    }

    [Fact]
    public async Task A_holder_whose_lock_session_ended_cannot_start_another_migration_transaction()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var store = new NpgsqlMigrationStore(db.ConnectionString);
        await using var migrationLock = await store.AcquireLockAsync(
            new MigrationLockOptions { HeartbeatInterval = TimeSpan.FromMinutes(10) }, NullLogger.Instance, CancellationToken.None);
        var lockSession = await Sessions.LockSessionPidAsync(db);
        await Sessions.TerminateAsync(db, lockSession);
        await using var connection = await store.OpenConnectionAsync(CancellationToken.None);
        await using var transaction = await store.BeginTransactionAsync(connection, CancellationToken.None);

        // The heartbeat has not run: only the check made with the fence can tell.
        var exception = await Assert.ThrowsAsync<MigrationLockLostException>(() => migrationLock.ConfirmHeldAsync(connection, transaction, CancellationToken.None));

        Assert.Contains($"backend pid {lockSession}", exception.Message, StringComparison.Ordinal);
    }

    /// <summary>Reads, from inside its own transaction, the modes in which its session holds the fence key.</summary>
    private sealed class FenceModeMigration(long fenceKey) : IMigration
    {
        public List<string> Modes { get; } = [];

        public async Task UpAsync(MigrationContext db, CancellationToken cancellationToken)
        {
            await using var command = db.CreateCommand(
                "SELECT mode FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1 AND pid = pg_backend_pid() " +
                "AND ((classid::bigint << 32) | objid::bigint) = @p0", fenceKey);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) Modes.Add(reader.GetString(0));
        }
    }
}
