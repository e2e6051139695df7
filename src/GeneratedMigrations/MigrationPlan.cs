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
}

/// <summary>One disagreement between the catalogue and the ledger.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Order">The order of the migration concerned.</param>
/// <param name="Name">Its name (in this build where it exists, else in the ledger).</param>
/// <param name="Message">A sentence that says what is wrong and what to do.</param>
public sealed record PlanProblem(PlanProblemKind Kind, long Order, string Name, string Message);

/// <summary>The result of comparing a catalogue with a ledger: what is applied, what would run, and what is wrong.</summary>
public sealed class MigrationPlan
{
    internal MigrationPlan(
        IReadOnlyList<MigrationDescriptor> applied,
        IReadOnlyList<MigrationDescriptor> pending,
        IReadOnlyList<PlanProblem> problems,
        IReadOnlyList<LedgerEntry> ledger)
    {
        Applied = applied;
        Pending = pending;
        Problems = problems;
        Ledger = ledger;
    }

    /// <summary>Catalogue migrations the ledger records as completed, in order.</summary>
    public IReadOnlyList<MigrationDescriptor> Applied { get; }

    /// <summary>Catalogue migrations that would run, in the order they would run.</summary>
    public IReadOnlyList<MigrationDescriptor> Pending { get; }

    /// <summary>Every disagreement found; nothing runs while this is not empty.</summary>
    public IReadOnlyList<PlanProblem> Problems { get; }

    /// <summary>The ledger rows the plan was made from.</summary>
    public IReadOnlyList<LedgerEntry> Ledger { get; }

    /// <summary>The highest order the ledger records as completed, or <see langword="null"/> on an empty ledger.</summary>
    public long? LastAppliedOrder
    {
        get
        {
            long? last = null;
            foreach (var entry in Ledger)
            {
                if (entry.Status == LedgerStatus.Completed && (last is null || entry.Order > last)) last = entry.Order;
            }
            return last;
        }
    }

    /// <summary>True when nothing is pending and nothing is wrong.</summary>
    public bool IsUpToDate => Pending.Count == 0 && Problems.Count == 0;
}
