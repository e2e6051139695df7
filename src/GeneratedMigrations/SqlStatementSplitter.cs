using System.Text;

namespace GeneratedMigrations;

/// <summary>
/// Splits a SQL script into statements at top-level semicolons, so each runs as its own command (needed for
/// statements such as <c>CREATE INDEX CONCURRENTLY</c>, which PostgreSQL refuses inside a multi-statement batch).
/// </summary>
/// <remarks>
/// A semicolon does not split inside: single-quoted strings (<c>'it''s'</c>, with doubled quotes), PostgreSQL
/// escape strings (<c>E'it\'s'</c>, with backslash escapes), double-quoted identifiers, PostgreSQL dollar-quoted
/// bodies (<c>$$ … $$</c>, <c>$fn$ … $fn$</c>), line comments (<c>-- …</c>), block comments (<c>/* … */</c>,
/// nested as PostgreSQL allows), and the <c>BEGIN … END</c> body of a <c>CREATE TRIGGER</c> (SQLite) or of a
/// <c>CREATE FUNCTION</c>/<c>PROCEDURE … BEGIN ATOMIC … END</c> (PostgreSQL), with <c>CASE … END</c> inside it.
/// Statements that are empty or only comments are dropped.
/// </remarks>
internal static class SqlStatementSplitter
{
    /// <summary>Returns the statements of <paramref name="sql"/>, trimmed, without their terminating semicolons.</summary>
    public static IReadOnlyList<string> Split(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var statements = new List<string>();
        var current = new StringBuilder();
        var hasCode = false;
        // The first words of the statement decide whether BEGIN opens a body (CREATE TRIGGER/FUNCTION/PROCEDURE);
        // inside a body, semicolons end the body's own statements, not this one, until the matching END.
        var leadingWords = new List<string>(4);
        var blockDepth = 0;
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
            else if (c is 'E' or 'e' && next == '\'' && (i == 0 || !IsWordChar(sql[i - 1])))
            {
                var end = EscapeStringEnd(sql, i + 1);
                current.Append(sql, i, end - i);
                i = end;
                hasCode = true;
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
            else if (c == ';' && blockDepth == 0)
            {
                Flush();
                i++;
            }
            else if (IsWordStart(c) && (i == 0 || !IsWordChar(sql[i - 1])))
            {
                var end = i + 1;
                while (end < sql.Length && IsWordChar(sql[end])) end++;
                var word = sql.Substring(i, end - i);
                current.Append(word);
                i = end;
                hasCode = true;
                if (leadingWords.Count < 4) leadingWords.Add(word);
                if (word.Equals("BEGIN", StringComparison.OrdinalIgnoreCase))
                {
                    if (blockDepth > 0 || OpensBody(leadingWords)) blockDepth++;
                }
                else if (blockDepth > 0 && word.Equals("CASE", StringComparison.OrdinalIgnoreCase))
                {
                    blockDepth++;
                }
                else if (blockDepth > 0 && word.Equals("END", StringComparison.OrdinalIgnoreCase))
                {
                    blockDepth--;
                }
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
            leadingWords.Clear();
            blockDepth = 0;
        }
    }

    /// <summary>
    /// A statement of <see cref="Split"/> with its terminating semicolon and a line break, as a script for a client
    /// such as psql or sqlite3 needs it. When the statement ends in a line comment (<c>… -- why</c>), the semicolon
    /// goes on a line of its own: appended to the comment it would be part of it, and the client would run the
    /// statement together with the next one.
    /// </summary>
    internal static string Terminate(string statement) =>
        EndsInLineComment(statement) ? statement + "\n;\n" : statement + ";\n";

    private static bool EndsInLineComment(string sql)
    {
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            var next = i + 1 < sql.Length ? sql[i + 1] : '\0';
            if (c == '-' && next == '-')
            {
                var end = sql.IndexOf('\n', i);
                if (end < 0) return true;
                i = end;
            }
            else if (c == '/' && next == '*') i = BlockCommentEnd(sql, i);
            else if (c is 'E' or 'e' && next == '\'' && (i == 0 || !IsWordChar(sql[i - 1]))) i = EscapeStringEnd(sql, i + 1);
            else if (c is '\'' or '"') i = QuotedEnd(sql, i, c);
            else if (c == '$' && DollarTag(sql, i) is { } tag)
            {
                var close = sql.IndexOf(tag, i + tag.Length, StringComparison.Ordinal);
                i = close < 0 ? sql.Length : close + tag.Length;
            }
            else if (IsWordChar(c))
            {
                // A whole word, so the E of a word such as "type" is never read as an escape string's prefix.
                while (i < sql.Length && IsWordChar(sql[i])) i++;
            }
            else i++;
        }
        return false;
    }

    /// <summary>
    /// Whether a statement starting with these words has a <c>BEGIN … END</c> body: <c>CREATE [TEMP] TRIGGER</c>
    /// (SQLite), <c>CREATE [OR REPLACE] FUNCTION</c>/<c>PROCEDURE … BEGIN ATOMIC</c> (PostgreSQL). A statement that
    /// starts with BEGIN (a transaction) never does.
    /// </summary>
    private static bool OpensBody(List<string> leadingWords) =>
        leadingWords.Count > 1
        && leadingWords[0].Equals("CREATE", StringComparison.OrdinalIgnoreCase)
        && leadingWords.Exists(static word =>
            word.Equals("TRIGGER", StringComparison.OrdinalIgnoreCase)
            || word.Equals("FUNCTION", StringComparison.OrdinalIgnoreCase)
            || word.Equals("PROCEDURE", StringComparison.OrdinalIgnoreCase));

    private static bool IsWordStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>The end of a PostgreSQL escape string whose opening quote is at <paramref name="quote"/>: a backslash escapes the next character.</summary>
    private static int EscapeStringEnd(string sql, int quote)
    {
        for (var i = quote + 1; i < sql.Length; i++)
        {
            if (sql[i] == '\\') { i++; continue; }
            if (sql[i] != '\'') continue;
            if (i + 1 < sql.Length && sql[i + 1] == '\'') { i++; continue; }
            return i + 1;
        }
        return sql.Length;
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
