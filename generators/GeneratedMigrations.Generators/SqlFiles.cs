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
    /// <param name="Directives">What the <c>-- gm:</c> lines at its top ask for (up files only).</param>
    internal sealed record SqlFileInfo(string Path, long Order, string Name, bool IsDown, string Text, string? NameError, SqlDirectives Directives);

    /// <summary>The <c>-- gm:</c> directives of an up file, and an error for each line that is not a valid one.</summary>
    internal sealed record SqlDirectives(bool NoTransaction, bool AllowOutOfOrder, bool Disabled, long BaselineThrough, EquatableArray<DiagnosticInfo> Errors, bool BackwardCompatible = false)
    {
        public static readonly SqlDirectives None = new(false, false, false, 0, EquatableArray<DiagnosticInfo>.Empty);
    }

    /// <summary>The .sql migrations of the compilation and what was wrong with their files.</summary>
    internal sealed record SqlMigrationsResult(EquatableArray<MigrationInfo> Migrations, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>
    /// .sql migrations: files named <c>NNNN_name.sql</c> (and optionally <c>NNNN_name.down.sql</c>). Leading
    /// comment lines may hold directives: <c>-- gm: no-transaction</c>, <c>-- gm: allow-out-of-order</c>,
    /// <c>-- gm: disabled</c>, <c>-- gm: backward-compatible</c>, <c>-- gm: baseline-through N</c>.
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
                return new SqlFileInfo(path, 0, "", false, text, "its name must be <order>_<name>.sql or <order>_<name>.down.sql, such as 0001_create_books.sql", SqlDirectives.None);
            }
            if (!long.TryParse(match.Groups["order"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var order) || order <= 0)
            {
                return new SqlFileInfo(path, 0, "", false, text, "its order must be a whole number greater than zero, such as 0001", SqlDirectives.None);
            }
            var name = match.Groups["name"].Value;
            var nameError = MigrationGenerator.Parser.NameProblem(name);
            var isDown = match.Groups["down"].Success;
            var directives = source is null ? SqlDirectives.None : isDown ? ReadDownFileDirectives(path, source) : ReadDirectives(path, source);
            return new SqlFileInfo(path, order, name, isDown, text, nameError, directives);
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
                    diagnostics.AddRange(file.Directives.Errors);
                    if (!files.Any(f => f.NameError is null && !f.IsDown && f.Order == file.Order && f.Name == file.Name))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSqlFileName, location, fileName,
                            $"it has no matching up file; add {UpFileName(fileName)} or rename it"));
                    }
                    continue;
                }
                downs.TryGetValue((file.Order, file.Name), out var down);
                var directives = file.Directives;
                diagnostics.AddRange(directives.Errors);
                migrations.Add(new MigrationInfo(
                    file.Order,
                    file.Name,
                    fileName,
                    fileName,
                    MigrationGenerator.Parser.Hash(file.Text),
                    down is not null,
                    directives.AllowOutOfOrder,
                    !directives.NoTransaction,
                    directives.Disabled,
                    directives.BaselineThrough,
                    file.Text,
                    down?.Text,
                    location,
                    EquatableArray<DiagnosticInfo>.Empty,
                    BackwardCompatible: directives.BackwardCompatible));
            }
            return new SqlMigrationsResult(migrations.ToEquatableArray(), diagnostics.ToEquatableArray());
        }

        /// <summary>The up file's name for a down file's, as the user wrote it (<c>0006_x.down.sql</c> → <c>0006_x.sql</c>, padding kept).</summary>
        private static string UpFileName(string downFileName) =>
            downFileName.Substring(0, downFileName.Length - ".down.sql".Length) + downFileName.Substring(downFileName.Length - ".sql".Length);

        private const string KnownDirectives = "'-- gm: no-transaction', '-- gm: allow-out-of-order', '-- gm: disabled', '-- gm: backward-compatible' and '-- gm: baseline-through N'";

        /// <summary>
        /// Reads the <c>-- gm: directive</c> lines of the comment block at the top of the file. A line that starts
        /// with <c>-- gm:</c> but is not a valid directive is an error on that line: a misspelt
        /// <c>no-transactoin</c> silently ignored would run the migration with the settings it was meant to change.
        /// So is a <c>-- gm:</c> line below the first statement (or block comment), which is not read.
        /// </summary>
        private static bool IsLintAllowance(string body)
        {
            var rest = body.Substring(3).TrimStart();
            return rest.StartsWith("allow", System.StringComparison.OrdinalIgnoreCase)
                && (rest.Length == 5 || rest[5] == ' ' || rest[5] == '\t');
        }

        /// <summary>
        /// A down file takes no directives (its migration's settings are its up file's), so a <c>-- gm:</c> line there,
        /// which would otherwise be silently ignored, is an error naming the up file; <c>-- gm: allow</c> lines are the lint's.
        /// </summary>
        private static SqlDirectives ReadDownFileDirectives(string path, SourceText source)
        {
            var errors = new List<DiagnosticInfo>();
            var fileName = System.IO.Path.GetFileName(path);
            foreach (var textLine in source.Lines)
            {
                var raw = textLine.ToString();
                var line = (textLine.LineNumber == 0 ? raw.TrimStart('\uFEFF') : raw).Trim();
                if (!line.StartsWith("--", System.StringComparison.Ordinal)) continue;
                var body = line.Substring(2).Trim();
                if (!body.StartsWith("gm:", System.StringComparison.OrdinalIgnoreCase) || IsLintAllowance(body)) continue;
                errors.Add(InvalidDirective(path, textLine,
                    "a down file takes no directives, the migration's settings are those of its up file, so this one would be ignored; put it in " + UpFileName(fileName)));
            }
            return errors.Count == 0 ? SqlDirectives.None : SqlDirectives.None with { Errors = errors.ToEquatableArray() };
        }

        /// <summary>GM0008 at a whole directive line of a .sql file, saying what is wrong with it.</summary>
        private static DiagnosticInfo InvalidDirective(string path, TextLine textLine, string problem)
        {
            var location = new LocationInfo(path, textLine.Span,
                new LinePositionSpan(new LinePosition(textLine.LineNumber, 0), new LinePosition(textLine.LineNumber, textLine.Span.Length)));
            return DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSqlDirective, location,
                System.IO.Path.GetFileName(path), (textLine.LineNumber + 1).ToString(CultureInfo.InvariantCulture), problem, KnownDirectives);
        }

        private static SqlDirectives ReadDirectives(string path, SourceText source)
        {
            bool noTransaction = false, allowOutOfOrder = false, disabled = false, backwardCompatible = false;
            long baselineThrough = 0;
            var errors = new List<DiagnosticInfo>();
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            var pastHeader = false;
            foreach (var textLine in source.Lines)
            {
                var raw = textLine.ToString();
                var line = (textLine.LineNumber == 0 ? raw.TrimStart('\uFEFF') : raw).Trim();
                if (line.Length == 0) continue;

                void Error(string problem) => errors.Add(InvalidDirective(path, textLine, problem));

                // Directives are read from the '--' comment lines at the top only; one further down would be silently ignored.
                pastHeader |= !line.StartsWith("--", System.StringComparison.Ordinal);
                if (!line.StartsWith("--", System.StringComparison.Ordinal)) continue;
                var body = line.Substring(2).Trim();
                if (!body.StartsWith("gm:", System.StringComparison.OrdinalIgnoreCase)) continue;
                // '-- gm: allow <rule>' silences a lint rule for the statement it sits on (SqlLintAnalyzer reads it): not a
                // directive, and at home anywhere in the file.
                if (IsLintAllowance(body)) continue;
                if (pastHeader)
                {
                    Error("it comes after the first statement (or block comment), and directives are read only from the '--' comment lines at the top of the file, so this one would be ignored; move it up there");
                    continue;
                }

                var words = body.Substring(3).Split(new[] { ' ', '\t' }, System.StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0)
                {
                    Error("it names no directive");
                    continue;
                }
                var directive = words[0].ToLowerInvariant();
                if (!seen.Add(directive) && directive is "no-transaction" or "allow-out-of-order" or "disabled" or "backward-compatible" or "baseline-through")
                {
                    Error("'" + directive + "' is given twice");
                    continue;
                }
                switch (directive)
                {
                    case "no-transaction" or "allow-out-of-order" or "disabled" or "backward-compatible" when words.Length > 1:
                        Error("'" + directive + "' takes no value, but '" + string.Join(" ", words.Skip(1)) + "' follows it");
                        break;
                    case "no-transaction":
                        noTransaction = true;
                        break;
                    case "allow-out-of-order":
                        allowOutOfOrder = true;
                        break;
                    case "disabled":
                        disabled = true;
                        break;
                    case "backward-compatible":
                        backwardCompatible = true;
                        break;
                    case "baseline-through":
                        if (words.Length == 2 && long.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out var through) && through > 0)
                        {
                            baselineThrough = through;
                        }
                        else
                        {
                            Error("'baseline-through' needs the order of the last migration it replaces, a whole number greater than zero"
                                + (words.Length > 1 ? ", not '" + string.Join(" ", words.Skip(1)) + "'" : ""));
                        }
                        break;
                    default:
                        Error("'" + words[0] + "' is not a directive");
                        break;
                }
            }
            return new SqlDirectives(noTransaction, allowOutOfOrder, disabled, baselineThrough, errors.ToEquatableArray(), backwardCompatible);
        }
    }
}
