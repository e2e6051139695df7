using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using GeneratedMigrations.Generators.Helpers;
using GeneratedMigrations.Generators.Models;
using Microsoft.CodeAnalysis.Text;

namespace GeneratedMigrations.Generators
{
    /// <summary>One .sql AdditionalFile, parsed from its name and text.</summary>
    internal sealed record SqlFileInfo(string Path, long Order, string Name, bool IsDown, string Text, string? NameError);

    /// <summary>The .sql migrations of the compilation and what was wrong with their files.</summary>
    internal sealed record SqlMigrationsResult(EquatableArray<MigrationInfo> Migrations, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>
    /// .sql migrations: files named <c>NNNN_name.sql</c> (and optionally <c>NNNN_name.down.sql</c>). Leading
    /// comment lines may hold directives: <c>-- gm: no-transaction</c>, <c>-- gm: allow-out-of-order</c>,
    /// <c>-- gm: disabled</c>, <c>-- gm: baseline-through N</c>.
    /// </summary>
    internal static class SqlFiles
    {
        private static readonly Regex FileName = new(@"^(?<order>[0-9]+)_(?<name>.+?)(?<down>\.down)?\.sql$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        public static SqlFileInfo Parse(string path, SourceText? source)
        {
            var fileName = System.IO.Path.GetFileName(path);
            // The checksum and the embedded text: LF line endings, no BOM, the same on every OS.
            var text = (source?.ToString() ?? "").TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n');
            var match = FileName.Match(fileName);
            if (!match.Success)
            {
                return new SqlFileInfo(path, 0, "", false, text, "its name must be <order>_<name>.sql or <order>_<name>.down.sql, such as 0001_create_books.sql");
            }
            if (!long.TryParse(match.Groups["order"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var order) || order <= 0)
            {
                return new SqlFileInfo(path, 0, "", false, text, "its order must be a whole number greater than zero, such as 0001");
            }
            var name = match.Groups["name"].Value;
            var nameError = MigrationGenerator.Parser.NameProblem(name);
            return new SqlFileInfo(path, order, name, match.Groups["down"].Success, text, nameError);
        }

        public static SqlMigrationsResult ToMigrations(ImmutableArray<SqlFileInfo> files)
        {
            var migrations = new List<MigrationInfo>();
            var diagnostics = new List<DiagnosticInfo>();
            var downs = new Dictionary<(long, string), SqlFileInfo>();
            foreach (var file in files.Where(f => f.NameError is null && f.IsDown).OrderBy(f => f.Path, System.StringComparer.Ordinal))
            {
                downs[(file.Order, file.Name)] = file;
            }

            foreach (var file in files.OrderBy(f => f.Path, System.StringComparer.Ordinal))
            {
                var location = new LocationInfo(file.Path, new TextSpan(0, 0), new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, 0)));
                var fileName = System.IO.Path.GetFileName(file.Path);
                if (file.NameError is { } error)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSqlFileName, location, fileName, error));
                    continue;
                }
                if (file.IsDown)
                {
                    if (!files.Any(f => f.NameError is null && !f.IsDown && f.Order == file.Order && f.Name == file.Name))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSqlFileName, location, fileName,
                            $"it has no matching up file; add {file.Order.ToString(CultureInfo.InvariantCulture)}_{file.Name}.sql or rename it"));
                    }
                    continue;
                }
                downs.TryGetValue((file.Order, file.Name), out var down);
                var directives = Directives(file.Text);
                long baseline = 0;
                if (directives.TryGetValue("baseline-through", out var through) && !long.TryParse(through, NumberStyles.None, CultureInfo.InvariantCulture, out baseline))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSqlFileName, location, fileName,
                        $"its directive 'baseline-through {through}' needs a whole number"));
                }
                migrations.Add(new MigrationInfo(
                    file.Order,
                    file.Name,
                    fileName,
                    fileName,
                    MigrationGenerator.Parser.Hash(file.Text),
                    down is not null,
                    directives.ContainsKey("allow-out-of-order"),
                    !directives.ContainsKey("no-transaction"),
                    directives.ContainsKey("disabled"),
                    baseline,
                    file.Text,
                    down?.Text,
                    location,
                    EquatableArray<DiagnosticInfo>.Empty));
            }
            return new SqlMigrationsResult(migrations.ToEquatableArray(), diagnostics.ToEquatableArray());
        }

        /// <summary>Reads <c>-- gm: key [value]</c> lines from the comment block at the top of the file.</summary>
        private static Dictionary<string, string> Directives(string text)
        {
            var directives = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
            foreach (var raw in text.Split('\n'))
            {
                var line = raw.Trim();
                if (line.Length == 0) continue;
                if (!line.StartsWith("--", System.StringComparison.Ordinal)) break;
                var body = line.Substring(2).Trim();
                if (!body.StartsWith("gm:", System.StringComparison.OrdinalIgnoreCase)) continue;
                var parts = body.Substring(3).Trim().Split(new[] { ' ' }, 2, System.StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length > 0) directives[parts[0]] = parts.Length > 1 ? parts[1].Trim() : "";
            }
            return directives;
        }
    }
}
