using System.Data;
using System.Data.Common;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GeneratedMigrations.Npgsql;

/// <summary>
/// A session-level advisory lock held on a dedicated, unpooled connection. A background heartbeat keeps the
/// session busy enough to stay alive and notices when it has ended; each migration's transaction checks
/// <c>pg_locks</c> for the lock session before it commits, so a migration never commits without the lock.
/// The server releases the lock by itself when the holding session ends, whatever the reason.
/// </summary>
internal sealed class NpgsqlMigrationLock : MigrationLock
{
    // Asked in the migration's own transaction. pg_locks is read afresh by every statement (unlike
    // pg_stat_activity, which is frozen for the rest of a transaction once read), so the answer is current.
    private const string HeldQuery =
        "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1 AND pid = @pid " +
        "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) " +
        "AND ((classid::bigint << 32) | objid::bigint) = @key)";

    private readonly NpgsqlConnection _connection;
    private readonly long _key;
    private readonly int _backendPid;
    private readonly ILogger _logger;
    private readonly string _database;
    private readonly CancellationTokenSource _stopHeartbeat = new();
    private readonly Task _heartbeat;
    private int _lost;
    private int _disposed;

    public NpgsqlMigrationLock(NpgsqlConnection connection, long key, string owner, TimeSpan heartbeatInterval, ILogger logger, string database)
    {
        _connection = connection;
        _key = key;
        _backendPid = connection.ProcessID;
        Owner = owner;
        _logger = logger;
        _database = database;
        _heartbeat = Task.Run(() => HeartbeatAsync(heartbeatInterval, _stopHeartbeat.Token));
    }

    public override string Owner { get; }

    public override async Task ConfirmHeldAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _lost) == 0)
        {
            await using var command = ((NpgsqlConnection)connection).CreateCommand();
            command.Transaction = (NpgsqlTransaction?)transaction;
            command.CommandText = HeldQuery;
            command.Parameters.Add(new NpgsqlParameter<int>("pid", _backendPid));
            command.Parameters.Add(new NpgsqlParameter<long>("key", _key));
            if ((bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!) return;
            Volatile.Write(ref _lost, 1);
        }
        throw new MigrationLockLostException(
            $"the lock session of {Owner} on {_database} has ended " +
            "(terminated by an administrator, a server restart or a network failure).",
            MigrationOperation.Up, null);
    }

    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        await _stopHeartbeat.CancelAsync().ConfigureAwait(false);
        try
        {
            await _heartbeat.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        try
        {
            if (Volatile.Read(ref _lost) == 0 && _connection.State == ConnectionState.Open)
            {
                await using var command = _connection.CreateCommand();
                command.CommandText = "SELECT pg_advisory_unlock(@key)";
                command.Parameters.Add(new NpgsqlParameter<long>("key", _key));
                await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (NpgsqlException exception)
        {
            Log.LockReleaseFailed(_logger, _database, exception);
        }
        finally
        {
            // Unpooled: this ends the session, which releases the lock even if the unlock above failed.
            await _connection.DisposeAsync().ConfigureAwait(false);
            _stopHeartbeat.Dispose();
        }
    }

    private async Task HeartbeatAsync(TimeSpan interval, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
        {
            try
            {
                await using var command = _connection.CreateCommand();
                command.CommandText = HeldQuery;
                command.Parameters.Add(new NpgsqlParameter<int>("pid", _backendPid));
                command.Parameters.Add(new NpgsqlParameter<long>("key", _key));
                // Not cancelled by Dispose: a cancelled statement would leave the session busy while it unlocks.
                if (!(bool)(await command.ExecuteScalarAsync(CancellationToken.None).ConfigureAwait(false))!)
                {
                    Volatile.Write(ref _lost, 1);
                    Log.LockLost(_logger, _database, Owner, null);
                    return;
                }
            }
            catch (NpgsqlException exception)
            {
                if (_connection.State != ConnectionState.Open)
                {
                    // The session is gone, and with it the lock.
                    Volatile.Write(ref _lost, 1);
                    Log.LockLost(_logger, _database, Owner, exception);
                    return;
                }
                Log.HeartbeatFailed(_logger, _database, exception);
            }
        }
    }
}
