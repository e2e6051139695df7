using System.Text;

namespace GeneratedMigrations;

/// <summary>Base of every error the runner raises. Catch this to handle any migration failure.</summary>
public abstract class MigrationException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected MigrationException(string message, MigrationOperation operation, long? lastAppliedOrder, long? order = null, string? migrationName = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Operation = operation;
        LastAppliedOrder = lastAppliedOrder;
        Order = order;
        MigrationName = migrationName;
    }

    /// <summary>
    /// For a migration that runs outside a transaction and was interrupted, the status its ledger row was left with:
    /// <see cref="LedgerStatus.Failed"/>, or <see cref="LedgerStatus.Started"/> when recording the failure failed too
    /// (also when the lock was found lost: no failure is recorded without it). When the row was edited by hand under the
    /// run (a <see cref="MigrationLockLostException"/>), the status it says now, or <see langword="null"/> if it is
    /// gone or could not be read (the message says which).
    /// Otherwise <see langword="null"/> when nothing was left half done (a transactional migration was rolled back).
    /// </summary>
    public LedgerStatus? LeftAs { get; private protected init; }

    /// <summary>
    /// Where an interrupted migration leaves the database, as sentences: rolled back (transactional), or possibly
    /// partly applied with its ledger row's status and the repair to run (outside a transaction).
    /// </summary>
    private protected static string Outcome(MigrationDescriptor? migration, LedgerStatus? leftAs, long? lastAppliedOrder, string? changedRow = null)
    {
        var position = $"The database is at {(lastAppliedOrder is { } last ? "migration " + last.ToString(System.Globalization.CultureInfo.InvariantCulture) : "no migration")}.";
        if (migration is null) return "Nothing was applied. " + position;
        var order = migration.Order.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (changedRow is not null)
        {
            // The row was edited under the run: what it is now, and no repair advice that assumes a STARTED or FAILED row.
            return $"Migration {order} '{migration.Name}' runs outside a transaction, so it may be partly applied; {changedRow}. {position} " +
                "Check the database and the ledger by hand before the next run.";
        }
        if (leftAs is not { } status) return $"Migration {order} '{migration.Name}' was rolled back. {position}";
        var row = status == LedgerStatus.Started
            ? "its ledger row still says STARTED (this run could not record how it ended)"
            : "its ledger row says FAILED";
        return $"Migration {order} '{migration.Name}' runs outside a transaction, so it may be partly applied; {row}. {position} " +
            $"Check the database by hand, then run 'repair {order} --completed' if its changes are all there, or 'repair {order} --forget' to run it again.";
    }

    /// <summary>What the runner was doing.</summary>
    public MigrationOperation Operation { get; }

    /// <summary>The highest order the database had completed when the error occurred, if known.</summary>
    public long? LastAppliedOrder { get; }

    /// <summary>The order of the migration concerned, when one migration is concerned.</summary>
    public long? Order { get; }

    /// <summary>The name of the migration concerned, when one migration is concerned.</summary>
    public string? MigrationName { get; }

    /// <summary>Numbers in messages read the same on every machine, whatever its culture.</summary>
    private protected static string Number(double value, string format) => value.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// The catalogue and the ledger disagree; nothing was applied. <see cref="Problems"/> lists every disagreement.
/// </summary>
public sealed class MigrationPlanException : MigrationException
{
    /// <summary>Creates the exception from the planner's problems.</summary>
    public MigrationPlanException(IReadOnlyList<PlanProblem> problems, MigrationOperation operation, long? lastAppliedOrder)
        : base(Describe(problems, operation), operation, lastAppliedOrder, problems.Count > 0 ? problems[0].Order : null, problems.Count > 0 ? problems[0].Name : null)
    {
        Problems = problems;
    }

    /// <summary>Every disagreement found, in ledger order.</summary>
    public IReadOnlyList<PlanProblem> Problems { get; }

