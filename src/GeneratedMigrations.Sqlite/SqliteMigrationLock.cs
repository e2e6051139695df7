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
    private readonly Task _heartbeat;
    private int _lost;

    public SqliteMigrationLock(SqliteConnection connection, string lockTable, string owner, MigrationLockOptions options, ILogger logger, string database)
    {
        _connection = connection;
        _lockTable = lockTable;
        Owner = owner;
        _lease = options.LeaseDuration;
        _logger = logger;
        _database = database;
        _heartbeat = Task.Run(() => HeartbeatAsync(options.HeartbeatInterval, _stopHeartbeat.Token));
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
        try
        {
            await _heartbeat.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
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

    private async Task HeartbeatAsync(TimeSpan interval, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
        {
            try
            {
                await using var command = _connection.CreateCommand();
                if (await RenewAsync(command, stop).ConfigureAwait(false) == 0)
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

    private Task<int> RenewAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        command.CommandText = $"UPDATE {_lockTable} SET expires_at = $expires_at WHERE id = 1 AND owner = $owner";
        command.Parameters.AddWithValue("$expires_at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + (long)_lease.TotalMilliseconds);
        command.Parameters.AddWithValue("$owner", Owner);
        return command.ExecuteNonQueryAsync(cancellationToken);
    }
}
