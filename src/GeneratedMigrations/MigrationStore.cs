using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace GeneratedMigrations;

/// <summary>
/// A database the runner can migrate: what differs per engine and nothing more. It reads the ledger, creates
/// the ledger tables, opens a lock that can be tried once, begins transactions and writes ledger rows. The
/// runner owns everything else (waiting for the lock, fencing, transactions per migration, deadlines,
/// cancellation). The only place with SQL; one implementation per database engine.
/// </summary>
public abstract class MigrationStore : IAsyncDisposable
{
    /// <summary>A description of the database for messages and logs (server and database, or file); never includes a password.</summary>
    public abstract string DisplayName { get; }

    /// <summary>
    /// Reads the ledger without creating, locking or writing anything. Returns an empty list when the ledger
    /// does not exist yet. Called on every start-up, so it must cost one round trip.
    /// </summary>
    /// <exception cref="MigrationLedgerException">The ledger exists but cannot be read as this release expects (a damaged value, a missing companion table, duplicate rows, a newer layout).</exception>
    public abstract Task<IReadOnlyList<LedgerEntry>> ReadLedgerAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Whether some process holds the migration lock right now, read without taking it and without writing.
    /// The runner asks before it refuses a migration left STARTED: a live holder may be running it at this moment.
    /// The default, for a store that cannot tell, is <see langword="true"/> (the runner then waits for the lock).
    /// </summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public virtual Task<bool> IsLockHeldAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>
    /// Opens the session a migration lock is held on, without taking the lock. The runner then calls
    /// <see cref="MigrationLock.TryAcquireAsync"/> until it succeeds or the wait times out.
    /// </summary>
    /// <param name="options">Heartbeat settings.</param>
    /// <param name="logger">Where lease take-overs, heartbeat failures and losses are logged.</param>
    /// <param name="cancellationToken">Cancels opening the session.</param>
    public abstract Task<MigrationLock> OpenLockAsync(MigrationLockOptions options, ILogger logger, CancellationToken cancellationToken);

    /// <summary>
    /// Creates the ledger tables when they are missing, after looking for them with a read (so a role that may
    /// only read and write an existing ledger never needs to create anything), and refuses a ledger whose shape
    /// is not the store's. The runner calls it holding the lock, before it plans.
    /// </summary>
    /// <exception cref="MigrationLedgerException">The ledger table exists with another shape (missing key or columns) or a newer layout.</exception>
    public abstract Task EnsureLedgerAsync(ILogger logger, CancellationToken cancellationToken);