    private static string Describe(IReadOnlyList<PlanProblem> problems, MigrationOperation operation)
    {
        var text = new StringBuilder();
        text.Append(operation switch
        {
            MigrationOperation.Down => "Refused to revert; nothing was reverted. ",
            MigrationOperation.Verify => "The database does not match this build. ",
            _ => "The database does not match this build's migrations; nothing was applied. ",
        });
        text.Append(problems.Count == 1 ? "1 problem:" : $"{problems.Count} problems:");
        foreach (var problem in problems) text.Append(Environment.NewLine).Append("  - ").Append(problem.Message);
        return text.ToString();
    }
}

/// <summary>
/// A migration threw. A transactional migration was rolled back (earlier migrations of the run stay applied);
/// one that runs outside a transaction may be partly applied and is recorded FAILED (see <see cref="MigrationException.LeftAs"/>).
/// </summary>
public sealed class MigrationFailedException : MigrationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="migration">The migration that failed.</param>
    /// <param name="operation">Up or down.</param>
    /// <param name="lastAppliedOrder">Where the database stands.</param>
    /// <param name="elapsed">How long it ran.</param>
    /// <param name="innerException">What it threw.</param>
    /// <param name="leftAs">For a migration outside a transaction, the status its ledger row was left with.</param>
    public MigrationFailedException(MigrationDescriptor migration, MigrationOperation operation, long? lastAppliedOrder, TimeSpan elapsed, Exception innerException, LedgerStatus? leftAs = null)
        : base(
            $"Migration {migration?.Order} '{migration?.Name}' failed {(operation == MigrationOperation.Down ? "to revert" : "to apply")} after {Number(elapsed.TotalMilliseconds, "0")} ms: {innerException?.Message} " +
            Outcome(migration, leftAs, lastAppliedOrder) + (leftAs is null ? " Fix the migration and run again." : ""),
            operation, lastAppliedOrder, migration?.Order, migration?.Name, innerException)
    {
        Elapsed = elapsed;
        LeftAs = leftAs;
    }

    /// <summary>How long the migration ran before it failed.</summary>
    public TimeSpan Elapsed { get; }
}

/// <summary>Another process held the migration lock for longer than the wait timeout; nothing was applied.</summary>
public sealed class MigrationLockTimeoutException : MigrationException
{
    /// <summary>Creates the exception.</summary>
    public MigrationLockTimeoutException(TimeSpan waited, string? holder, MigrationOperation operation, long? lastAppliedOrder)
        : base(
            $"Timed out after {Number(waited.TotalSeconds, "0.#")} s waiting for the migration lock{(holder is null ? "" : $", held by {holder}")}. Nothing was applied. " +
            "Another instance is probably migrating: wait for it and run again, or raise MigrationLockOptions.WaitTimeout.",
            operation, lastAppliedOrder)
    {
        Waited = waited;
        Holder = holder;
    }

    /// <summary>How long the runner waited.</summary>
    public TimeSpan Waited { get; }

    /// <summary>The same timeout, told what the runner knows that a store does not: the operation and the database's position.</summary>
    internal MigrationLockTimeoutException For(MigrationOperation operation, long? lastAppliedOrder) =>
        new(Waited, Holder, operation, lastAppliedOrder);

    /// <summary>Who held the lock, when the store can tell.</summary>
    public string? Holder { get; }
}

/// <summary>
/// The runner lost its lock while it held it (its lease was taken over, its session ended), or another process
/// recorded the same migration at the same moment. The current migration did not commit.
/// </summary>
public sealed class MigrationLockLostException : MigrationException
{
    private readonly string _detail;

    /// <summary>Creates the exception.</summary>
    /// <param name="detail">What happened to the lock, as a sentence.</param>
    /// <param name="operation">What the runner was doing.</param>
    /// <param name="lastAppliedOrder">Where the database stands.</param>
    /// <param name="order">The migration that was running, if any.</param>
    /// <param name="migrationName">Its name.</param>
    public MigrationLockLostException(string detail, MigrationOperation operation, long? lastAppliedOrder, long? order = null, string? migrationName = null)
        : base($"The migration lock was lost: {detail} The current migration was rolled back; run again.", operation, lastAppliedOrder, order, migrationName)
    {
        _detail = detail;
    }

