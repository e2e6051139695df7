using System.Text;

namespace GeneratedMigrations;

/// <summary>The direction a migration runs in.</summary>
public enum MigrationOperation
{
    /// <summary>Applying migrations.</summary>
    Up,

    /// <summary>Reverting migrations.</summary>
    Down,

    /// <summary>Checking the database without changing it.</summary>
    Verify,

    /// <summary>Repairing a ledger row by hand.</summary>
    Repair,
}

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

/// <summary>A migration threw. Its transaction was rolled back; earlier migrations of the run stay applied.</summary>
public sealed class MigrationFailedException : MigrationException
{
    /// <summary>Creates the exception.</summary>
    public MigrationFailedException(MigrationDescriptor migration, MigrationOperation operation, long? lastAppliedOrder, TimeSpan elapsed, Exception innerException)
        : base(
            $"Migration {migration.Order} '{migration.Name}' failed {(operation == MigrationOperation.Down ? "to revert" : "to apply")} after {Number(elapsed.TotalMilliseconds, "0")} ms" +
            (migration.RunsInTransaction
                ? $" and was rolled back: {innerException.Message} The database is at {(lastAppliedOrder is { } last ? "migration " + last : "no migration")}. Fix the migration and run again."
                : $": {innerException.Message} It runs outside a transaction, so it may be partly applied, and is marked FAILED. Check the database, then run 'repair {migration.Order} --completed' or 'repair {migration.Order} --forget'."),
            operation, lastAppliedOrder, migration.Order, migration.Name, innerException)
    {
        Elapsed = elapsed;
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

/// <summary>The runner lost its lock while it held it (for example, its lease was taken over); the current migration was rolled back.</summary>
public sealed class MigrationLockLostException : MigrationException
{
    private readonly string _detail;

    /// <summary>Creates the exception.</summary>
    public MigrationLockLostException(string detail, MigrationOperation operation, long? lastAppliedOrder, long? order = null, string? migrationName = null)
        : base($"The migration lock was lost: {detail} The current migration was rolled back; run again.", operation, lastAppliedOrder, order, migrationName)
    {
        _detail = detail;
    }

    /// <summary>The same loss, told about the migration it interrupted: a lock cannot know which migration is running.</summary>
    internal MigrationLockLostException During(MigrationDescriptor migration, MigrationOperation operation, long? lastAppliedOrder) =>
        new(_detail, operation, lastAppliedOrder, migration.Order, migration.Name);
}

/// <summary>The ledger cannot be read or written as this version expects (for example, a newer version wrote it).</summary>
public sealed class MigrationLedgerException : MigrationException
{
    /// <summary>Creates the exception.</summary>
    public MigrationLedgerException(string message, Exception? innerException = null)
        : base(message, MigrationOperation.Verify, null, innerException: innerException)
    {
    }
}

/// <summary>The run passed <see cref="MigrationLockOptions.OverallDeadline"/>; the running migration was rolled back.</summary>
public sealed class MigrationDeadlineExceededException : MigrationException
{
    /// <summary>Creates the exception.</summary>
    public MigrationDeadlineExceededException(TimeSpan deadline, MigrationDescriptor? migration, MigrationOperation operation, long? lastAppliedOrder, Exception? innerException)
        : base(
            $"The migration run passed its deadline of {Number(deadline.TotalSeconds, "0.#")} s{(migration is null ? "" : $" during migration {migration.Order} '{migration.Name}', which was rolled back")}. " +
            $"The database is at {(lastAppliedOrder is { } last ? "migration " + last : "no migration")}. Run again with a longer MigrationLockOptions.OverallDeadline.",
            operation, lastAppliedOrder, migration?.Order, migration?.Name, innerException)
    {
    }
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
