using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using GeneratedMigrations.Generators.Helpers;
using GeneratedMigrations.Generators.Models;

namespace GeneratedMigrations.Generators
{
    public sealed partial class MigrationGenerator
    {
        /// <summary>Checks the migrations against each other and sorts them into the catalogue.</summary>
        internal static class CatalogBuilder
        {
            public static CatalogResult Build(ImmutableArray<MigrationInfo> migrations)
            {
                // At 10,000 migrations this runs after every edit: one sort, then passes over arrays and pre-sized tables,
                // with no grouping and no hashing of whole models.
                var sorted = Sorted(migrations);
                var count = sorted.Length;

                var diagnostics = new List<DiagnosticInfo>();
                var invalid = new bool[count];
                for (var i = 0; i < count; i++)
                {
                    var migration = sorted[i];
                    // A class the catalogue cannot create is left out silently here: the analyzer reports GM0003 at it.
                    if (!migration.CanBeCreated) invalid[i] = true;
                    if (migration.Problems.Count == 0) continue;
                    diagnostics.AddRange(migration.Problems);
                    invalid[i] = true;
                }

                // Duplicate orders sit next to each other in the sorted list.
                for (var first = 0; first < count;)
                {
                    var order = sorted[first].Order;
                    var end = first + 1;
                    while (end < count && sorted[end].Order == order) end++;
                    if (order > 0 && end - first > 1)
                    {
                        var group = new ArraySegment<MigrationInfo>(sorted, first, end - first);
                        for (var i = first; i < end; i++)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateOrder, sorted[i].Location,
                                order.ToString(System.Globalization.CultureInfo.InvariantCulture), sorted[i].DisplayTypeName, Others(group, sorted[i])));
                            invalid[i] = true;
                        }
                    }
                    first = end;
                }

                // Duplicate names: counted first; only when a name repeats are the groups gathered, in sorted order.
                var validName = new bool[count];
                var nameCounts = new Dictionary<string, int>(count, System.StringComparer.Ordinal);
                var anyDuplicateName = false;
                for (var i = 0; i < count; i++)
                {
                    if (Parser.NameProblem(sorted[i].Name) is not null) continue;
                    validName[i] = true;
                    nameCounts.TryGetValue(sorted[i].Name, out var seen);
                    nameCounts[sorted[i].Name] = seen + 1;
                    anyDuplicateName |= seen > 0;
                }
                if (anyDuplicateName)
                {
                    // Group by group in the order of their first member, each in sorted order, as a grouping by name lists them.
                    var groups = new Dictionary<string, List<int>>(System.StringComparer.Ordinal);
                    var inOrder = new List<List<int>>();
                    for (var i = 0; i < count; i++)
                    {
                        if (!validName[i] || nameCounts[sorted[i].Name] < 2) continue;
                        if (!groups.TryGetValue(sorted[i].Name, out var indexes))
                        {
                            groups[sorted[i].Name] = indexes = new List<int>();
                            inOrder.Add(indexes);
                        }
                        indexes.Add(i);
                    }
                    foreach (var indexes in inOrder)
                    {
                        var group = indexes.Select(i => sorted[i]).ToList();
                        foreach (var i in indexes)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateName, sorted[i].Location,
                                sorted[i].Name, sorted[i].DisplayTypeName, Others(group, sorted[i])));
                            invalid[i] = true;
                        }
                    }
                }

                for (var i = 0; i < count; i++)
                {
                    var migration = sorted[i];
                    if (migration.BaselineThrough == 0) continue;
                    var problem = migration.BaselineThrough < 0
                        ? $"replaces orders through {migration.BaselineThrough}, which is not an order; name the last migration it replaces, an order greater than zero"
                        : migration.BaselineThrough >= migration.Order
                        ? $"replaces orders through {migration.BaselineThrough}, which is not below its own order {migration.Order}; a baseline must come after the migrations it replaces"
                        : !sorted.Any(m => m.Order == migration.BaselineThrough)
                            ? $"replaces orders through {migration.BaselineThrough}, but no migration has order {migration.BaselineThrough}; name the last migration it replaces"
                            : null;
                    var twin = sorted.FirstOrDefault(m => !ReferenceEquals(m, migration) && m.BaselineThrough == migration.BaselineThrough);
                    if (problem is null && twin is not null) problem = $"replaces orders through {migration.BaselineThrough}, as {twin.Describe()} does; keep one baseline per order";
                    if (problem is null) continue;
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidBaseline, migration.Location, migration.DisplayTypeName, problem));
                    invalid[i] = true;
                }

                // Only valid migrations are emitted, so the build shows our errors and not follow-on compiler errors.
                var entries = ImmutableArray.CreateBuilder<CatalogEntry>(count);
                for (var i = 0; i < count; i++)
                {
                    if (invalid[i]) continue;
                    var m = sorted[i];
                    entries.Add(new CatalogEntry(m.Order, m.Name, m.Checksum, m.IsReversible, m.AllowOutOfOrder, m.TypeName, m.Transactional, m.Disabled, m.BaselineThrough, m.UpSql, m.DownSql, m.BackwardCompatible));
                }
                return new CatalogResult(
                    new EquatableArray<CatalogEntry>(entries.Count == count ? entries.MoveToImmutable() : entries.ToImmutable()),
                    Suppressions.Apply(diagnostics, sorted).ToEquatableArray());
            }

            /// <summary>
            /// Ordinal, total order, so the output is byte-stable whatever order the files were parsed in; ties (the same
            /// order, name and type twice) keep their input order, as a stable sort does.
            /// </summary>
            internal static MigrationInfo[] Sorted(ImmutableArray<MigrationInfo> migrations) => StableSort(migrations, byType: true);

            /// <summary>By order, then name (ordinal), keeping the input order of ties: the order the lock rules judge in.</summary>
            internal static List<MigrationInfo> SortedByOrderAndName(ImmutableArray<MigrationInfo> migrations) =>
                new List<MigrationInfo>(StableSort(migrations, byType: false));

            // Array.Sort on indexes with the index as the last key: a stable sort without LINQ's key arrays and closures per level.
            private static MigrationInfo[] StableSort(ImmutableArray<MigrationInfo> migrations, bool byType)
            {
                var keys = new int[migrations.Length];
                for (var i = 0; i < keys.Length; i++) keys[i] = i;
                System.Array.Sort(keys, (x, y) =>
                {
                    var left = migrations[x];
                    var right = migrations[y];
                    var byOrder = left.Order.CompareTo(right.Order);
                    if (byOrder != 0) return byOrder;
                    var byName = string.CompareOrdinal(left.Name, right.Name);
                    if (byName != 0) return byName;
                    var byTypeName = byType ? string.CompareOrdinal(left.DisplayTypeName, right.DisplayTypeName) : 0;
                    return byTypeName != 0 ? byTypeName : x.CompareTo(y);
                });
                var sorted = new MigrationInfo[keys.Length];
                for (var i = 0; i < sorted.Length; i++) sorted[i] = migrations[keys[i]];
                return sorted;
            }

            private static string Others(IEnumerable<MigrationInfo> group, MigrationInfo self) =>
                string.Join(" and ", group.Where(m => !ReferenceEquals(m, self)).Select(m => m.Describe()));
        }
    }
}
