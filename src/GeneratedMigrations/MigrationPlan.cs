using System.Text;

namespace GeneratedMigrations;

/// <summary>What the planner found wrong when it compared the catalogue with the ledger.</summary>
public enum PlanProblemKind
{
    /// <summary>An applied migration has a different name in this build.</summary>
    NameChanged,

    /// <summary>An applied migration's source changed since it was applied.</summary>
    ChecksumChanged,

    /// <summary>The ledger holds an order this build does not know: the database is ahead of the code.</summary>
    UnknownApplied,

    /// <summary>A pending migration is ordered below the last applied one.</summary>
    OutOfOrder,

    /// <summary>A migration was left STARTED or FAILED and needs a repair before anything else runs.</summary>
    NeedsRepair,

    /// <summary>A migration of this build has not been applied (reported by verification only).</summary>
    NotApplied,

    /// <summary>A migration the ledger records as skipped (disabled) is enabled in this build.</summary>
    SkippedButEnabled,

    /// <summary>A down plan would cross a migration that cannot be reverted.</summary>
    Irreversible,

    /// <summary>A down plan would cross migrations that a baseline replaced.</summary>
    CrossesBaseline,

    /// <summary>The plan cannot run in one batch transaction because a migration must run outside a transaction.</summary>
    NotTransactional,
}

/// <summary>One disagreement between the catalogue and the ledger.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Order">The order of the migration concerned.</param>
/// <param name="Name">Its name (in this build where it exists, else in the ledger).</param>
/// <param name="Message">A sentence that says what is wrong and what to do.</param>
public sealed record PlanProblem(PlanProblemKind Kind, long Order, string Name, string Message);

/// <summary>What a plan step does.</summary>
public enum PlanStepKind
{
    /// <summary>Run the migration's up step and record it COMPLETED.</summary>
    Apply,

    /// <summary>Record a disabled migration, or a baseline the database does not need, as SKIPPED without running it.</summary>
    Skip,

    /// <summary>Run a baseline migration on an empty database and record the orders it replaces as BASELINED.</summary>
    Baseline,

    /// <summary>Run the migration's down step and delete its ledger row.</summary>
    Revert,

    /// <summary>Delete the ledger row of a skipped migration (nothing to run).</summary>
    RemoveSkipped,
}

/// <summary>One thing a plan will do, in order.</summary>
/// <param name="Migration">The migration concerned.</param>
/// <param name="Kind">What happens to it.</param>
/// <param name="Replaces">For a baseline step, the migrations recorded as BASELINED; otherwise empty.</param>
public sealed record PlanStep(MigrationDescriptor Migration, PlanStepKind Kind, IReadOnlyList<MigrationDescriptor> Replaces)
{
    /// <summary>How people read it, e.g. <c>apply 3 seed_data</c>.</summary>
    public override string ToString() => Kind switch
    {
        PlanStepKind.Apply => $"apply   {Migration.Order} {Migration.Name}{(Migration.RunsInTransaction ? "" : " (outside a transaction)")}",
        PlanStepKind.Skip => $"skip    {Migration.Order} {Migration.Name} ({(Migration.IsBaseline ? "baseline not needed" : "disabled")})",
        PlanStepKind.Baseline => $"baseline {Migration.Order} {Migration.Name} (replaces {Replaces.Count} migration(s) through {Migration.BaselineThrough})",
        PlanStepKind.Revert => $"revert  {Migration.Order} {Migration.Name}",
        _ => $"forget  {Migration.Order} {Migration.Name} (skipped)",
    };
}

/// <summary>The result of comparing a catalogue with a ledger: what is applied, what would run, and what is wrong.</summary>
public sealed class MigrationPlan
{
    internal MigrationPlan(
        MigrationOperation operation,
        MigrationTarget target,
        IReadOnlyList<MigrationDescriptor> applied,
        IReadOnlyList<MigrationDescriptor> pending,
        IReadOnlyList<PlanStep> steps,
        IReadOnlyList<PlanProblem> problems,
        IReadOnlyList<LedgerEntry> ledger,
        IReadOnlyList<LedgerEntry> aheadCompatible)
    {
        AheadCompatible = aheadCompatible;
        Operation = operation;
        Target = target;
        Applied = applied;
        Pending = pending;
        Steps = steps;
        Problems = problems;
        Ledger = ledger;
    }

