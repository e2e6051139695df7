using System.Collections.Generic;
using System.Linq;
using GeneratedMigrations.Generators.Models;

namespace GeneratedMigrations.Generators
{
    /// <summary><c>[SuppressMessage]</c> on a migration class, applied to the diagnostics reported at that class.</summary>
    internal static class Suppressions
    {
        public static List<DiagnosticInfo> Apply(List<DiagnosticInfo> diagnostics, IEnumerable<MigrationInfo> migrations)
        {
            var suppressed = new HashSet<(LocationInfo, string)>();
            foreach (var migration in migrations)
            {
                if (migration.Location is null || migration.SuppressedIds.Count == 0) continue;
                foreach (var id in migration.SuppressedIds) suppressed.Add((migration.Location, id));
            }
            if (suppressed.Count == 0) return diagnostics;
            return diagnostics.Where(d => d.Location is null || !suppressed.Contains((d.Location, d.Descriptor.Id))).ToList();
        }
    }
}
