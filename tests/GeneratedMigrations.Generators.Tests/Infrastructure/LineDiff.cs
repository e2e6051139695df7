using System.Text;

namespace GeneratedMigrations.Generators.Tests.Infrastructure;

/// <summary>A small line diff for failure messages: changed lines with <c>-</c>/<c>+</c>, two lines of context, line numbers.</summary>
internal static class LineDiff
{
    private const int Context = 2;
    private const int MaxLines = 60;

    public static string Describe(string expected, string actual)
    {
        var before = expected.Split('\n');
        var after = actual.Split('\n');

        // Longest common subsequence table; approved files are small, so the quadratic table is fine.
        var lcs = new int[before.Length + 1, after.Length + 1];
        for (var i = before.Length - 1; i >= 0; i--)
        {
            for (var j = after.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = before[i] == after[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var edits = new List<(char Kind, int Line, string Text)>();
        int x = 0, y = 0;
        while (x < before.Length || y < after.Length)
        {
            if (x < before.Length && y < after.Length && before[x] == after[y]) { edits.Add((' ', y + 1, after[y])); x++; y++; }
            // Removals before additions, as in a unified diff.
            else if (x < before.Length && (y == after.Length || lcs[x + 1, y] >= lcs[x, y + 1])) { edits.Add(('-', x + 1, before[x])); x++; }
            else { edits.Add(('+', y + 1, after[y])); y++; }
        }

        var text = new StringBuilder();
        var written = 0;
        var lastShown = -1;
        for (var k = 0; k < edits.Count && written < MaxLines; k++)
        {
            var nearChange = false;
            for (var c = Math.Max(0, k - Context); c <= Math.Min(edits.Count - 1, k + Context); c++) nearChange |= edits[c].Kind != ' ';
            if (!nearChange) continue;
            if (lastShown >= 0 && k > lastShown + 1) text.Append("  ...\n");
            var (kind, line, content) = edits[k];
            text.Append(kind).Append(' ').Append(line.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(4)).Append(" | ").Append(Visible(content)).Append('\n');
            lastShown = k;
            written++;
        }
        if (written == MaxLines) text.Append("  ... (more differences not shown)\n");
        if (written == 0) text.Append("  (the texts differ only in ways the line diff does not show)\n");
        return text.ToString();
    }

    // Trailing whitespace is invisible in a failure message; mark it.
    private static string Visible(string line) => line.Length > 0 && char.IsWhiteSpace(line[^1]) ? line + "⏎(trailing whitespace)" : line;
}
