using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace GeneratedMigrations.Sqlite;

/// <summary>
/// A lease row in the lock table, on its own connection. A background heartbeat renews it. Each migration's
/// transaction holds SQLite's write lock from its first statement (BEGIN IMMEDIATE), so no other process can take
/// the lease over while it runs: reading that the lease is still ours, first thing in the transaction, is enough to
/// commit safely. A migration that outlived half the lease renews it inside its transaction before committing, so
/// that waiters never see it expired between the commit and the next heartbeat.
/// </summary>
internal sealed class SqliteMigrationLock : MigrationLock
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private readonly SqliteConnection _connection;
    private readonly string _lockTable;
    private readonly string _metaTable;
    private readonly MigrationLockOptions _options;
    private readonly ILogger _logger;
    private readonly string _database;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stopHeartbeat = new();
    private readonly TaskCompletionSource _heartbeatStopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Thread? _heartbeat;
    private SqliteCommand? _confirmCommand;
    private long _renewedAt;
    private bool _tableChecked;
    private int _disposed;
    private string? _lostReason;

    public SqliteMigrationLock(SqliteConnection connection, string lockTable, string metaTable, MigrationLockOptions options, ILogger logger, string database)
    {
        _connection = connection;
        _lockTable = lockTable;
        _metaTable = metaTable;
        _options = options;
        _logger = logger;
        _database = database;
        Owner = $"{Environment.MachineName} pid {Environment.ProcessId.ToString(CultureInfo.InvariantCulture)} ({Guid.NewGuid().ToString("N")[..8]})";
    }

    public override string Owner { get; }

    public override CancellationToken Lost => _lost.Token;

    public override string? LostReason => Volatile.Read(ref _lostReason);

    public static string TableSql(string lockTable) =>
        $"CREATE TABLE IF NOT EXISTS {lockTable} (id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1), owner TEXT NOT NULL, acquired_at TEXT NOT NULL, expires_at INTEGER NOT NULL)";

    public override async Task<LockAttempt> TryAcquireAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (!_tableChecked) await EnsureLockTableAsync(cancellationToken).ConfigureAwait(false);
            var transaction = _connection.BeginTransaction(deferred: false);
            await using var transactionScope = transaction.ConfigureAwait(false);
            var (holder, expiresAt) = await ReadLeaseAsync(transaction, cancellationToken).ConfigureAwait(false);
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            if (holder is not null && expiresAt > now)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return new LockAttempt(false, holder);
            }
            var write = _connection.CreateCommand();
            await using var writeScope = write.ConfigureAwait(false);
            write.Transaction = transaction;
            write.CommandText = $"INSERT OR REPLACE INTO {_lockTable} (id, owner, acquired_at, expires_at) VALUES (1, $owner, $acquired_at, $expires_at)";
            write.Parameters.AddWithValue("$owner", Owner);
            write.Parameters.AddWithValue("$acquired_at", DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture));
            write.Parameters.AddWithValue("$expires_at", now + (long)_options.LeaseDuration.TotalMilliseconds);
            await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _renewedAt, Stopwatch.GetTimestamp());
            if (holder is not null) Log.LeaseTakenOver(_logger, _database, holder);
            StartHeartbeat();
            return new LockAttempt(true, Owner);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is SqliteBusy or SqliteLocked)
        {
            // Another process is writing (a long migration holds the write lock): the lock is held. Name the holder
            // if the lease row can be read right now (it can in WAL mode, and in rollback mode outside a commit).
            return new LockAttempt(false, await TryReadHolderAsync(cancellationToken).ConfigureAwait(false) ?? "a process that is writing to the database");
        }
    }

    public override async Task ConfirmHeldAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (Lost.IsCancellationRequested) throw LostException();
        // Every migration of a run asks on the same connection: one command for it, its statement prepared once.
        var command = _confirmCommand;
        if (command?.Connection != connection)
        {
            if (command is not null) await command.DisposeAsync().ConfigureAwait(false);
            command = ((SqliteConnection)connection).CreateCommand();
            // A read is enough: this transaction holds the write lock, so nobody can take the lease before it ends.
            command.CommandText = $"SELECT owner FROM {_lockTable} WHERE id = 1";
            _confirmCommand = command;
        }
        command.Transaction = (SqliteTransaction)transaction;
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string != Owner)
        {
            MarkLost($"the lease of {Owner} on {_database} expired and another process took it over.");
            throw LostException();
        }
    }

    public override async Task BeforeCommitAsync(DbConnection connection, DbTransaction transaction, TimeSpan elapsed, CancellationToken cancellationToken)
    {
        if (Stopwatch.GetElapsedTime(Volatile.Read(ref _renewedAt)) < _options.LeaseDuration / 2) return;
        var command = ((SqliteConnection)connection).CreateCommand();
        await using var commandScope = command.ConfigureAwait(false);
        command.Transaction = (SqliteTransaction)transaction;
        PrepareRenew(command);
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            MarkLost($"the lease of {Owner} on {_database} expired and another process took it over.");
            throw LostException();
        }
        Volatile.Write(ref _renewedAt, Stopwatch.GetTimestamp());
    }

    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        await _stopHeartbeat.CancelAsync().ConfigureAwait(false);
        if (_heartbeat is not null) await _heartbeatStopped.Task.ConfigureAwait(false);
        try
        {
            if (_heartbeat is not null && !Lost.IsCancellationRequested)
            {
                var command = _connection.CreateCommand();
                await using var commandScope = command.ConfigureAwait(false);
                command.CommandText = $"DELETE FROM {_lockTable} WHERE id = 1 AND owner = $owner";
                command.Parameters.AddWithValue("$owner", Owner);
                // Longer than an attempt's: releasing promptly saves every waiter a full lease.
                command.CommandTimeout = 10;
                await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is SqliteException or InvalidOperationException)
        {
            // The lease will expire on its own; releasing early is only a courtesy to waiters.
            Log.LeaseReleaseFailed(_logger, _database, exception);
        }
        finally
        {
            if (_confirmCommand is not null) await _confirmCommand.DisposeAsync().ConfigureAwait(false);
            await _connection.DisposeAsync().ConfigureAwait(false);
            _stopHeartbeat.Dispose();
            _lost.Dispose();
        }
    }

    private async Task EnsureLockTableAsync(CancellationToken cancellationToken)
    {
        var check = _connection.CreateCommand();
        await using (check.ConfigureAwait(false))
        {
            // The lease is the first thing a run writes: refuse a ledger a newer release wrote before writing anything.
            check.CommandText =
                "SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $lock), " +
                "(SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $meta)";
            check.Parameters.AddWithValue("$lock", _lockTable.Trim('"'));
            check.Parameters.AddWithValue("$meta", _metaTable.Trim('"'));
            var reader = await check.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                _tableChecked = reader.GetInt64(0) > 0;
                if (reader.GetInt64(1) > 0)
                {
                    var version = _connection.CreateCommand();
                    await using var versionScope = version.ConfigureAwait(false);
                    version.CommandText = $"SELECT value FROM {_metaTable} WHERE key = 'schema_version'";
                    LedgerSchema.EnsureSupported(await version.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string);
                }
            }
        }
        if (_tableChecked) return;
        var transaction = _connection.BeginTransaction(deferred: false);
        await using var transactionScope = transaction.ConfigureAwait(false);
        var create = _connection.CreateCommand();
        await using var createScope = create.ConfigureAwait(false);
        create.Transaction = transaction;
        create.CommandText = TableSql(_lockTable);
        await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        _tableChecked = true;
    }

    private async Task<(string? Holder, long ExpiresAt)> ReadLeaseAsync(SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        var read = _connection.CreateCommand();
        await using var readScope = read.ConfigureAwait(false);
        read.Transaction = transaction;
        read.CommandText = $"SELECT owner, expires_at FROM {_lockTable} WHERE id = 1";
        var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? (reader.GetString(0), reader.GetInt64(1)) : (null, 0);
    }

    private async Task<string?> TryReadHolderAsync(CancellationToken cancellationToken)
    {
        try
        {
            return _tableChecked ? (await ReadLeaseAsync(null, cancellationToken).ConfigureAwait(false)).Holder : null;
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    private void StartHeartbeat()
    {
        // A dedicated thread, not the thread pool: an app that starves its pool (Microsoft.Data.Sqlite blocks its
        // threads) must not miss heartbeats and lose a lease it is still using.
        _heartbeat = new Thread(() => Heartbeat(_options.HeartbeatInterval, _stopHeartbeat.Token))
        {
            IsBackground = true,
            Name = "GeneratedMigrations SQLite lease heartbeat",
        };
        _heartbeat.Start();
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
                        MarkLost($"the lease of {Owner} on {_database} expired and another process took it over.");
                        Log.LeaseLost(_logger, _database, Owner);
                        return;
                    }
                    Volatile.Write(ref _renewedAt, Stopwatch.GetTimestamp());
                }
                catch (SqliteException exception) when (exception.SqliteErrorCode is SqliteBusy or SqliteLocked)
                {
                    // Busy while a migration writes: that migration renews the lease itself before it commits if it runs long.
                    Log.HeartbeatFailed(_logger, _database, exception);
                }
                catch (Exception exception)
                {
                    // Any other failure (I/O error, disk full, a closed connection): the lease can no longer be kept, so the
                    // run must stop cleanly rather than go on without it.
                    MarkLost($"the lease of {Owner} on {_database} could not be renewed ({exception.Message}).");
                    Log.LeaseLost(_logger, _database, Owner);
                    return;
                }
            }
        }
        finally
        {
            _heartbeatStopped.TrySetResult();
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

    private MigrationLockLostException LostException() =>
        new(LostReason ?? $"the lease of {Owner} on {_database} was lost.", MigrationOperation.Up, null);

    private void PrepareRenew(SqliteCommand command)
    {
        command.CommandText = $"UPDATE {_lockTable} SET expires_at = $expires_at WHERE id = 1 AND owner = $owner";
        command.Parameters.AddWithValue("$expires_at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + (long)_options.LeaseDuration.TotalMilliseconds);
        command.Parameters.AddWithValue("$owner", Owner);
    }
}
