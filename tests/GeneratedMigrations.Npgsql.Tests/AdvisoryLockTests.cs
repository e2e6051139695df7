using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GeneratedMigrations.Npgsql.Tests;

public sealed class AdvisoryLockTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private const int LockWaitingEvent = 1012;
    private const int LockLostEvent = 3004;

    [Fact]
    public void The_lock_key_is_a_stable_hash_of_the_schema_qualified_ledger_name()
    {
        // Pinned: processes of different releases must compute the same key, or they would not exclude each other.
        Assert.Equal(-3333388787845631966, new NpgsqlMigrationStore("Host=localhost").AdvisoryLockKey);
        Assert.Equal(-4849300155935946001, new NpgsqlMigrationStore("Host=localhost", new() { Schema = "tenant_a", TableName = "AppLedger" }).AdvisoryLockKey);
        Assert.NotEqual(
            new NpgsqlMigrationStore("Host=localhost", new() { TableName = "ledger_a" }).AdvisoryLockKey,
            new NpgsqlMigrationStore("Host=localhost", new() { TableName = "ledger_b" }).AdvisoryLockKey);
    }

    [Fact]
    public async Task A_second_acquisition_waits_then_times_out_naming_the_holder()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var holderStore = new NpgsqlMigrationStore(db.ConnectionString);
        await using var holder = await holderStore.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, CancellationToken.None);
        var holderPid = await HolderPidAsync(db, holderStore.AdvisoryLockKey);
        await using var waiterStore = new NpgsqlMigrationStore(db.ConnectionString);
        var logger = new RecordingLogger();
        var clock = Stopwatch.StartNew();

        var exception = await Assert.ThrowsAsync<MigrationLockTimeoutException>(() =>
            waiterStore.AcquireLockAsync(new MigrationLockOptions { WaitTimeout = TimeSpan.FromSeconds(1) }, logger, CancellationToken.None));

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        Assert.Contains($"backend pid {holderPid}", exception.Holder, StringComparison.Ordinal);
        Assert.Contains($"GeneratedMigrations lock {Environment.MachineName}", exception.Holder, StringComparison.Ordinal);
        if (!new NpgsqlConnectionStringBuilder(db.ConnectionString).Host!.StartsWith('/'))
        {
            // Over TCP the server also tells where the holder connects from (a Unix socket has no address).
            Assert.Contains("client ", exception.Holder, StringComparison.Ordinal);
        }
        Assert.Contains(exception.Holder!, exception.Message, StringComparison.Ordinal);
        // The wait is logged with the holder as the README lists it: pid, application, user, client address, connected since.
        var waiting = Assert.Single(logger.MessagesOf(LockWaitingEvent));
        Assert.Contains($"held by backend pid {holderPid}", waiting, StringComparison.Ordinal);
        Assert.Contains($"application 'GeneratedMigrations lock {Environment.MachineName} pid {Environment.ProcessId}'", waiting, StringComparison.Ordinal);
        Assert.Contains($"user '{new NpgsqlConnectionStringBuilder(db.ConnectionString).Username}'", waiting, StringComparison.Ordinal);
        Assert.Matches(@"connected since \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ", waiting);
        Assert.DoesNotContain(new NpgsqlConnectionStringBuilder(db.ConnectionString).Password!, string.Join("\n", logger.Events.Select(e => e.Message)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_migrator_that_cannot_get_the_lock_applies_nothing()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var holderStore = new NpgsqlMigrationStore(db.ConnectionString);
        await using var holder = await holderStore.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, CancellationToken.None);
        var options = new MigratorOptions { Lock = new MigrationLockOptions { WaitTimeout = TimeSpan.FromMilliseconds(500) } };

        await using (var migrator = new Migrator(TestCatalogs.Of(TestCatalogs.Items()), new NpgsqlMigrationStore(db.ConnectionString), options))
        {
            await Assert.ThrowsAsync<MigrationLockTimeoutException>(() => migrator.MigrateAsync());
        }

        Assert.False(await db.TableExistsAsync("public", "items"));
        Assert.Empty(await db.LedgerRowsAsync());
    }

    [Fact]
    public async Task A_waiter_gets_the_lock_as_soon_as_the_holder_releases_it()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var holderStore = new NpgsqlMigrationStore(db.ConnectionString);
        var holder = await holderStore.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, CancellationToken.None);
        await using var waiterStore = new NpgsqlMigrationStore(db.ConnectionString);
        var logger = new RecordingLogger();

        var waiting = waiterStore.AcquireLockAsync(new MigrationLockOptions { WaitTimeout = TimeSpan.FromMinutes(2) }, logger, CancellationToken.None);
        await logger.WaitForAsync(LockWaitingEvent, TimeSpan.FromSeconds(60));
        Assert.False(waiting.IsCompleted);
        await holder.DisposeAsync();
        var clock = Stopwatch.StartNew();
        await using var acquired = await waiting;

        // Polling backs off to 500 ms at most; the bound only has to tell "at the next poll" from "at the timeout".
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(30));
        Assert.Equal(await HolderPidAsync(db, waiterStore.AdvisoryLockKey), await BackendPidOfOwnerAsync(acquired));
    }

    [Fact]
    public async Task Two_ledger_tables_in_one_database_do_not_block_each_other()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var first = new NpgsqlMigrationStore(db.ConnectionString);
        await using var second = new NpgsqlMigrationStore(db.ConnectionString, new NpgsqlMigrationStoreOptions { Schema = "reporting", TableName = "__migration_ledger" });
        var noWait = new MigrationLockOptions { WaitTimeout = TimeSpan.Zero };

        await using var firstLock = await first.AcquireLockAsync(noWait, NullLogger.Instance, CancellationToken.None);
        await using var secondLock = await second.AcquireLockAsync(noWait, NullLogger.Instance, CancellationToken.None);

        Assert.NotEqual(first.AdvisoryLockKey, second.AdvisoryLockKey);
        Assert.NotEqual(await HolderPidAsync(db, first.AdvisoryLockKey), await HolderPidAsync(db, second.AdvisoryLockKey));
    }

    [Fact]
    public async Task Cancelling_a_wait_gives_up_at_once_and_leaves_the_holder_alone()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var holderStore = new NpgsqlMigrationStore(db.ConnectionString);
        await using var holder = await holderStore.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, CancellationToken.None);
        var holderPid = await HolderPidAsync(db, holderStore.AdvisoryLockKey);
        await using var waiterStore = new NpgsqlMigrationStore(db.ConnectionString);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            waiterStore.AcquireLockAsync(new MigrationLockOptions { WaitTimeout = TimeSpan.FromMinutes(1) }, NullLogger.Instance, cancel.Token));

        Assert.Equal(holderPid, await HolderPidAsync(db, holderStore.AdvisoryLockKey));
        // The waiter's session is closed; its backend leaves pg_stat_activity as soon as it has exited.
        var otherLockSessions = -1L;
        for (var attempt = 0; attempt < 50 && otherLockSessions != 0; attempt++, await Task.Delay(100))
        {
            otherLockSessions = await db.ScalarAsync<long>(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'GeneratedMigrations lock%' " +
                $"AND pid <> {holderPid}");
        }
        Assert.Equal(0L, otherLockSessions);
    }

    [Fact]
    public async Task Disposing_the_lock_releases_it_at_once()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var store = new NpgsqlMigrationStore(db.ConnectionString);
        var noWait = new MigrationLockOptions { WaitTimeout = TimeSpan.Zero };

        await (await store.AcquireLockAsync(noWait, NullLogger.Instance, CancellationToken.None)).DisposeAsync();

        Assert.Null(await HolderPidAsync(db, store.AdvisoryLockKey));
        await using var again = await store.AcquireLockAsync(noWait, NullLogger.Instance, CancellationToken.None);
    }

    [Fact]
    public async Task Confirming_the_lock_inside_a_migration_transaction_succeeds_while_it_is_held_and_the_transaction_commits()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var store = new NpgsqlMigrationStore(db.ConnectionString);
        await using var migrationLock = await store.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, CancellationToken.None);
        await using var connection = await store.OpenConnectionAsync(CancellationToken.None);
        await using var transaction = await store.BeginTransactionAsync(connection, CancellationToken.None);

        await migrationLock.ConfirmHeldAsync(connection, transaction, CancellationToken.None);
        await using (var command = ((NpgsqlConnection)connection).CreateCommand())
        {
            command.Transaction = (NpgsqlTransaction)transaction;
            command.CommandText = "CREATE TABLE confirmed (id int)";
            await command.ExecuteNonQueryAsync();
        }
        await migrationLock.ConfirmHeldAsync(connection, transaction, CancellationToken.None);
        await transaction.CommitAsync();

        // The check changed nothing about the lock: still held by the lock's own session, and only by it.
        Assert.Equal(await BackendPidOfOwnerAsync(migrationLock), await HolderPidAsync(db, store.AdvisoryLockKey));
        Assert.True(await db.TableExistsAsync("public", "confirmed"));
        await using var other = new NpgsqlMigrationStore(db.ConnectionString);
        await Assert.ThrowsAsync<MigrationLockTimeoutException>(() =>
            other.AcquireLockAsync(new MigrationLockOptions { WaitTimeout = TimeSpan.Zero }, NullLogger.Instance, CancellationToken.None));
    }

    [Fact]
    public async Task When_the_holders_session_is_killed_the_lock_is_lost_and_free_for_others()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var store = new NpgsqlMigrationStore(db.ConnectionString);
        var logger = new RecordingLogger();
        await using var migrationLock = await store.AcquireLockAsync(
            new MigrationLockOptions { HeartbeatInterval = TimeSpan.FromMilliseconds(100) }, logger, CancellationToken.None);
        await using var connection = await store.OpenConnectionAsync(CancellationToken.None);
        await using var transaction = await store.BeginTransactionAsync(connection, CancellationToken.None);
        await migrationLock.ConfirmHeldAsync(connection, transaction, CancellationToken.None);
        var holderPid = await HolderPidAsync(db, store.AdvisoryLockKey);

        Assert.True(await db.ScalarAsync<bool>($"SELECT pg_terminate_backend({holderPid}, 5000)"));

        var lost = await Assert.ThrowsAsync<MigrationLockLostException>(() => migrationLock.ConfirmHeldAsync(connection, transaction, CancellationToken.None));
        Assert.Contains($"backend pid {holderPid}", lost.Message, StringComparison.Ordinal);
        Assert.Contains("was lost", await logger.WaitForAsync(LockLostEvent, TimeSpan.FromSeconds(10)), StringComparison.Ordinal);
        // The fenced transaction must end first: a new holder waits for it (see FenceTests).
        await transaction.RollbackAsync();
        await using var other = new NpgsqlMigrationStore(db.ConnectionString);
        await using var taken = await other.AcquireLockAsync(new MigrationLockOptions { WaitTimeout = TimeSpan.Zero }, NullLogger.Instance, CancellationToken.None);
    }

    [Fact]
    public async Task A_runner_whose_lock_session_was_killed_starts_no_further_migration_and_the_next_runner_applies_the_rest_once()
    {
        await using var db = await server.CreateDatabaseAsync();
        var killer = new KillLockSessionMigration(db);
        var catalog = TestCatalogs.Of(
            TestCatalogs.Sql(1, "create_items", "CREATE TABLE items (id bigint PRIMARY KEY)"),
            new MigrationDescriptor(2, "killed_half_way", "killed", false, "Tests.Killed", () => killer),
            TestCatalogs.Sql(3, "count_items", "CREATE TABLE item_counts (n int); INSERT INTO item_counts VALUES (1)"));

        await using (var migrator = new Migrator(catalog, new NpgsqlMigrationStore(db.ConnectionString)))
        {
            // Migration 2's transaction began while the lock was held, so it is fenced: it may commit (a new holder would
            // wait for it), but nothing may start after the lock session died.
            var exception = await Assert.ThrowsAsync<MigrationLockLostException>(() => migrator.MigrateAsync());
            Assert.Equal(3, exception.Order);
            Assert.Contains("Migration 3 'count_items' was rolled back.", exception.Message, StringComparison.Ordinal);
        }
        Assert.True(await db.TableExistsAsync("public", "killed_half_way"));
        Assert.False(await db.TableExistsAsync("public", "item_counts"));
        Assert.Equal(2, (await db.LedgerRowsAsync()).Count);

        killer.Disarmed = true;
        await using (var migrator = new Migrator(catalog, new NpgsqlMigrationStore(db.ConnectionString)))
        {
            var result = await migrator.MigrateAsync();
            Assert.Equal([3L], result.Applied.Select(step => step.Order));
        }
        Assert.Equal(1, await db.ScalarAsync<long>("SELECT count(*) FROM item_counts"));
        Assert.Equal(3, (await db.LedgerRowsAsync()).Count);
    }

    [Fact]
    public async Task Create_index_concurrently_in_the_holder_completes_while_another_process_waits_for_the_lock()
    {
        await using var db = await server.CreateDatabaseAsync();
        await db.ExecuteAsync("CREATE TABLE big (id bigint PRIMARY KEY, title text); INSERT INTO big SELECT i, 'title ' || i FROM generate_series(1, 1000) i");
        await using var holderStore = new NpgsqlMigrationStore(db.ConnectionString);
        await using var holder = await holderStore.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, CancellationToken.None);
        await using var waiterStore = new NpgsqlMigrationStore(db.ConnectionString);
        var logger = new RecordingLogger();
        var waiting = waiterStore.AcquireLockAsync(new MigrationLockOptions { WaitTimeout = TimeSpan.FromSeconds(60) }, logger, CancellationToken.None);
        await logger.WaitForAsync(LockWaitingEvent, TimeSpan.FromSeconds(10));

        // A waiter blocked inside pg_advisory_lock would hold a snapshot, and this would wait for it forever.
        await using (var connection = await holderStore.OpenConnectionAsync(CancellationToken.None))
        await using (var command = ((NpgsqlConnection)connection).CreateCommand())
        {
            command.CommandText = "CREATE INDEX CONCURRENTLY ix_big_title ON big (title)";
            command.CommandTimeout = 15;
            await command.ExecuteNonQueryAsync();
        }

        Assert.False(waiting.IsCompleted);
        await holder.DisposeAsync();
        await using var acquired = await waiting;
        Assert.True(await db.ScalarAsync<bool>("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_big_title'::regclass"));
    }

    private static async Task<int?> HolderPidAsync(TestDatabase db, long key)
    {
        await using var connection = await db.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1 " +
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) " +
            "AND ((classid::bigint << 32) | objid::bigint) = @key", connection);
        command.Parameters.AddWithValue("key", key);
        return (int?)await command.ExecuteScalarAsync();
    }

    private static Task<int?> BackendPidOfOwnerAsync(MigrationLock migrationLock)
    {
        // Owner reads "host pid N (backend pid M)".
        var text = migrationLock.Owner;
        var start = text.LastIndexOf("backend pid ", StringComparison.Ordinal) + "backend pid ".Length;
        return Task.FromResult<int?>(int.Parse(text[start..text.IndexOf(')', start)], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Creates a table, then has an administrator end the lock session, as a DBA or a failover would.</summary>
    private sealed class KillLockSessionMigration(TestDatabase db) : IMigration
    {
        public bool Disarmed { get; set; }

        public async Task UpAsync(MigrationContext context, CancellationToken cancellationToken)
        {
            await context.ExecuteAsync("CREATE TABLE killed_half_way (id int)", cancellationToken);
            if (Disarmed) return;
            await db.ExecuteAsync(
                "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity " +
                "WHERE datname = current_database() AND application_name LIKE 'GeneratedMigrations lock%'");
        }
    }
}
