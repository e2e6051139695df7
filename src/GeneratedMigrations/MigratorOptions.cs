using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GeneratedMigrations;

/// <summary>Settings of a <see cref="Migrator"/>.</summary>
public sealed class MigratorOptions
{
    /// <summary>
    /// Apply pending migrations ordered below the last applied one instead of refusing. Off by default:
    /// such a migration usually comes from a merge and was never run where its successors were.
    /// </summary>
    public bool AllowOutOfOrder { get; set; }

    /// <summary>How the cross-process lock is waited for and kept.</summary>
    public MigrationLockOptions Lock { get; set; } = new();

    /// <summary>Where the runner logs; see the README for the event ids. Default: nowhere.</summary>
    public ILogger Logger { get; set; } = NullLogger.Instance;

    /// <summary>
    /// Recorded in the ledger as who applied each migration. Default: the host name, then the
    /// catalogue's assembly name and version.
    /// </summary>
    public string? AppliedBy { get; set; }

    /// <summary>Called after each migration commits, for progress output.</summary>
    public Action<AppliedMigration>? MigrationApplied { get; set; }

    /// <summary>
    /// Run the whole batch in one transaction instead of one transaction per migration: either every
    /// migration of the run is applied, or none. Refused for a batch holding a non-transactional migration.
    /// </summary>
    public bool SingleTransaction { get; set; }
}

/// <summary>What a repair does to a ledger row.</summary>
public enum RepairAction
{
    /// <summary>Record the migration as completed, with this build's name and checksum (its changes are all in place, or an edit is accepted).</summary>
    MarkCompleted,

    /// <summary>
    /// Forget the row, so the migration runs again (a failed idempotent migration). A SKIPPED row becomes PENDING
    /// instead: the migration runs at the next up, even below migrations applied since.
    /// </summary>
    Forget,
}

/// <summary>A migration this run applied, reverted, skipped or baselined.</summary>
/// <param name="Order">Its order.</param>
/// <param name="Name">Its name.</param>
/// <param name="Duration">How long it took, including its ledger write and commit.</param>
/// <param name="Kind">What was done.</param>
public sealed record AppliedMigration(long Order, string Name, TimeSpan Duration, PlanStepKind Kind = PlanStepKind.Apply);

/// <summary>What <see cref="Migrator.MigrateAsync(CancellationToken)"/> or <see cref="Migrator.RevertAsync"/> did.</summary>
/// <param name="Applied">The migrations applied, in order; empty when the database was up to date.</param>
/// <param name="Plan">The plan the run carried out, made under the lock when there was work.</param>
public sealed record MigrationRunResult(IReadOnlyList<AppliedMigration> Applied, MigrationPlan Plan)
{
    /// <summary>True when nothing needed to run.</summary>
    public bool WasUpToDate => Applied.Count == 0;

    /// <summary>The highest order the database has done after the run (after a down run, the one below the last reverted); <see langword="null"/> when none.</summary>
    public long? LastAppliedOrder { get; init; } = Plan.LastAppliedOrder;
}