    private MigrationLockLostException(string detail, MigrationDescriptor migration, MigrationOperation operation, long? lastAppliedOrder, LedgerStatus? leftAs, Exception? innerException, string? changedRow = null)
        : base(
            $"The migration lock was lost: {detail} {Outcome(migration, leftAs, lastAppliedOrder, changedRow)}{(leftAs is null && changedRow is null ? " Run again." : "")}",
            operation, lastAppliedOrder, migration.Order, migration.Name, innerException)
    {
        _detail = detail;
        LeftAs = leftAs;
    }

    /// <summary>The same loss, told about the migration it interrupted: a lock cannot know which migration is running.</summary>
    internal MigrationLockLostException During(MigrationDescriptor migration, MigrationOperation operation, long? lastAppliedOrder, LedgerStatus? leftAs = null) =>
        new(_detail, migration, operation, lastAppliedOrder, leftAs, InnerException);

    /// <summary>
    /// A loss found by the runner (not the lock), told about the migration it interrupted. <paramref name="changedRow"/>:
    /// the migration ran outside a transaction and its ledger row was changed under the run; what it is now, as a clause.
    /// </summary>
    internal static MigrationLockLostException Interrupted(string detail, MigrationDescriptor migration, MigrationOperation operation, long? lastAppliedOrder, LedgerStatus? leftAs, Exception? innerException, string? changedRow = null) =>
        new(detail, migration, operation, lastAppliedOrder, leftAs, innerException, changedRow);
}

/// <summary>The ledger cannot be read or written as this version expects (for example, a newer version wrote it).</summary>
public sealed class MigrationLedgerException : MigrationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the ledger (table, row and column) and what to do.</param>
    /// <param name="innerException">The provider's error, if any.</param>
    public MigrationLedgerException(string message, Exception? innerException = null)
        : this(message, MigrationOperation.Verify, null, null, innerException)
    {
    }

    private MigrationLedgerException(string message, MigrationOperation operation, long? lastAppliedOrder, long? order, Exception? innerException)
        : base(message, operation, lastAppliedOrder, order, innerException: innerException)
    {
    }

    /// <summary>Creates the exception about one ledger row.</summary>
    /// <param name="message">What is wrong with the row and what to do.</param>
    /// <param name="order">The row's migration order.</param>
    /// <param name="innerException">The provider's error, if any.</param>
    public MigrationLedgerException(string message, long order, Exception? innerException = null)
        : this(message, MigrationOperation.Verify, null, order, innerException)
    {
    }

    /// <summary>The same problem, told what the runner was doing.</summary>
    internal MigrationLedgerException For(MigrationOperation operation) => new(Message, operation, LastAppliedOrder, Order, InnerException);
}

/// <summary>
/// The run passed <see cref="MigrationLockOptions.OverallDeadline"/> (waiting for the lock included): the running
/// migration was cancelled and rolled back (or, outside a transaction, left as <see cref="MigrationException.LeftAs"/> says), and the lock released.
/// </summary>
public sealed class MigrationDeadlineExceededException : MigrationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="deadline">The deadline that passed.</param>
    /// <param name="migration">The migration that was running, if any.</param>
    /// <param name="operation">What the runner was doing.</param>
    /// <param name="lastAppliedOrder">Where the database stands.</param>
    /// <param name="innerException">The cancellation or the provider's error.</param>
    /// <param name="leftAs">For a migration outside a transaction, the status its ledger row was left with.</param>
    public MigrationDeadlineExceededException(TimeSpan deadline, MigrationDescriptor? migration, MigrationOperation operation, long? lastAppliedOrder, Exception? innerException, LedgerStatus? leftAs = null)
        : base(
            $"The migration run passed its deadline of {Number(deadline.TotalSeconds, "0.#")} s{(migration is null ? " before it could start migrating" : $" during migration {migration.Order} '{migration.Name}'")}. " +
            Outcome(migration, leftAs, lastAppliedOrder) + " Run again with a longer MigrationLockOptions.OverallDeadline.",
            operation, lastAppliedOrder, migration?.Order, migration?.Name, innerException)
    {
        LeftAs = leftAs;
    }
}

