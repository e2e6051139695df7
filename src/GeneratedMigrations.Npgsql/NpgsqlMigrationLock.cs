using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GeneratedMigrations.Npgsql;

/// <summary>
/// A session-level advisory lock held on a dedicated, unpooled connection, plus a fence. The server releases
/// the lock by itself when the holding session ends, whatever the reason; but a migration transaction of that
/// holder may still be open and commit afterwards. So every migration transaction first takes the fence key
/// shared (transaction-level, released by its commit or rollback) and, in the same statement, checks that its
/// lock session still holds the lock; and a new holder takes the fence key exclusively once before it reads the
/// ledger. A new holder therefore never plans while an earlier holder's transaction can still commit, and a
/// holder whose session died can start no new migration.
/// </summary>
internal sealed class NpgsqlMigrationLock : MigrationLock
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan LongestBackoff = TimeSpan.FromMilliseconds(250);

    // pg_locks is read afresh by every statement (unlike pg_stat_activity, which is frozen for the rest of a
    // transaction once read), so the answer is current.
    private const string HeldCondition =
        "EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1 AND pid = @pid " +
        "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) " +
        "AND ((classid::bigint << 32) | objid::bigint) = @key)";

    // One statement per migration: the fence is taken in the FROM clause, and the check is correlated with its row
    // (a SubPlan, not an InitPlan), so it is evaluated after the fence is held, and a holder that lost its session after the check is still fenced by the shared lock.
    private const string FencedHeldQuery =
        "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE fence.taken AND locktype = 'advisory' AND granted AND objsubid = 1 AND pid = @pid " +
        "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) " +
        "AND ((classid::bigint << 32) | objid::bigint) = @key) " +
        "FROM (SELECT pg_advisory_xact_lock_shared(@fence)::text IS NOT NULL AS taken) AS fence";

    private static readonly string FencedHeldQueryPositional =
        FencedHeldQuery.Replace("@fence", "$1", StringComparison.Ordinal).Replace("@pid", "$2", StringComparison.Ordinal).Replace("@key", "$3", StringComparison.Ordinal);

    private readonly NpgsqlConnection _connection;
    private readonly long _key;
    private readonly long _fence;
    private readonly int _backendPid;
    private readonly MigrationLockOptions _options;
    private readonly ILogger _logger;
    private readonly string _database;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stopHeartbeat = new();
    private Task? _heartbeat;
    private NpgsqlCommand? _confirmCommand;
    private string? _lostReason;
    private int _acquired;
    private int _disposed;

    public NpgsqlMigrationLock(NpgsqlConnection connection, long key, long fence, int backendPid, MigrationLockOptions options, ILogger logger, string database)
    {
        _connection = connection;
        _key = key;
        _fence = fence;
        _backendPid = backendPid;
        _options = options;
        _logger = logger;
        _database = database;
        Owner = $"{Environment.MachineName} pid {Environment.ProcessId.ToString(CultureInfo.InvariantCulture)} (backend pid {backendPid.ToString(CultureInfo.InvariantCulture)})";
    }

    public override string Owner { get; }

    public override CancellationToken Lost => _lost.Token;

    public override string? LostReason => Volatile.Read(ref _lostReason);

    public override async Task<LockAttempt> TryAcquireAsync(CancellationToken cancellationToken)
    {
        bool taken, heldBefore;
        int pid;
        var command = _connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            // A short statement that never blocks: waiting happens between statements, holding no snapshot (a
            // statement blocked on the lock would hold one, and the holder's CREATE INDEX CONCURRENTLY would wait for it).
            // It also looks, before trying, whether this server session holds the lock already: a session that is ours
            // never does (we stop trying once we hold it), so one that does was handed to us by a pooler in transaction
            // mode after another client took the lock on it, and taking it again (advisory locks are re-entrant) would
            // make two holders. OFFSET 0 keeps the look-up a separate step, evaluated before the attempt.
            command.CommandText =
                "SELECT pg_try_advisory_lock(@key), pg_backend_pid(), before.held " +
                "FROM (SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1 AND pid = pg_backend_pid() " +
                "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) " +
                "AND ((classid::bigint << 32) | objid::bigint) = @key) AS held OFFSET 0) AS before";
            command.Parameters.Add(new NpgsqlParameter<long>("key", _key));
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using var readerScope = reader.ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            (taken, pid, heldBefore) = (reader.GetBoolean(0), reader.GetInt32(1), reader.GetBoolean(2));
        }
        if (heldBefore) throw SessionAlreadyHoldsLock(_database);
        if (pid != _backendPid) throw PoolerInTransactionMode(_database);
        if (!taken) return new LockAttempt(false, await DescribeHolderAsync(cancellationToken).ConfigureAwait(false));
        Volatile.Write(ref _acquired, 1);
        // A pooler in transaction mode hands each statement to whichever server session is free: the lock would stay
        // behind on a session we no longer use. Check, with a second statement, that we are still on the session that took it.
        var check = _connection.CreateCommand();
        await using (check.ConfigureAwait(false))
        {
            check.CommandText = "SELECT pg_backend_pid() = @pid AND " + HeldCondition;
            check.Parameters.Add(new NpgsqlParameter<int>("pid", _backendPid));
            check.Parameters.Add(new NpgsqlParameter<long>("key", _key));
            if (!(bool)(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!) throw PoolerInTransactionMode(_database);
        }
        return new LockAttempt(true, Owner);
    }

    public override async Task FenceAsync(CancellationToken cancellationToken)
    {
        // Taken and released in one autocommit statement: success means no transaction holds the fence shared, so
        // every migration transaction of an earlier holder has ended (committed or rolled back). Polled, not blocking,
        // for the same snapshot reason as the lock.
        var backoff = FirstBackoff;
        while (true)
        {
            var command = _connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = "SELECT pg_try_advisory_xact_lock(@fence)";
                command.Parameters.Add(new NpgsqlParameter<long>("fence", _fence));
                if ((bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!) break;
            }
            // Said once: the wait can be long (an earlier holder's hung transaction), and the log should say what for.
            if (backoff == FirstBackoff) Log.FenceWaiting(_logger, _database);
            await Task.Delay(backoff, cancellationToken).ConfigureAwait(false);
            backoff = backoff * 2 < LongestBackoff ? backoff * 2 : LongestBackoff;
        }
        // The heartbeat shares the lock session, so it starts only once the session has nothing else to do.
        _heartbeat ??= Task.Run(() => HeartbeatAsync(_options.HeartbeatInterval, _stopHeartbeat.Token), CancellationToken.None);
    }

    public override async Task ConfirmHeldAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (!Lost.IsCancellationRequested)
        {
            // Every migration of a run asks on the same connection, with the same values: one command for it.
            // Positional parameters ($1…) are sent as written, so Npgsql does not rewrite the SQL each time.
            var command = _confirmCommand;
            if (command?.Connection != connection)
            {
                if (command is not null) await command.DisposeAsync().ConfigureAwait(false);
                command = new NpgsqlCommand(FencedHeldQueryPositional, (NpgsqlConnection)connection)
                {
                    Parameters = { new NpgsqlParameter<long> { TypedValue = _fence }, new NpgsqlParameter<int> { TypedValue = _backendPid }, new NpgsqlParameter<long> { TypedValue = _key } },
                };
                _confirmCommand = command;
            }
            command.Transaction = (NpgsqlTransaction)transaction;
            if ((bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!) return;
            MarkLost(SessionEnded);
        }
        throw new MigrationLockLostException(LostReason ?? SessionEnded, MigrationOperation.Up, null);
    }

    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        await _stopHeartbeat.CancelAsync().ConfigureAwait(false);
        if (_heartbeat is not null) await _heartbeat.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        try
        {
            if (Volatile.Read(ref _acquired) != 0 && !Lost.IsCancellationRequested && _connection.State == ConnectionState.Open)
            {
                var command = _connection.CreateCommand();
                await using var commandScope = command.ConfigureAwait(false);
                command.CommandText = "SELECT pg_advisory_unlock(@key)";
                command.Parameters.Add(new NpgsqlParameter<long>("key", _key));
                await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or IOException)
        {
            Log.LockReleaseFailed(_logger, _database, exception);
        }
        finally
        {
            if (_confirmCommand is not null) await _confirmCommand.DisposeAsync().ConfigureAwait(false);
            // Unpooled: this ends the session, which releases the lock even if the unlock above failed.
            await _connection.DisposeAsync().ConfigureAwait(false);
            _stopHeartbeat.Dispose();
            _lost.Dispose();
        }
    }

    private string SessionEnded =>
        $"the lock session of {Owner} on {_database} has ended (terminated by an administrator, a server restart or a network failure).";

    private static InvalidOperationException SessionAlreadyHoldsLock(string database) =>
        new($"The server session handed to the migration lock on {database} already holds the lock, taken by another client before " +
            "(a pooler in transaction mode such as PgBouncer pool_mode=transaction or RDS Proxy, or a connection pool that does not reset " +
            "sessions, No Reset On Close): taking it again would make two holders. Nothing was changed. Give the lock session a connection of " +
            "its own: NpgsqlMigrationStoreOptions.LockConnectionString to the server directly (or to a pooler in session mode).");

    internal static InvalidOperationException PoolerInTransactionMode(string database) =>
        new($"The migration lock on {database} needs one server session for the whole run, but its connection goes through a pooler in " +
            "transaction mode (PgBouncer pool_mode=transaction, RDS Proxy), which hands the server session, with the lock on it, to other " +
            "clients between statements. Nothing was changed. Set NpgsqlMigrationStoreOptions.LockConnectionString to a direct connection " +
            "to the server (or to a pooler in session mode); migrations themselves may keep going through the pooler.");

    private async Task<string?> DescribeHolderAsync(CancellationToken cancellationToken)
    {
        var command = _connection.CreateCommand();
        await using var commandScope = command.ConfigureAwait(false);
        // pg_stat_activity shows other roles' application, address and start time only to members of
        // pg_read_all_stats; the pid is always visible.
        command.CommandText =
            "SELECT l.pid, a.application_name, a.usename, host(a.client_addr), a.backend_start " +
            "FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid " +
            "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 " +
            "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) " +
            "AND ((l.classid::bigint << 32) | l.objid::bigint) = @key LIMIT 1";
        command.Parameters.Add(new NpgsqlParameter<long>("key", _key));
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            // Released between our attempt and this look-up: the next attempt will probably get it.
            return null;
        }
        var text = new StringBuilder("backend pid ").Append(reader.GetInt32(0).ToString(CultureInfo.InvariantCulture));
        var details = new List<string>(4);
        if (!reader.IsDBNull(1) && reader.GetString(1).Length > 0) details.Add($"application '{reader.GetString(1)}'");
        if (!reader.IsDBNull(2)) details.Add($"user '{reader.GetString(2)}'");
        if (!reader.IsDBNull(3)) details.Add($"client {reader.GetString(3)}");
        if (!reader.IsDBNull(4)) details.Add($"connected since {reader.GetFieldValue<DateTime>(4).ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)}");
        if (details.Count > 0) text.Append(" (").AppendJoin(", ", details).Append(')');
        return text.ToString();
    }

    private async Task HeartbeatAsync(TimeSpan interval, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
            {
                try
                {
                    var command = _connection.CreateCommand();
                    await using var commandScope = command.ConfigureAwait(false);
                    command.CommandText = "SELECT pg_backend_pid() = @pid AND " + HeldCondition;
                    command.Parameters.Add(new NpgsqlParameter<int>("pid", _backendPid));
                    command.Parameters.Add(new NpgsqlParameter<long>("key", _key));
                    // Not cancelled by Dispose: a cancelled statement would leave the session busy while it unlocks.
                    if (!(bool)(await command.ExecuteScalarAsync(CancellationToken.None).ConfigureAwait(false))!)
                    {
                        MarkLost(SessionEnded);
                        Log.LockLost(_logger, _database, Owner, null);
                        return;
                    }
                }
                catch (NpgsqlException exception) when (_connection.State == ConnectionState.Open && exception is PostgresException)
                {
                    // The server answered with an error on a live session: try again at the next beat.
                    Log.HeartbeatFailed(_logger, _database, exception);
                }
                catch (Exception exception)
                {
                    // The session is gone (or broken in a way we cannot tell from gone): so is the lock. End the run cleanly.
                    MarkLost(SessionEnded);
                    Log.LockLost(_logger, _database, Owner, exception);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private void MarkLost(string reason)
    {
        Interlocked.CompareExchange(ref _lostReason, reason, null);
        try
        {
            _lost.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
