using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace GeneratedMigrations;

/// <summary>
/// A database the runner can migrate: where the ledger lives, how the cross-process lock is taken, and
/// how transactions begin. The only place with SQL; one implementation per database engine.
/// </summary>
public abstract class MigrationStore : IAsyncDisposable
{
    /// <summary>
    /// Reads the ledger without creating, locking or writing anything. Returns an empty list when the
    /// ledger table does not exist yet. Called on every start-up, so it must cost one round trip.
    /// </summary>
    public abstract Task<IReadOnlyList<LedgerEntry>> ReadLedgerAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Creates the ledger if it is missing (idempotent, safe under concurrency), then takes the
    /// cross-process migration lock, waiting up to <see cref="MigrationLockOptions.WaitTimeout"/>.
    /// </summary>
    /// <param name="options">Wait timeout and heartbeat.</param>
    /// <param name="logger">Where waits and take-overs are logged.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="MigrationLockTimeoutException">Another process kept the lock past the wait timeout.</exception>
    public abstract Task<MigrationLock> AcquireLockAsync(MigrationLockOptions options, ILogger logger, CancellationToken cancellationToken);

    /// <summary>
    /// Whether some process holds the migration lock right now, read without taking it and without writing.
    /// The runner asks before it refuses a migration left STARTED: a live holder may be running it at this moment.
    /// The default, for a store that cannot tell, is <see langword="true"/> (the runner then waits for the lock).
    /// </summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public virtual Task<bool> IsLockHeldAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>Opens a connection that migrations run on.</summary>
    public abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Begins the transaction a migration and its ledger row share.</summary>
    public abstract Task<DbTransaction> BeginTransactionAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Writes (inserts or replaces) a ledger row, on the given connection and transaction.</summary>
    public abstract Task WriteLedgerEntryAsync(DbConnection connection, DbTransaction? transaction, LedgerEntry entry, CancellationToken cancellationToken);

    /// <summary>Deletes a ledger row (a reverted or forgotten migration), on the given connection and transaction.</summary>
    public abstract Task DeleteLedgerEntryAsync(DbConnection connection, DbTransaction? transaction, long order, CancellationToken cancellationToken);

    /// <summary>The SQL statement that writes <paramref name="entry"/> into the ledger, with literal values, for review scripts.</summary>
    public abstract string ScriptLedgerEntry(LedgerEntry entry);

    /// <summary>
    /// The statements that create the ledger and its companion tables when they are missing (each ending with <c>;</c>),
    /// put at the top of review scripts so that a script run on a fresh database records its migrations as a run would.
    /// Empty when the store needs none.
    /// </summary>
    public virtual string ScriptLedgerSetup() => "";

    /// <summary>A description of the database for messages and logs; never includes a password.</summary>
    public abstract string DisplayName { get; }

    /// <inheritdoc />
    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}

/// <summary>A held cross-process migration lock. Disposing it releases the lock.</summary>
public abstract class MigrationLock : IAsyncDisposable
{
    /// <summary>Who holds the lock, as recorded for other waiters (host, process).</summary>
    public abstract string Owner { get; }

    /// <summary>
    /// Proves, inside a migration's transaction, that this process still holds the lock, so a migration
    /// can never commit after its lock was lost. Throws <see cref="MigrationLockLostException"/> otherwise.
    /// </summary>
    public abstract Task ConfirmHeldAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();
}

/// <summary>How the runner waits for and keeps the cross-process lock.</summary>
public sealed class MigrationLockOptions
{
    /// <summary>How long to wait for another process to release the lock before failing. Default: 2 minutes.</summary>
    public TimeSpan WaitTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How often a holder renews its lease. A lease not renewed for three intervals is considered abandoned
    /// (its holder died) and may be taken over. Default: 5 seconds.
    /// </summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The lease a holder keeps between heartbeats: three heartbeat intervals.</summary>
    public TimeSpan LeaseDuration => HeartbeatInterval * 3;

    /// <summary>
    /// The longest a run may hold the lock. When it passes, the running migration is cancelled and rolled back,
    /// the lock is released and <see cref="MigrationDeadlineExceededException"/> is thrown. Default: none.
    /// </summary>
    public TimeSpan? OverallDeadline { get; set; }
}
