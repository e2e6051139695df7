using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GeneratedMigrations.Generators.Helpers;
using GeneratedMigrations.Generators.Models;
using Microsoft.CodeAnalysis.Text;

namespace GeneratedMigrations.Generators
{
    /// <summary>
    /// The migrations.lock format: comment lines start with '#'; every other line is
    /// <c>&lt;order&gt; &lt;checksum&gt; &lt;name&gt;</c>, sorted by order, LF line endings, no timestamps.
    /// The name comes last so that it may contain spaces.
    /// </summary>
    internal static class LockFile
    {
        public const string DefaultFileName = "migrations.lock";

        public const string Header =
            "# migrations.lock: the released migrations of this project, checked by the GeneratedMigrations build.\n" +
            "# Generated; commit it. Add new migrations with: dotnet build -p:UpdateMigrationsLock=true\n" +
            "# Each line: <order> <checksum> <name>\n";

        public static string FormatLine(long order, string checksum, string name) =>
            order.ToString(CultureInfo.InvariantCulture) + " " + checksum + " " + name;

        public static string Format(IEnumerable<string> lines) => Header + string.Concat(lines.Select(line => line + "\n"));

        /// <summary>
        /// Adds one line to a lock file's text, keeping every existing line as it is and the entries sorted
        /// by order. Returns the text unchanged when the line is already there; starts a new file with the header.
        /// </summary>
        public static string Insert(string? existing, string line, long order)
        {
            if (string.IsNullOrEmpty(existing)) return Format(new[] { line });
            var lines = existing!.Replace("\r\n", "\n").Split('\n').ToList();
            if (lines.Count > 0 && lines[lines.Count - 1].Length == 0) lines.RemoveAt(lines.Count - 1);
            if (lines.Contains(line)) return existing;
            var index = lines.Count;
            for (var i = 0; i < lines.Count; i++)
            {
                var space = lines[i].IndexOf(' ');
                if (lines[i].Length == 0 || lines[i][0] == '#' || space <= 0) continue;
                if (long.TryParse(lines[i].Substring(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out var lineOrder) && lineOrder > order)
                {
                    index = i;
                    break;
                }
            }
            lines.Insert(index, line);
            return string.Concat(lines.Select(l => l + "\n"));
        }

        public static LockFileInfo Parse(string path, SourceText? text)
        {
            var entries = new List<LockEntry>();
            var errors = new List<DiagnosticInfo>();
            var malformedOrders = new List<long>();
            var malformedNames = new List<string>();
            if (text is null) return new LockFileInfo(path, "", EquatableArray<LockEntry>.Empty, EquatableArray<DiagnosticInfo>.Empty);

            var byOrder = new Dictionary<long, LockEntry>();
            var byName = new Dictionary<string, LockEntry>(System.StringComparer.Ordinal);
            var fileName = System.IO.Path.GetFileName(path);
            foreach (var line in text.Lines)
            {
                var content = line.ToString();
                if (content.Length == 0 || content.Trim().Length == 0 || content[0] == '#') continue;
                var number = line.LineNumber + 1;
                var location = new LocationInfo(path, line.Span, new LinePositionSpan(new LinePosition(line.LineNumber, 0), new LinePosition(line.LineNumber, content.Length)));
                var firstSpace = content.IndexOf(' ');
                var secondSpace = firstSpace < 0 ? -1 : content.IndexOf(' ', firstSpace + 1);
                void Error(string what)
                {
                    errors.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LockFileMalformed, location,
                        fileName, number.ToString(CultureInfo.InvariantCulture), what));
                    // Remember whom the broken line was about, so that migration is not also reported as new (GM0100/GM0104).
                    var orderField = firstSpace < 0 ? content : content.Substring(0, firstSpace);
                    if (long.TryParse(orderField, NumberStyles.None, CultureInfo.InvariantCulture, out var readableOrder) && readableOrder > 0) malformedOrders.Add(readableOrder);
                    if (secondSpace > 0) malformedNames.Add(content.Substring(secondSpace + 1));
                }

                if (secondSpace < 0)
                {
                    Error($"'{Shorten(content)}' has fewer than three fields");
                    continue;
                }
                var orderText = content.Substring(0, firstSpace);
                var checksum = content.Substring(firstSpace + 1, secondSpace - firstSpace - 1);
                var name = content.Substring(secondSpace + 1);
                if (!long.TryParse(orderText, NumberStyles.None, CultureInfo.InvariantCulture, out var order) || order <= 0)
                {
                    Error($"the order '{Shorten(orderText)}' is not a whole number greater than zero");
                    continue;
                }
                if (!IsChecksum(checksum))
                {
                    Error($"the checksum '{Shorten(checksum)}' is not 32 lowercase hexadecimal digits");
                    continue;
                }
                if (MigrationGenerator.Parser.NameProblem(name) is { } nameProblem)
                {
                    Error(nameProblem.Split(';')[0]);
                    continue;
                }
                if (byOrder.TryGetValue(order, out var sameOrder))
                {
                    Error($"order {order} is already locked on line {sameOrder.LineNumber}");
                    continue;
                }
                if (byName.TryGetValue(name, out var sameName))
                {
                    Error($"name '{name}' is already locked on line {sameName.LineNumber}");
                    continue;
                }
                if (entries.Count > 0 && entries[entries.Count - 1].Order > order)
                {
                    Error($"order {order} comes after {entries[entries.Count - 1].Order}; lines must be sorted by order");
                    continue;
                }
                var entry = new LockEntry(order, checksum, name, number, location, content);
                entries.Add(entry);
                byOrder[order] = entry;
                byName[name] = entry;
            }
            return new LockFileInfo(path, text.ToString().Replace("\r\n", "\n"), entries.ToEquatableArray(), errors.ToEquatableArray(), malformedOrders.ToEquatableArray(), malformedNames.ToEquatableArray());
        }

        private static bool IsChecksum(string text) =>
            text.Length == 32 && text.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

        private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";
    }
}
