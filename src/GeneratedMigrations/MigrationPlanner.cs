namespace GeneratedMigrations;

/// <summary>
/// Compares a catalogue with a ledger. Pure: no I/O, so every rule is tested without a database, and the
/// executor can run it twice (before and after taking the lock) at no cost.
/// </summary>
public static class MigrationPlanner
{
    /// <summary>Plans an upgrade to the latest migration of the catalogue.</summary>
    /// <param name="catalog">The migrations this build knows.</param>
    /// <param name="ledger">The rows of the database's ledger, in any order.</param>
    /// <param name="allowOutOfOrder">Run pending migrations ordered below the last applied one instead of refusing.</param>
    public static MigrationPlan PlanUp(MigrationCatalog catalog, IReadOnlyList<LedgerEntry> ledger, bool allowOutOfOrder = false)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(ledger);

        var problems = new List<PlanProblem>();
        var recorded = new Dictionary<long, LedgerEntry>(ledger.Count);
        long? lastApplied = null;

        foreach (var entry in ledger.OrderBy(e => e.Order))
        {
            recorded[entry.Order] = entry;
            if (entry.Status == LedgerStatus.Completed && (lastApplied is null || entry.Order > lastApplied)) lastApplied = entry.Order;

            var migration = catalog.Find(entry.Order);
            if (migration is null)
            {
                problems.Add(new PlanProblem(PlanProblemKind.UnknownApplied, entry.Order, entry.Name,
                    $"Migration {entry.Order} '{entry.Name}' is recorded in the database but is not in this build: the database is ahead of the code. " +
                    "Deploy a build that contains it, or restore the database that matches this build."));
                continue;
            }
            if (entry.Status != LedgerStatus.Completed)
            {
                problems.Add(new PlanProblem(PlanProblemKind.NeedsRepair, entry.Order, migration.Name,
                    $"Migration {entry.Order} '{migration.Name}' was left {LedgerStatusNames.ToText(entry.Status)} by an earlier run that did not finish. " +
                    "Check the database by hand, then run repair to mark it completed or to forget it so it runs again."));
                continue;
            }
            if (!string.Equals(entry.Name, migration.Name, StringComparison.Ordinal))
            {
                problems.Add(new PlanProblem(PlanProblemKind.NameChanged, entry.Order, migration.Name,
                    $"Migration {entry.Order} was applied as '{entry.Name}' but is named '{migration.Name}' in this build. " +
                    "Restore its original name; applied migrations must not be renamed or reordered."));
            }
            else if (!string.Equals(entry.Checksum, migration.Checksum, StringComparison.Ordinal))
            {
                problems.Add(new PlanProblem(PlanProblemKind.ChecksumChanged, entry.Order, migration.Name,
                    $"Migration {entry.Order} '{migration.Name}' was changed after it was applied (checksum {entry.Checksum} in the database, {migration.Checksum} in this build). " +
                    "Revert the edit and put the change in a new migration."));
            }
        }

        var applied = new List<MigrationDescriptor>();
        var pending = new List<MigrationDescriptor>();
        foreach (var migration in catalog.Migrations)
        {
            if (recorded.TryGetValue(migration.Order, out var entry))
            {
                if (entry.Status == LedgerStatus.Completed) applied.Add(migration);
                continue;
            }
            pending.Add(migration);
            if (!allowOutOfOrder && !migration.AllowOutOfOrder && lastApplied is { } last && migration.Order < last)
            {
                problems.Add(new PlanProblem(PlanProblemKind.OutOfOrder, migration.Order, migration.Name,
                    $"Migration {migration.Order} '{migration.Name}' is pending but ordered below {last}, which is already applied. " +
                    $"Give it an order above {last}, or allow it explicitly (AllowOutOfOrder = true on its [Migration] attribute, or MigratorOptions.AllowOutOfOrder)."));
            }
        }

        return new MigrationPlan(applied, pending, problems, ledger);
    }
}
