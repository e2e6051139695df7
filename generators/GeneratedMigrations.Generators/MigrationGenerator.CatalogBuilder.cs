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
                // Ordinal, total order, so the output is byte-stable whatever order the files were parsed in.
                var sorted = migrations
                    .OrderBy(m => m.Order)
                    .ThenBy(m => m.Name, System.StringComparer.Ordinal)
                    .ThenBy(m => m.DisplayTypeName, System.StringComparer.Ordinal)
                    .ToList();

                var diagnostics = new List<DiagnosticInfo>();
                // By reference: hashing whole records (names, checksums, locations) for each of 10,000 entries is measurable per edit.
                var invalid = new HashSet<MigrationInfo>(ByReference.Instance);
                foreach (var migration in sorted)
                {
                    // A class the catalogue cannot create is left out silently here: the analyzer reports GM0003 at it.
                    if (!migration.CanBeCreated) invalid.Add(migration);
                    if (migration.Problems.Count == 0) continue;
                    diagnostics.AddRange(migration.Problems);
                    invalid.Add(migration);
                }

                foreach (var group in sorted.Where(m => m.Order > 0).GroupBy(m => m.Order).Where(g => g.Count() > 1))
                {
                    foreach (var migration in group)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateOrder, migration.Location,
                            group.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), migration.DisplayTypeName, Others(group, migration)));
                        invalid.Add(migration);
                    }
                }

                foreach (var group in sorted.Where(m => Parser.NameProblem(m.Name) is null).GroupBy(m => m.Name, System.StringComparer.Ordinal).Where(g => g.Count() > 1))
                {
                    foreach (var migration in group)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateName, migration.Location,
                            group.Key, migration.DisplayTypeName, Others(group, migration)));
                        invalid.Add(migration);
                    }
                }

                foreach (var migration in sorted.Where(m => m.BaselineThrough != 0))
                {
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
                    invalid.Add(migration);
                }

                // Only valid migrations are emitted, so the build shows our errors and not follow-on compiler errors.
                var entries = sorted
                    .Where(m => !invalid.Contains(m))
                    .Select(m => new CatalogEntry(m.Order, m.Name, m.Checksum, m.IsReversible, m.AllowOutOfOrder, m.TypeName, m.Transactional, m.Disabled, m.BaselineThrough, m.UpSql, m.DownSql, m.BackwardCompatible))
                    .ToEquatableArray();
                return new CatalogResult(entries, Suppressions.Apply(diagnostics, sorted).ToEquatableArray());
            }

            private sealed class ByReference : IEqualityComparer<MigrationInfo>
            {
                public static readonly ByReference Instance = new();

                public bool Equals(MigrationInfo? x, MigrationInfo? y) => ReferenceEquals(x, y);

                public int GetHashCode(MigrationInfo obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
            }

            private static string Others(IEnumerable<MigrationInfo> group, MigrationInfo self) =>
                string.Join(" and ", group.Where(m => !ReferenceEquals(m, self)).Select(m => m.Describe()));
        }
    }
}