/// <summary>
/// The run was cancelled (its token, Ctrl+C or SIGTERM): the running migration was rolled back (or, outside a
/// transaction, left as <see cref="MigrationException.LeftAs"/> says), and the lock released.
/// </summary>
public sealed class MigrationCanceledException : MigrationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="migration">The migration that was running, if any.</param>
    /// <param name="operation">What the runner was doing.</param>
    /// <param name="lastAppliedOrder">Where the database stands.</param>
    /// <param name="innerException">The cancellation.</param>
    /// <param name="leftAs">For a migration outside a transaction, the status its ledger row was left with.</param>
    public MigrationCanceledException(MigrationDescriptor? migration, MigrationOperation operation, long? lastAppliedOrder, Exception? innerException, LedgerStatus? leftAs = null)
        : base(
            $"The migration run was cancelled{(migration is null ? " before it applied anything" : $" during migration {migration.Order} '{migration.Name}'")}. " + Outcome(migration, leftAs, lastAppliedOrder),
            operation, lastAppliedOrder, migration?.Order, migration?.Name, innerException)
    {
        LeftAs = leftAs;
    }
}

/// <summary>
/// The database itself failed: the connection broke, the server stopped, the disk is full, the file cannot be
/// opened. Not the migration's fault; fix the database and run again.
/// </summary>
public sealed class MigrationDatabaseException : MigrationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="database">The database, as the store names it (server and database, or file; never a password).</param>
    /// <param name="migration">The migration that was running, if any.</param>
    /// <param name="operation">What the runner was doing.</param>
    /// <param name="lastAppliedOrder">Where the database stands, as far as known.</param>
    /// <param name="innerException">The provider's error.</param>
    /// <param name="leftAs">For a migration outside a transaction, the status its ledger row was left with.</param>
    /// <param name="whileCommitting">The failure came while committing, so the migration may or may not be recorded.</param>
    public MigrationDatabaseException(string database, MigrationDescriptor? migration, MigrationOperation operation, long? lastAppliedOrder, Exception innerException, LedgerStatus? leftAs = null, bool whileCommitting = false)
        : base(
            $"The database {database} failed{(migration is null ? "" : $" during migration {migration.Order} '{migration.Name}'")}: {innerException?.Message} " +
            (whileCommitting && migration is not null
                ? $"The failure came while committing, so migration {migration.Order} may or may not be recorded: run 'status' once the database is back."
                : Outcome(migration, leftAs, lastAppliedOrder)) +
            " The migration is not at fault: check that the server is running and reachable (or that the file and its disk are writable), then run again.",
            operation, lastAppliedOrder, migration?.Order, migration?.Name, innerException)
    {
        Database = database;
        LeftAs = leftAs;
    }

    /// <summary>The database, as the store names it.</summary>
    public string Database { get; }
}

/// <summary>A repair could not be carried out; nothing was changed.</summary>
public sealed class MigrationRepairException : MigrationException
{
    /// <summary>Creates the exception.</summary>
    public MigrationRepairException(string message, long order, long? lastAppliedOrder)
        : base(message, MigrationOperation.Repair, lastAppliedOrder, order)
    {
    }
}

/// <summary>A script was asked for migrations that are not plain SQL.</summary>
public sealed class MigrationScriptException : MigrationException
{
    /// <summary>Creates the exception.</summary>
    public MigrationScriptException(MigrationDescriptor migration, long? lastAppliedOrder)
        : base(
            $"Migration {migration.Order} '{migration.Name}' is a C# migration ({migration.TypeName}), so it cannot be written as a SQL script. " +
            $"Script up to the migration before it ('script --to {migration.Order - 1}'), or apply it with the app ('up --to {migration.Order}') and script the rest.",
            MigrationOperation.Up, lastAppliedOrder, migration.Order, migration.Name)
    {
    }
}
