namespace GeneratedMigrations;

/// <summary>
/// Compares a catalogue with a ledger. Pure: no I/O, so every rule is tested without a database, and the
/// executor can run it twice (before and after taking the lock) at no cost.
/// </summary>
public static class MigrationPlanner
{
    /// <summary>Plans applying migrations, by default up to the latest.</summary>
    /// <param name="catalog">The migrations this build knows.</param>
    /// <param name="ledger">The rows of the database's ledger, in any order.</param>
    /// <param name="allowOutOfOrder">Run pending migrations ordered below the last applied one instead of refusing.</param>
    /// <param name="target">Where to stop; <see cref="MigrationTarget.Latest"/> when omitted.</param>
    /// <param name="singleTransaction">The plan will run in one transaction: refuse migrations that cannot.</param>
    public static MigrationPlan PlanUp(
        MigrationCatalog catalog, IReadOnlyList<LedgerEntry> ledger, bool allowOutOfOrder = false,
        MigrationTarget? target = null, bool singleTransaction = false)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(ledger);
        var goal = target ?? MigrationTarget.Latest;
        var state = Compare(catalog, ledger);
        var problems = state.Problems;

        var steps = new List<PlanStep>();
        var baseline = ledger.Count == 0
            ? state.Pending.Where(m => m.IsBaseline && !m.IsDisabled && Reaches(goal, m.Order)).MaxBy(m => m.BaselineThrough)
            : null;
        var work = 0;
        if (baseline is not null && (goal.Steps is not { } limit || limit > 0))
        {
            // The baseline builds the schema that every later migration expects: on an empty database it runs
            // first, before any pending migration above the orders it replaces, whatever their order.
            steps.Add(new PlanStep(baseline, PlanStepKind.Baseline, state.Pending.Where(m => m.Order <= baseline.BaselineThrough).ToArray()));
            work++;
        }
        foreach (var migration in state.Pending)
        {
            if (goal.Order is { } order && migration.Order > order) break;
            if (goal.Steps is { } count && work >= count) break;
            if (baseline is not null && (migration.Order <= baseline.BaselineThrough || ReferenceEquals(migration, baseline))) continue;
            if (migration.IsDisabled || migration.IsBaseline)
            {
                steps.Add(new PlanStep(migration, PlanStepKind.Skip, []));
            }
            else
            {
                steps.Add(new PlanStep(migration, PlanStepKind.Apply, []));
                work++;
            }
        }

        foreach (var migration in state.Pending)
        {
            if (migration.IsDisabled || migration.IsBaseline || allowOutOfOrder || migration.AllowOutOfOrder || state.Released.Contains(migration.Order)) continue;
            if (state.LastSettled is { } last && migration.Order < last)
            {
                problems.Add(new PlanProblem(PlanProblemKind.OutOfOrder, migration.Order, migration.Name,
                    $"Migration {migration.Order} '{migration.Name}' is pending but ordered below {last}, which is already applied. " +
                    $"Give it an order above {last}, or allow it explicitly (AllowOutOfOrder = true on its [Migration] attribute, or MigratorOptions.AllowOutOfOrder)."));
            }
        }
        if (singleTransaction) CheckTransactional(steps, problems);

