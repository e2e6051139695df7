using System.Collections.Generic;

namespace GeneratedMigrations.Generators.SqlLint
{
    internal enum SqlTokenKind
    {
        /// <summary>A keyword or unquoted identifier; <see cref="SqlToken.Text"/> is upper case.</summary>
        Word,
        /// <summary>A double-quoted identifier; <see cref="SqlToken.Text"/> is its name, unquoted, case kept.</summary>
        QuotedIdentifier,
        /// <summary>A string literal or a dollar-quoted body: its content is never read by a rule.</summary>
        Literal,
        /// <summary>Any other character that is not white space, such as <c>(</c>, <c>,</c> or <c>.</c>.</summary>
        Symbol,
    }

    /// <summary>One token of a statement; <see cref="Start"/> is its offset in the script.</summary>
    internal readonly struct SqlToken
    {
        public SqlToken(SqlTokenKind kind, string text, int start, int length)
        {
            Kind = kind;
            Text = text;
            Start = start;
            Length = length;
        }

        public SqlTokenKind Kind { get; }

        public string Text { get; }

        public int Start { get; }

        public int Length { get; }

        public bool IsWord(string upperCaseWord) => Kind == SqlTokenKind.Word && Text == upperCaseWord;

        public bool IsSymbol(char symbol) => Kind == SqlTokenKind.Symbol && Text.Length == 1 && Text[0] == symbol;

        /// <summary>Whether the token can name a table or column: a word or a quoted identifier.</summary>
        public bool IsName => Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier;

        /// <summary>The name as PostgreSQL and SQLite compare it: unquoted words fold case, quoted ones do not.</summary>
        public string Name => Kind == SqlTokenKind.QuotedIdentifier ? Text : Text.ToLowerInvariant();
    }

    /// <summary>A statement: its tokens (comments left out) and the offsets it spans, up to its semicolon.</summary>
    internal sealed class SqlStatement
    {
        public SqlStatement(IReadOnlyList<SqlToken> tokens, int start, int end)
        {
            Tokens = tokens;
            Start = start;
            End = end;
        }

        public IReadOnlyList<SqlToken> Tokens { get; }

        public int Start { get; }

        /// <summary>The offset just after the statement's last token or its terminating semicolon.</summary>
        public int End { get; }
    }

    /// <summary>A line comment: where it starts and its text after <c>--</c>.</summary>
    internal readonly struct SqlLineComment
    {
        public SqlLineComment(int start, string text)
        {
            Start = start;
            Text = text;
        }

        public int Start { get; }

        public string Text { get; }
    }

    /// <summary>
    /// A SQL script cut into statements by one lexer that skips what no rule may look into: string literals
    /// (<c>'it''s'</c>, <c>E'it\'s'</c>), double-quoted identifiers, dollar-quoted bodies (<c>$$ … $$</c>,
    /// <c>$fn$ … $fn$</c>, so also <c>DO</c> blocks and function bodies), line and (nested) block comments. Semicolons
    /// inside the <c>BEGIN … END</c> body of a <c>CREATE TRIGGER</c>/<c>FUNCTION</c>/<c>PROCEDURE</c> do not end the
    /// statement. The same cuts as the runtime's SqlStatementSplitter, which cannot be linked here: it targets
    /// .NET 8 APIs, and the lint needs token offsets rather than statement text.
    /// </summary>
    internal sealed class SqlScript
    {
        private SqlScript(IReadOnlyList<SqlStatement> statements, IReadOnlyList<SqlLineComment> lineComments)
        {
            Statements = statements;
            LineComments = lineComments;
        }

        public IReadOnlyList<SqlStatement> Statements { get; }

        public IReadOnlyList<SqlLineComment> LineComments { get; }

