using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using GeneratedMigrations.Generators.Helpers;
using GeneratedMigrations.Generators.Models;
using Microsoft.CodeAnalysis;

namespace GeneratedMigrations.Generators
{
    /// <summary>
    /// Judges the migrations of the compilation against migrations.lock: the released history that must
    /// not change. Pure: same inputs, same diagnostics and the same updated lock text.
    /// </summary>
    internal static class LockRules
    {
        public const string LockLineProperty = "LockLine";
        public const string LockPathProperty = "LockPath";
        private const string UpdateCommand = "dotnet build -p:UpdateMigrationsLock=true";
        private const string AcceptCommand = "dotnet build -p:UpdateMigrationsLock=true -p:AcceptMigrationsLockChanges=true";

        public static LockRulesResult Evaluate(ImmutableArray<MigrationInfo> all, LockFileInfo? lockFile, LockSettings settings)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var lockName = System.IO.Path.GetFileName(lockFile?.Path ?? settings.LockPath);
            if (lockName.Length == 0) lockName = LockFile.DefaultFileName;
            if (lockFile is not null) diagnostics.AddRange(lockFile.Errors);

            // At 10,000 migrations this runs after every edit: pre-sized tables and one pass each, no grouping.
            var locked = lockFile?.Entries.AsImmutableArray() ?? ImmutableArray<LockEntry>.Empty;
            var lockedByOrder = new Dictionary<long, LockEntry>(locked.Length);
            var lockedByName = new Dictionary<string, LockEntry>(locked.Length, System.StringComparer.Ordinal);
            long? highestLocked = null;
            foreach (var entry in locked)
            {
                lockedByOrder.Add(entry.Order, entry);
                lockedByName.Add(entry.Name, entry);
                if (highestLocked is not { } highestSoFar || entry.Order > highestSoFar) highestLocked = entry.Order;
            }

            // Migrations with their own errors (bad order or name) are judged once those are fixed.
            var judged = ImmutableArray.CreateBuilder<MigrationInfo>(all.Length);
            foreach (var migration in all)
            {
                if (migration.Order > 0 && MigrationGenerator.Parser.NameProblem(migration.Name) is null) judged.Add(migration);
            }
            var migrations = MigrationGenerator.CatalogBuilder.SortedByOrderAndName(judged.ToImmutable());
            var malformedOrders = new HashSet<long>(lockFile?.MalformedOrders.AsImmutableArray() ?? ImmutableArray<long>.Empty);
            var malformedNames = new HashSet<string>(lockFile?.MalformedNames.AsImmutableArray() ?? ImmutableArray<string>.Empty, System.StringComparer.Ordinal);
            // How many migrations have each order and each name: a migration sharing its order or name with another is
            // already a duplicate (GM0001/GM0002), and judging it against the lock too would add a second, misleading error
            // (a new migration at a locked order is not a rename).
            var orderCounts = new Dictionary<long, int>(migrations.Count);
            var nameCounts = new Dictionary<string, int>(migrations.Count, System.StringComparer.Ordinal);
            foreach (var migration in migrations)
            {
                orderCounts.TryGetValue(migration.Order, out var sameOrder);
                orderCounts[migration.Order] = sameOrder + 1;
                nameCounts.TryGetValue(migration.Name, out var sameName);
                nameCounts[migration.Name] = sameName + 1;
            }