        return new MigrationPlan(MigrationOperation.Up, goal, state.Applied, state.Pending, steps, problems, ledger, state.AheadCompatible);
    }

    /// <summary>Plans reverting migrations. Refuses, before anything runs, a plan that crosses an irreversible migration or a baseline.</summary>
    /// <param name="catalog">The migrations this build knows.</param>
    /// <param name="ledger">The rows of the database's ledger, in any order.</param>
    /// <param name="target"><see cref="MigrationTarget.OneStep"/>, a step count, or an order to go down to (0 = revert everything).</param>
    /// <param name="singleTransaction">The plan will run in one transaction: refuse migrations that cannot.</param>
    public static MigrationPlan PlanDown(MigrationCatalog catalog, IReadOnlyList<LedgerEntry> ledger, MigrationTarget target, bool singleTransaction = false)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(ledger);
        if (target.Order is null && target.Steps is null)
        {
            throw new ArgumentException("Going down needs a target: one step, a number of steps, or an order (0 reverts everything).", nameof(target));
        }
        var state = Compare(catalog, ledger);
        var problems = state.Problems;
        var steps = new List<PlanStep>();
        var hasBaselined = ledger.Any(e => e.Status == LedgerStatus.Baselined);
        var reverts = 0;
        foreach (var entry in ledger.Where(e => e.IsSettled).OrderByDescending(e => e.Order))
        {
            if (target.Order is { } order && entry.Order <= order) break;
            // Skip rows are removed on the way down but are not steps: "down one" reverts one real migration.
            if (target.Steps is { } count && reverts >= count) break;
            var migration = catalog.Find(entry.Order);
            if (migration is null) continue; // already a problem: the database is ahead of the code
            if (entry.Status == LedgerStatus.Skipped)
            {
                steps.Add(new PlanStep(migration, PlanStepKind.RemoveSkipped, []));
            }
            else if (entry.Status == LedgerStatus.Baselined || (migration.IsBaseline && hasBaselined))
            {
                problems.Add(new PlanProblem(PlanProblemKind.CrossesBaseline, migration.Order, migration.Name,
                    $"Migration {migration.Order} '{migration.Name}' {(entry.Status == LedgerStatus.Baselined ? "was replaced by a baseline" : "is the baseline that replaced earlier migrations")} on this database, " +
                    "so it cannot be reverted on its own. Choose a target above the baseline's order."));
                break;
            }
            else if (!migration.IsReversible)
            {
                problems.Add(new PlanProblem(PlanProblemKind.Irreversible, migration.Order, migration.Name,
                    $"Migration {migration.Order} '{migration.Name}' cannot be reverted (it has no down step), so nothing was reverted. " +
                    $"Choose a target at or above {migration.Order}, or give it a down step (IReversibleMigration or a .down.sql file)."));
                break;
            }
            else
            {
                steps.Add(new PlanStep(migration, PlanStepKind.Revert, []));
                reverts++;
            }
        }
        foreach (var entry in state.AheadCompatible)
        {
            // A newer build's migration may build on what this one would revert (an index on a column, say): only a
            // build that knows it can decide.
            problems.Add(new PlanProblem(PlanProblemKind.UnknownApplied, entry.Order, entry.Name,
                $"Migration {entry.Order} '{entry.Name}' is recorded in the database but is not in this build (a newer build applied it; it is backward compatible, " +
                "so this build may run against the database, but it cannot revert under it). Revert with a build that contains it."));
        }
        if (singleTransaction) CheckTransactional(steps, problems);
        return new MigrationPlan(MigrationOperation.Down, target, state.Applied, state.Pending, steps, problems, ledger, state.AheadCompatible);
    }

    private static bool Reaches(MigrationTarget target, long order) => target.Order is not { } limit || order <= limit;

    private static void CheckTransactional(List<PlanStep> steps, List<PlanProblem> problems)
    {
        foreach (var step in steps)
        {
            if (step.Migration.RunsInTransaction || step.Kind is PlanStepKind.Skip or PlanStepKind.RemoveSkipped) continue;
            problems.Add(new PlanProblem(PlanProblemKind.NotTransactional, step.Migration.Order, step.Migration.Name,
                $"Migration {step.Migration.Order} '{step.Migration.Name}' must run outside a transaction, so the batch cannot run in one transaction. " +
                "Run without MigratorOptions.SingleTransaction, or stop the batch before it."));
        }
    }

    // Released: pending migrations a repair released (PENDING rows), exempt from the out-of-order rule.
    // AheadCompatible: rows of backward-compatible migrations this build does not know (a newer build applied them).
    private sealed record LedgerComparison(
        List<MigrationDescriptor> Applied, List<MigrationDescriptor> Pending, List<PlanProblem> Problems, long? LastSettled, HashSet<long> Released,
        List<LedgerEntry> AheadCompatible);

    private static bool IsSortedByOrder(IReadOnlyList<LedgerEntry> ledger)
    {
        for (var i = 1; i < ledger.Count; i++)
        {
            if (ledger[i - 1].Order > ledger[i].Order) return false;
        }
        return true;
    }

    /// <summary>The checks every plan shares: does each ledger row match this build?</summary>
    private static LedgerComparison Compare(MigrationCatalog catalog, IReadOnlyList<LedgerEntry> ledger)
    {
        var problems = new List<PlanProblem>();
        var aheadCompatible = new List<LedgerEntry>();
        var recorded = new Dictionary<long, LedgerEntry>(ledger.Count);
        long? lastSettled = null;

        // Stores read the ledger in order; only a list from elsewhere is sorted here. The rows are then matched with the
        // (sorted) catalogue in one walk, not a search per row: a run plans on every start, at N = 1,000 too.
        var rows = IsSortedByOrder(ledger) ? ledger : ledger.OrderBy(e => e.Order).ToArray();
        var migrations = catalog.Migrations;
        var next = 0;
        for (var row = 0; row < rows.Count; row++)
        {
            var entry = rows[row];
            recorded[entry.Order] = entry;
            if (entry.IsSettled && (lastSettled is null || entry.Order > lastSettled)) lastSettled = entry.Order;

            while (next < migrations.Count && migrations[next].Order < entry.Order) next++;
            var migration = next < migrations.Count && migrations[next].Order == entry.Order ? migrations[next] : null;
            if (migration is null && entry.IsBackwardCompatible)
            {
                // A newer build's expand step: this build does not know it, and was promised that it need not.
                aheadCompatible.Add(entry);
                continue;
            }
            if (migration is null)
            {
                problems.Add(new PlanProblem(PlanProblemKind.UnknownApplied, entry.Order, entry.Name,
                    $"Migration {entry.Order} '{entry.Name}' is recorded in the database but is not in this build: the database is ahead of the code. " +
                    "Deploy a build that contains it, or restore the database that matches this build."));
                continue;
            }
            if (entry.Status == LedgerStatus.Pending) continue; // released by a repair: it is simply pending
            if (!entry.IsSettled)
            {
                problems.Add(new PlanProblem(PlanProblemKind.NeedsRepair, entry.Order, migration.Name,
                    $"Migration {entry.Order} '{migration.Name}' was left {LedgerStatusNames.ToText(entry.Status)} by an earlier run that did not finish (it runs outside a transaction, so it may be partly applied). " +
                    $"Check the database by hand, then run repair: 'repair {entry.Order} --completed' if its changes are all there, or 'repair {entry.Order} --forget' to run it again."));
                continue;
            }
            if (!string.Equals(entry.Name, migration.Name, StringComparison.Ordinal))
            {
                problems.Add(new PlanProblem(PlanProblemKind.NameChanged, entry.Order, migration.Name,
                    $"Migration {entry.Order} was applied as '{entry.Name}' but is named '{migration.Name}' in this build. " +
                    "Restore its original name; applied migrations must not be renamed or reordered."));
            }
            else if (entry.Status == LedgerStatus.Completed && !string.Equals(entry.Checksum, migration.Checksum, StringComparison.Ordinal))
            {
                problems.Add(new PlanProblem(PlanProblemKind.ChecksumChanged, entry.Order, migration.Name,
                    $"Migration {entry.Order} '{migration.Name}' was changed after it was applied (checksum {entry.Checksum} in the database, {migration.Checksum} in this build). " +
                    $"Revert the edit and put the change in a new migration; if the edit is deliberate and harmless, record it with 'repair {entry.Order} --completed'."));
            }
            else if (entry.Status == LedgerStatus.Skipped && !migration.IsDisabled && !migration.IsBaseline)
            {
                problems.Add(new PlanProblem(PlanProblemKind.SkippedButEnabled, entry.Order, migration.Name,
                    $"Migration {entry.Order} '{migration.Name}' was skipped on this database while it was disabled, and is enabled in this build. " +
                    $"To run it now, release it with 'repair {entry.Order} --forget' (it then runs at the next up, even below later migrations); to keep skipping it, disable it again."));
            }
        }

        var applied = new List<MigrationDescriptor>();
        var pending = new List<MigrationDescriptor>();
        var released = new HashSet<long>();
        foreach (var migration in catalog.Migrations)
        {
            if (!recorded.TryGetValue(migration.Order, out var entry)) pending.Add(migration);
            else if (entry.IsSettled) applied.Add(migration);
            else if (entry.Status == LedgerStatus.Pending)
            {
                pending.Add(migration);
                released.Add(migration.Order);
            }
        }
        return new LedgerComparison(applied, pending, problems, lastSettled, released, aheadCompatible);
    }
}