        public static SqlScript Parse(string sql)
        {
            var statements = new List<SqlStatement>();
            var comments = new List<SqlLineComment>();
            var tokens = new List<SqlToken>();
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
                    comments.Add(new SqlLineComment(i, sql.Substring(i + 2, end - i - 2)));
                    i = end;
                }
                else if (c == '/' && next == '*')
                {
                    i = BlockCommentEnd(sql, i);
                }
                else if ((c == 'E' || c == 'e') && next == '\'' && (i == 0 || !IsWordChar(sql[i - 1])))
                {
                    var end = EscapeStringEnd(sql, i + 1);
                    tokens.Add(new SqlToken(SqlTokenKind.Literal, "", i, end - i));
                    i = end;
                }
                else if (c == '\'')
                {
                    var end = QuotedEnd(sql, i, c);
                    tokens.Add(new SqlToken(SqlTokenKind.Literal, "", i, end - i));
                    i = end;
                }
                else if (c == '"')
                {
                    var end = QuotedEnd(sql, i, c);
                    var inner = sql.Substring(i + 1, System.Math.Max(0, end - i - 2)).Replace("\"\"", "\"");
                    tokens.Add(new SqlToken(SqlTokenKind.QuotedIdentifier, inner, i, end - i));
                    i = end;
                }
                else if (c == '$' && DollarTag(sql, i) is { } tag)
                {
                    var close = sql.IndexOf(tag, i + tag.Length, System.StringComparison.Ordinal);
                    var end = close < 0 ? sql.Length : close + tag.Length;
                    tokens.Add(new SqlToken(SqlTokenKind.Literal, "", i, end - i));
                    i = end;
                }
                else if (c == ';' && blockDepth == 0)
                {
                    Flush(i + 1);
                    i++;
                }
                else if (IsWordStart(c) && (i == 0 || !IsWordChar(sql[i - 1])))
                {
                    var end = i + 1;
                    while (end < sql.Length && IsWordChar(sql[end])) end++;
                    var word = sql.Substring(i, end - i).ToUpperInvariant();
                    tokens.Add(new SqlToken(SqlTokenKind.Word, word, i, end - i));
                    i = end;
                    if (word == "BEGIN")
                    {
                        if (blockDepth > 0 || OpensBody(tokens)) blockDepth++;
                    }
                    else if (blockDepth > 0 && word == "CASE") blockDepth++;
                    else if (blockDepth > 0 && word == "END") blockDepth--;
                }
                else
                {
                    if (!char.IsWhiteSpace(c)) tokens.Add(new SqlToken(SqlTokenKind.Symbol, c.ToString(), i, 1));
                    i++;
                }
            }
            Flush(sql.Length);
            return new SqlScript(statements, comments);

            void Flush(int end)
            {
                if (tokens.Count > 0)
                {
                    var last = tokens[tokens.Count - 1];
                    statements.Add(new SqlStatement(tokens.ToArray(), tokens[0].Start, System.Math.Max(end, last.Start + last.Length)));
                }
                tokens.Clear();
                blockDepth = 0;
            }
        }

        /// <summary>Whether the statement so far is a <c>CREATE … TRIGGER/FUNCTION/PROCEDURE</c>, whose BEGIN opens a body.</summary>
        private static bool OpensBody(List<SqlToken> tokens)
        {
            if (tokens.Count < 2 || !tokens[0].IsWord("CREATE")) return false;
            for (var i = 1; i < tokens.Count && i < 5; i++)
            {
                if (tokens[i].IsWord("TRIGGER") || tokens[i].IsWord("FUNCTION") || tokens[i].IsWord("PROCEDURE")) return true;
            }
            return false;
        }

        private static bool IsWordStart(char c) => char.IsLetter(c) || c == '_';

        private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

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

        /// <summary>A dollar-quote opener at <paramref name="start"/> (<c>$$</c> or <c>$tag$</c>), or null for a parameter such as <c>$1</c>.</summary>
        private static string? DollarTag(string sql, int start)
        {
            var i = start + 1;
            if (i < sql.Length && char.IsDigit(sql[i])) return null;
            while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] == '_')) i++;
            return i < sql.Length && sql[i] == '$' ? sql.Substring(start, i - start + 1) : null;
        }
    }
}