            var unlocked = new List<MigrationInfo>();
            // The accept switch alone must not turn the guard off: it counts only while the lock is being written,
            // and never in locked mode, where a CI build must fail on any difference from the committed lock.
            var accepting = settings.AcceptChanges && settings.Update && !settings.LockedMode;
            var refused = 0;
            // A change to a locked entry: refused, or in accept mode reported as accepted.
            void Violation(LocationInfo? location, string change, DiagnosticInfo refusal)
            {
                if (accepting)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LockChangeAccepted, location, lockName, change));
                    return;
                }
                diagnostics.Add(refusal);
                refused++;
            }

            foreach (var migration in migrations)
            {
                if (orderCounts[migration.Order] > 1 || nameCounts[migration.Name] > 1) continue;
                if (lockedByOrder.TryGetValue(migration.Order, out var entry) && entry.Name == migration.Name && entry.Checksum == migration.Checksum) continue;
                var order = Text(migration.Order);
                if (entry is not null && entry.Name == migration.Name)
                {
                    Violation(migration.Location, $"migration {order} '{migration.Name}' checksum {entry.Checksum} -> {migration.Checksum}",
                        DiagnosticInfo.Create(DiagnosticDescriptors.LockedMigrationEdited, migration.Location,
                            order, migration.Name, entry.Checksum, lockName, migration.Checksum, AcceptCommand)
                        with { Severity = settings.EditsAreWarnings ? DiagnosticSeverity.Warning : null });
                }
                else if (lockedByName.TryGetValue(migration.Name, out var sameName))
                {
                    Violation(migration.Location, $"migration '{migration.Name}' order {Text(sameName.Order)} -> {order}",
                        DiagnosticInfo.Create(DiagnosticDescriptors.LockedMigrationReordered, migration.Location,
                            migration.Name, migration.DisplayTypeName, Text(sameName.Order), lockName, order, AcceptCommand));
                }
                else if (entry is not null)
                {
                    Violation(migration.Location, $"migration {order} name '{entry.Name}' -> '{migration.Name}'",
                        DiagnosticInfo.Create(DiagnosticDescriptors.LockedMigrationRenamed, migration.Location,
                            order, entry.Name, lockName, migration.Name, migration.DisplayTypeName, AcceptCommand));
                }
                else if (malformedOrders.Contains(migration.Order) || malformedNames.Contains(migration.Name))
                {
                    // Its lock line is malformed (GM0106): judged once that line is fixed, not reported as new meanwhile.
                }
                else if (highestLocked is { } highest && migration.Order < highest && !migration.AllowOutOfOrder)
                {
                    // Not also "not yet locked": that diagnostic's code fix would lock it and so silence this error without the opt-in.
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MigrationInsertedBelowLocked, migration.Location,
                        order, migration.Name, Text(highest), lockName));
                }
                else
                {
                    unlocked.Add(migration);
                }
            }

            // A baseline may only replace released history: what it replaces must be locked.
            if (lockFile is not null)
            {
                // Only baselines through a real, lower order: the catalogue check (GM0007) already reports the others.
                foreach (var baseline in migrations.Where(m => m.BaselineThrough > 0 && m.BaselineThrough < m.Order
                    && orderCounts.ContainsKey(m.BaselineThrough) && !lockedByOrder.ContainsKey(m.BaselineThrough)))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidBaseline, baseline.Location, baseline.DisplayTypeName,
                        $"replaces orders through {Text(baseline.BaselineThrough)}, which is not locked in {lockName}; a baseline may only replace released (locked) migrations"));
                }
            }

            foreach (var entry in locked)
            {
                if (orderCounts.ContainsKey(entry.Order) || nameCounts.ContainsKey(entry.Name)) continue;
                Violation(entry.Location, $"migration {Text(entry.Order)} '{entry.Name}' removed",
                    DiagnosticInfo.Create(DiagnosticDescriptors.LockedMigrationRemoved, entry.Location,
                        Text(entry.Order), entry.Name, lockName, Text(entry.LineNumber), AcceptCommand));
            }

            // Say why the switch the user gave did not accept the changes just refused.
            if (settings.AcceptChanges && !accepting && refused > 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LockChangesNotAccepted, null,
                    settings.LockedMode
                        ? "this build is in locked mode (ContinuousIntegrationBuild or MigrationsLockedMode), which never rewrites " + lockName + "; accept the changes locally with '" + AcceptCommand + "' and commit " + lockName
                        : "it takes effect only together with UpdateMigrationsLock=true; run '" + AcceptCommand + "' and commit " + lockName));
            }

            // A project without a lock file has not adopted it: say nothing, unless CI demands one (locked mode).
            var reportUnlocked = lockFile is not null || settings.LockedMode;
            foreach (var migration in reportUnlocked ? unlocked : [])
            {
                var line = LockLine(migration);
                var properties = new[] { new DiagnosticProperty(LockLineProperty, line), new DiagnosticProperty(LockPathProperty, lockFile?.Path ?? settings.LockPath) }.ToEquatableArray();
                var descriptor = settings.LockedMode && !settings.Update ? DiagnosticDescriptors.LockNotUpToDate : DiagnosticDescriptors.MigrationNotYetLocked;
                diagnostics.Add(DiagnosticInfo.Create(descriptor, migration.Location, Text(migration.Order), migration.Name, lockName, UpdateCommand)
                    with { Properties = properties });
            }

            string? updated = null;
            var lockIsValid = lockFile is null || lockFile.Errors.Count == 0;
            if (settings.Update && lockIsValid)
            {
                if (lockFile is null || lockFile.Text.Length == 0)
                {
                    // A new lock is written from scratch.
                    updated = LockFile.Format((accepting ? migrations : unlocked).OrderBy(m => m.Order).Select(LockLine));
                }
                else
                {
                    // Every comment and blank line is kept byte for byte; accepting also rewrites the locked entries from the code.
                    var written = new HashSet<long>();
                    updated = accepting ? RewriteEntries(lockFile, migrations, written) : lockFile.Text;
                    foreach (var migration in accepting ? migrations.Where(m => !written.Contains(m.Order)) : unlocked)
                    {
                        updated = LockFile.Insert(updated, LockLine(migration), migration.Order);
                    }
                    // The proposal is emitted as a raw string whose closing quotes need a line of their own.
                    if (!updated.EndsWith("\n", System.StringComparison.Ordinal)) updated += "\n";
                }
            }

            return new LockRulesResult(Suppressions.Apply(diagnostics, migrations).ToEquatableArray(), updated);
        }

        /// <summary>
        /// The lock's text with each entry line replaced, in place, by the code's line for the same order (an edit or a
        /// rename), or dropped when no migration has that order any more (a removal, or a move the caller inserts anew).
        /// </summary>
        /// <param name="written">Receives the orders whose lines are in the result.</param>
        private static string RewriteEntries(LockFileInfo lockFile, List<MigrationInfo> migrations, HashSet<long> written)
        {
            var codeByOrder = migrations.GroupBy(m => m.Order).ToDictionary(g => g.Key, g => g.First());
            var entriesByLine = lockFile.Entries.ToDictionary(e => e.LineNumber);
            var lines = new List<string>();
            var textLines = lockFile.Text.Split('\n');
            for (var i = 0; i < textLines.Length; i++)
            {
                if (!entriesByLine.TryGetValue(i + 1, out var entry))
                {
                    lines.Add(textLines[i]);
                }
                else if (codeByOrder.TryGetValue(entry.Order, out var migration) && written.Add(entry.Order))
                {
                    lines.Add(LockLine(migration));
                }
            }
            return string.Join("\n", lines);
        }

        private static string LockLine(MigrationInfo migration) => LockFile.FormatLine(migration.Order, migration.Checksum, migration.Name);

        private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