    /// <summary>Opens a connection that migrations run on.</summary>
    public abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Begins the transaction a migration and its ledger row share.</summary>
    public abstract Task<DbTransaction> BeginTransactionAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts a ledger row with a plain insert: it fails (with the provider's unique-key error) when the ledger
    /// already has a row for that order, so a migration run twice can only fail, never overwrite the first record.
    /// </summary>
    public abstract Task InsertLedgerEntryAsync(DbConnection connection, DbTransaction? transaction, LedgerEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the ledger row for <see cref="LedgerEntry.Order"/> only if it still has status <paramref name="expected"/>.
    /// Returns <see langword="false"/> when no such row exists (another process changed it).
    /// </summary>
    public abstract Task<bool> UpdateLedgerEntryAsync(DbConnection connection, DbTransaction? transaction, LedgerEntry entry, LedgerStatus expected, CancellationToken cancellationToken);

    /// <summary>Deletes a ledger row (a reverted or forgotten migration); returns whether a row was deleted.</summary>
    public abstract Task<bool> DeleteLedgerEntryAsync(DbConnection connection, DbTransaction? transaction, long order, CancellationToken cancellationToken);

    /// <summary>
    /// The SQL statement that records <paramref name="entry"/>, with literal values, for review scripts: a plain insert,
    /// or, when <paramref name="replaces"/> is given, an update of the row that has that status.
    /// </summary>
    public abstract string ScriptLedgerEntry(LedgerEntry entry, LedgerStatus? replaces = null);

    /// <summary>
    /// The statements that create the ledger and its companion tables when they are missing (each ending with <c>;</c>),
    /// put at the top of review scripts so that a script run on a fresh database records its migrations as a run would.
    /// Empty when the store needs none.
    /// </summary>
    public virtual string ScriptLedgerSetup() => "";

    /// <summary>
    /// Whether <paramref name="exception"/> says the database itself failed (connection broken, server stopped,
    /// disk full, file unreadable) rather than a migration's SQL: the runner then reports the database, not the migration.
    /// </summary>
    public virtual bool IsDatabaseFailure(Exception exception) => false;

    /// <summary>Whether <paramref name="exception"/> is the unique-key violation of a ledger insert (the row was already there).</summary>
    public virtual bool IsDuplicateLedgerRow(Exception exception) => false;

    /// <summary>
    /// Takes the lock for a caller that needs it outside a run (a tool, a test): the runner's own wait policy
    /// (polling with back-off, up to <see cref="MigrationLockOptions.WaitTimeout"/>) and the fence, then the ledger tables.
    /// </summary>
    /// <exception cref="MigrationLockTimeoutException">Another process kept the lock past the wait timeout.</exception>
    public Task<MigrationLock> AcquireLockAsync(MigrationLockOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        return LockWaiter.AcquireAsync(this, options, logger, MigrationOperation.Up, null, cancellationToken);
    }

    /// <inheritdoc />
    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// The cross-process migration lock of one store, on its own session. Tried once at a time by the runner;
/// once taken it keeps itself alive (heartbeat) and proves, inside every migration's transaction, that it is
/// still held. Disposing it releases the lock and closes its session.
/// </summary>
public abstract class MigrationLock : IAsyncDisposable
{
    /// <summary>Who holds (or tries to take) the lock, as recorded for other waiters: host, process.</summary>
    public abstract string Owner { get; }

    /// <summary>
    /// Tries once to take the lock, without waiting more than a moment. A database that is busy (another process
    /// writing) counts as "held". On success the lock starts keeping itself alive.
    /// </summary>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    public abstract Task<LockAttempt> TryAcquireAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Called once after the lock was taken and before the ledger is read: waits until no migration transaction of an
    /// earlier holder can still commit (a holder whose lock session died may still have one open). Default: nothing
    /// to wait for, for engines where a transaction excludes every other writer.
    /// </summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task FenceAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Proves, first thing inside a migration's transaction, that this process still holds the lock, and keeps
    /// any later holder's fence waiting until the transaction ends. Throws <see cref="MigrationLockLostException"/> otherwise.
    /// </summary>
    public abstract Task ConfirmHeldAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>
    /// Called just before a migration's transaction commits, with how long the migration ran. A store whose lease
    /// can expire during a long migration renews it here; the default does nothing.
    /// </summary>
    public virtual Task BeforeCommitAsync(DbConnection connection, DbTransaction transaction, TimeSpan elapsed, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Cancelled when the lock is known to be lost (its session ended, its lease was taken over, its heartbeat failed).</summary>
    public abstract CancellationToken Lost { get; }

    /// <summary>Why the lock was lost, once <see cref="Lost"/> is cancelled; a sentence for messages.</summary>
    public abstract string? LostReason { get; }

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();
}

/// <summary>The outcome of one try at the migration lock.</summary>
/// <param name="Acquired">Whether the lock was taken.</param>
/// <param name="Holder">When not taken, who holds it, as far as the store can tell (<see langword="null"/> when unknown).</param>
public readonly record struct LockAttempt(bool Acquired, string? Holder);

/// <summary>How the runner waits for and keeps the cross-process lock, and how long a run may take.</summary>
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
    /// The longest a whole run may take, the wait for the lock included (the maximum time for the migrations to
    /// complete). When it passes, the running migration is cancelled and rolled back, the lock is released and
    /// <see cref="MigrationDeadlineExceededException"/> is thrown. Default: none.
    /// </summary>
    public TimeSpan? OverallDeadline { get; set; }
}
