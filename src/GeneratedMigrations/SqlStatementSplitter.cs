using System.Text;

namespace GeneratedMigrations;

/// <summary>
/// Splits a SQL script into statements at top-level semicolons, so each runs as its own command (needed for
/// statements such as <c>CREATE INDEX CONCURRENTLY</c>, which PostgreSQL refuses inside a multi-statement batch).
/// </summary>
/// <remarks>
/// A semicolon does not split inside: single-quoted strings (<c>'it''s'</c>, with doubled quotes),
/// double-quoted identifiers, PostgreSQL dollar-quoted bodies (<c>$$ … $$</c>, <c>$fn$ … $fn$</c>),
/// line comments (<c>-- …</c>) and block comments (<c>/* … */</c>, nested as PostgreSQL allows).
/// Statements that are empty or only comments are dropped. Not handled: SQLite <c>CREATE TRIGGER … BEGIN … END</c>
/// bodies with inner semicolons; put such a trigger in a C# migration or its own <c>.sql</c> file as the only statement
/// and the splitter keeps it whole when it has no other top-level semicolon.
/// </remarks>
public static class SqlStatementSplitter
{
    /// <summary>Returns the statements of <paramref name="sql"/>, trimmed, without their terminating semicolons.</summary>
    public static IReadOnlyList<string> Split(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var statements = new List<string>();
        var current = new StringBuilder();
        var hasCode = false;
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            var next = i + 1 < sql.Length ? sql[i + 1] : '\0';
            if (c == '-' && next == '-')
            {
                var end = sql.IndexOf('\n', i);
                end = end < 0 ? sql.Length : end;
                current.Append(sql, i, end - i);
                i = end;
            }
            else if (c == '/' && next == '*')
            {
                var end = BlockCommentEnd(sql, i);
                current.Append(sql, i, end - i);
                i = end;
            }
            else if (c is '\'' or '"')
            {
                var end = QuotedEnd(sql, i, c);
                current.Append(sql, i, end - i);
                i = end;
                hasCode = true;
            }
            else if (c == '$' && DollarTag(sql, i) is { } tag)
            {
                var close = sql.IndexOf(tag, i + tag.Length, StringComparison.Ordinal);
                var end = close < 0 ? sql.Length : close + tag.Length;
                current.Append(sql, i, end - i);
                i = end;
                hasCode = true;
            }
            else if (c == ';')
            {
                Flush();
                i++;
            }
            else
            {
                if (!char.IsWhiteSpace(c)) hasCode = true;
                current.Append(c);
                i++;
            }
        }
        Flush();
        return statements;

        void Flush()
        {
            var statement = current.ToString().Trim();
            if (hasCode && statement.Length > 0) statements.Add(statement);
            current.Clear();
            hasCode = false;
        }
    }

    private static int BlockCommentEnd(string sql, int start)
    {
        var depth = 0;
        for (var i = start; i < sql.Length - 1; i++)
        {
            if (sql[i] == '/' && sql[i + 1] == '*') { depth++; i++; }
            else if (sql[i] == '*' && sql[i + 1] == '/')
            {
                depth--;
                i++;
                if (depth == 0) return i + 1;
            }
        }
        return sql.Length;
    }

    private static int QuotedEnd(string sql, int start, char quote)
    {
        for (var i = start + 1; i < sql.Length; i++)
        {
            if (sql[i] != quote) continue;
            if (i + 1 < sql.Length && sql[i + 1] == quote) { i++; continue; }
            return i + 1;
        }
        return sql.Length;
    }

    /// <summary>A PostgreSQL dollar-quote opener at <paramref name="start"/> (<c>$$</c> or <c>$tag$</c>), or null for a parameter such as <c>$1</c>.</summary>
    private static string? DollarTag(string sql, int start)
    {
        var i = start + 1;
        if (i < sql.Length && (char.IsDigit(sql[i]))) return null;
        while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] == '_')) i++;
        return i < sql.Length && sql[i] == '$' ? sql.Substring(start, i - start + 1) : null;
    }
}
