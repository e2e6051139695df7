using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace GeneratedMigrations.Sqlite;

/// <summary>
/// A lease row held in the lock table. A background heartbeat renews it; each migration's transaction
/// renews it too, and refuses to commit if another process has taken it over, so a migration can never
/// commit without the lease even when a heartbeat was delayed by a long write.
/// </summary>
internal sealed class SqliteMigrationLock : MigrationLock
{
    private readonly SqliteConnection _connection;
    private readonly string _lockTable;
    private readonly TimeSpan _lease;
    private readonly ILogger _logger;
    private readonly string _database;
    private readonly CancellationTokenSource _stopHeartbeat = new();
    private readonly TaskCompletionSource _heartbeatStopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _lost;

    public SqliteMigrationLock(SqliteConnection connection, string lockTable, string owner, MigrationLockOptions options, ILogger logger, string database)
    {
        _connection = connection;
        _lockTable = lockTable;
        Owner = owner;
        _lease = options.LeaseDuration;
        _logger = logger;
        _database = database;
        // A dedicated thread, not the thread pool: an app that starves its pool (Microsoft.Data.Sqlite blocks its
        // threads) must not miss heartbeats and lose a lease it is still using.
        var heartbeat = new Thread(() => Heartbeat(options.HeartbeatInterval, _stopHeartbeat.Token))
        {
            IsBackground = true,
            Name = "GeneratedMigrations SQLite lease heartbeat",
        };
        heartbeat.Start();
    }

    public override string Owner { get; }

    public override async Task ConfirmHeldAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = ((SqliteConnection)connection).CreateCommand();
        command.Transaction = (SqliteTransaction?)transaction;
        if (Volatile.Read(ref _lost) != 0 || await RenewAsync(command, cancellationToken).ConfigureAwait(false) == 0)
        {
            Volatile.Write(ref _lost, 1);
            throw new MigrationLockLostException(
                $"the lease of {Owner} on {_database} expired and another process took it over.", MigrationOperation.Up, null);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await _stopHeartbeat.CancelAsync().ConfigureAwait(false);
        await _heartbeatStopped.Task.ConfigureAwait(false);
        try
        {
            await using var command = _connection.CreateCommand();
            command.CommandText = $"DELETE FROM {_lockTable} WHERE id = 1 AND owner = $owner";
            command.Parameters.AddWithValue("$owner", Owner);
            await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (SqliteException exception)
        {
            // The lease will expire on its own; releasing early is only a courtesy to waiters.
            Log.LeaseReleaseFailed(_logger, _database, exception);
        }
        finally
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
            _stopHeartbeat.Dispose();
        }
    }

    private void Heartbeat(TimeSpan interval, CancellationToken stop)
    {
        try
        {
            while (!stop.WaitHandle.WaitOne(interval))
            {
                try
                {
                    using var command = _connection.CreateCommand();
                    PrepareRenew(command);
                    if (command.ExecuteNonQuery() == 0)
                    {
                        Volatile.Write(ref _lost, 1);
                        Log.LeaseLost(_logger, _database, Owner);
                        return;
                    }
                }
                catch (SqliteException exception)
                {
                    // Busy while a migration writes: that migration renews the lease itself before it commits.
                    Log.HeartbeatFailed(_logger, _database, exception);
                }
            }
        }
        finally
        {
            _heartbeatStopped.TrySetResult();
        }
    }

    private Task<int> RenewAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        PrepareRenew(command);
        return command.ExecuteNonQueryAsync(cancellationToken);
    }

    private void PrepareRenew(SqliteCommand command)
    {
        command.CommandText = $"UPDATE {_lockTable} SET expires_at = $expires_at WHERE id = 1 AND owner = $owner";
        command.Parameters.AddWithValue("$expires_at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + (long)_lease.TotalMilliseconds);
        command.Parameters.AddWithValue("$owner", Owner);
    }
}