    /// <summary>Up or down.</summary>
    public MigrationOperation Operation { get; }

    /// <summary>Where the operation stops.</summary>
    public MigrationTarget Target { get; }

    /// <summary>Catalogue migrations the ledger records as done (completed, skipped or baselined), in order.</summary>
    public IReadOnlyList<MigrationDescriptor> Applied { get; }

    /// <summary>Catalogue migrations the ledger does not record yet, in order, whatever the target.</summary>
    public IReadOnlyList<MigrationDescriptor> Pending { get; }

    /// <summary>What this operation would do, in the order it would do it.</summary>
    public IReadOnlyList<PlanStep> Steps { get; }

    /// <summary>Every disagreement found; nothing runs while this is not empty.</summary>
    public IReadOnlyList<PlanProblem> Problems { get; }

    /// <summary>
    /// Ledger rows of migrations this build does not know but that were declared backward compatible (a newer build
    /// applied them during a rolling deploy), in order. They are not problems: this build runs against such a database.
    /// </summary>
    public IReadOnlyList<LedgerEntry> AheadCompatible { get; }

    /// <summary>The ledger rows the plan was made from.</summary>
    public IReadOnlyList<LedgerEntry> Ledger { get; }

    /// <summary>
    /// The highest order whose changes the ledger records as in the database (completed or baselined; a skipped
    /// migration changed nothing), or <see langword="null"/> when there is none.
    /// </summary>
    public long? LastAppliedOrder
    {
        get
        {
            long? last = null;
            foreach (var entry in Ledger)
            {
                if (entry.IsApplied && (last is null || entry.Order > last)) last = entry.Order;
            }
            return last;
        }
    }

    /// <summary>
    /// Whether the ledger holds a PENDING row for <paramref name="order"/> (a skip a repair released): applying it
    /// replaces that row instead of inserting a new one.
    /// </summary>
    internal bool IsReleased(long order) => (_released ??= ReleasedOrders(Ledger)).Contains(order);

    // The orders of the PENDING rows, collected on the first question: a run asks once per migration it records.
    private HashSet<long>? _released;

    private static HashSet<long> ReleasedOrders(IReadOnlyList<LedgerEntry> ledger)
    {
        var released = new HashSet<long>();
        foreach (var entry in ledger)
        {
            if (entry.Status == LedgerStatus.Pending) released.Add(entry.Order);
        }
        return released;
    }

    /// <summary>True when nothing is pending and nothing is wrong.</summary>
    public bool IsUpToDate => Pending.Count == 0 && Problems.Count == 0;

    /// <summary>The plan as text, for a dry run: what would run, or what is wrong.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(Operation == MigrationOperation.Down ? "Down" : "Up").Append(" to ").Append(Target).Append(": ");
        text.Append(Applied.Count).Append(" applied, ").Append(Pending.Count).Append(" pending, last applied ")
            .Append(LastAppliedOrder?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none");
        if (AheadCompatible.Count > 0) text.Append(", ").Append(AheadCompatible.Count).Append(" ahead, compatible");
        text.Append('.');
        if (Problems.Count > 0)
        {
            text.Append('\n').Append(Problems.Count).Append(" problem(s); nothing would run:");
            foreach (var problem in Problems) text.Append("\n  - ").Append(problem.Message);
            return text.ToString();
        }
        foreach (var entry in AheadCompatible)
        {
            text.Append("\n  ahead, compatible ").Append(entry.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(' ').Append(entry.Name)
                .Append(" (applied by ").Append(entry.AppliedBy).Append(')');
        }
        if (Steps.Count == 0) return text.Append(AheadCompatible.Count > 0 ? "\nNothing to do." : " Nothing to do.").ToString();
        foreach (var step in Steps) text.Append("\n  ").Append(step);
        return text.ToString();
    }
}
