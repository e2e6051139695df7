using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace GeneratedMigrations.Generators.SqlLint
{
    /// <summary>The database engines a project migrates (MSBuild <c>GeneratedMigrationsEngines</c>); a rule runs only for its engines.</summary>
    [System.Flags]
    internal enum SqlEngines
    {
        None = 0,
        Sqlite = 1,
        PostgreSql = 2,
        All = Sqlite | PostgreSql,
    }

    /// <summary>A lint rule: its diagnostic, the name <c>-- gm: allow</c> accepts besides the ID, and the engines it applies to.</summary>
    internal sealed class SqlLintRule
    {
        public SqlLintRule(DiagnosticDescriptor descriptor, string name, SqlEngines engines)
        {
            Descriptor = descriptor;
            Name = name;
            Engines = engines;
        }

        public DiagnosticDescriptor Descriptor { get; }

        public string Name { get; }

        public SqlEngines Engines { get; }

        public string Id => Descriptor.Id;
    }

    /// <summary>What the lint must know about the migration a script belongs to.</summary>
    /// <param name="NoTransactionHint">How this kind of migration opts out of its transaction, for messages.</param>
    /// <param name="MigrationDisplay">The migration as messages name it: its file or class.</param>
    internal sealed record SqlLintContext(SqlEngines Engines, bool InTransaction, bool BackwardCompatible, string NoTransactionHint, string MigrationDisplay)
    {
        /// <summary>Tables created earlier in the same migration (folded names): they are empty and unused, so no lock matters.</summary>
        public HashSet<string> CreatedTables { get; } = new(System.StringComparer.Ordinal);
    }

    /// <summary>One rule broken by one statement: the offsets to report at and the statement's own offsets (for <c>-- gm: allow</c>).</summary>
    internal sealed record SqlLintFinding(SqlLintRule Rule, int Start, int Length, int StatementStart, int StatementEnd, string[] Arguments);

    /// <summary>
    /// The lint rules (GM0200–GM0209) over the statements of <see cref="SqlScript"/>. Each rule reads the statement's
    /// tokens only, so nothing inside a string, a comment or a dollar-quoted body (a function, a DO block) can trigger one.
    /// </summary>
    internal static class SqlLintRules
    {
        public static readonly SqlLintRule NotInTransaction = new(DiagnosticDescriptors.LintNotInTransaction, "no-transaction-statement", SqlEngines.All);
        public static readonly SqlLintRule EnumAddValue = new(DiagnosticDescriptors.LintEnumAddValueInTransaction, "enum-add-value", SqlEngines.PostgreSql);
        public static readonly SqlLintRule IndexNotConcurrent = new(DiagnosticDescriptors.LintIndexNotConcurrent, "index-not-concurrent", SqlEngines.PostgreSql);
        public static readonly SqlLintRule NotNullWithoutDefault = new(DiagnosticDescriptors.LintNotNullColumnWithoutDefault, "not-null-without-default", SqlEngines.All);
        public static readonly SqlLintRule ColumnTypeChange = new(DiagnosticDescriptors.LintColumnTypeChange, "column-type-change", SqlEngines.PostgreSql);
        public static readonly SqlLintRule SetNotNull = new(DiagnosticDescriptors.LintSetNotNull, "set-not-null", SqlEngines.PostgreSql);
        public static readonly SqlLintRule ConstraintNotValid = new(DiagnosticDescriptors.LintConstraintWithoutNotValid, "constraint-without-not-valid", SqlEngines.PostgreSql);
        public static readonly SqlLintRule UniqueWithoutIndex = new(DiagnosticDescriptors.LintUniqueConstraintWithoutIndex, "unique-without-index", SqlEngines.PostgreSql);
        public static readonly SqlLintRule BreaksPreviousBuild = new(DiagnosticDescriptors.LintBreaksPreviousBuild, "breaks-previous-build", SqlEngines.All);
        public static readonly SqlLintRule BreakingInBackwardCompatible = new(DiagnosticDescriptors.LintBreakingInBackwardCompatible, "breaking-in-backward-compatible", SqlEngines.All);

        public static readonly SqlLintRule[] All =
        {
            NotInTransaction, EnumAddValue, IndexNotConcurrent, NotNullWithoutDefault, ColumnTypeChange,
            SetNotNull, ConstraintNotValid, UniqueWithoutIndex, BreaksPreviousBuild, BreakingInBackwardCompatible,
        };

        /// <summary>The rules' findings in <paramref name="sql"/>, in statement order, without those a <c>-- gm: allow</c> on the statement's lines silences.</summary>
        public static List<SqlLintFinding> Lint(string sql, SqlLintContext context)
        {
            var script = SqlScript.Parse(sql);
            var findings = new List<SqlLintFinding>();
            foreach (var statement in script.Statements)
            {
                new StatementLint(statement, context, findings).Run();
            }
            if (findings.Count == 0 || script.LineComments.Count == 0) return findings;
            return RemoveAllowed(sql, script, findings);
        }

        /// <summary>
        /// <c>-- gm: allow GM0202</c> (or the rule's name; several separated by spaces or commas) on any line of the
        /// statement, including after its semicolon, or on a comment line right above it, silences those rules for
        /// that statement only.
        /// </summary>
        private static List<SqlLintFinding> RemoveAllowed(string sql, SqlScript script, List<SqlLintFinding> findings)
        {
            var lineStarts = new List<int> { 0 };
            for (var i = 0; i < sql.Length; i++)
            {
                if (sql[i] == '\n') lineStarts.Add(i + 1);
            }
            int LineOf(int offset)
            {
                var index = lineStarts.BinarySearch(offset);
                return index >= 0 ? index : ~index - 1;
            }

            bool IsCommentLine(int line)
            {
                var end = line + 1 < lineStarts.Count ? lineStarts[line + 1] : sql.Length;
                return sql.Substring(lineStarts[line], end - lineStarts[line]).TrimStart().StartsWith("--", System.StringComparison.Ordinal);
            }

            var allowedByLine = new Dictionary<int, HashSet<string>>();
            foreach (var comment in script.LineComments)
            {
                var body = comment.Text.Trim();
                if (!body.StartsWith("gm:", System.StringComparison.OrdinalIgnoreCase)) continue;
                var words = body.Substring(3).Split(new[] { ' ', '\t', ',' }, System.StringSplitOptions.RemoveEmptyEntries);
                if (words.Length < 2 || !words[0].Equals("allow", System.StringComparison.OrdinalIgnoreCase)) continue;
                var line = LineOf(comment.Start);
                if (!allowedByLine.TryGetValue(line, out var allowed)) allowedByLine[line] = allowed = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
                // "-- gm: allow GM0202: the table is small" reads as well as "-- gm: allow GM0202 (the table is small)".
                foreach (var word in words.Skip(1)) allowed.Add(word.TrimEnd(':', ';', '.'));
            }
            if (allowedByLine.Count == 0) return findings;

            return findings.Where(finding =>
            {
                var last = LineOf(System.Math.Max(finding.StatementStart, finding.StatementEnd - 1));
                // The '--' comment lines right above the statement are its own too: the reason often needs a line of its own.
                var first = LineOf(finding.StatementStart);
                while (first > 0 && IsCommentLine(first - 1)) first--;
                for (var line = first; line <= last; line++)
                {
                    if (allowedByLine.TryGetValue(line, out var allowed) && (allowed.Contains(finding.Rule.Id) || allowed.Contains(finding.Rule.Name))) return false;
                }
                return true;
            }).ToList();
        }

        /// <summary>The rules applied to one statement.</summary>
        private sealed class StatementLint
        {
            private readonly SqlStatement _statement;
            private readonly IReadOnlyList<SqlToken> _tokens;
            private readonly SqlLintContext _context;
            private readonly List<SqlLintFinding> _findings;

            public StatementLint(SqlStatement statement, SqlLintContext context, List<SqlLintFinding> findings)
            {
                _statement = statement;
                _tokens = statement.Tokens;
                _context = context;
                _findings = findings;
            }

            public void Run()
            {
                if (Word(0, "CREATE")) Create();
                else if (Word(0, "DROP")) Drop();
                else if (Word(0, "ALTER") && Word(1, "TABLE")) AlterTable();
                else if (Word(0, "ALTER") && Word(1, "TYPE")) AlterType();
                else if (Word(0, "REINDEX"))
                {
                    if (_tokens.Any(t => t.IsWord("CONCURRENTLY"))) CannotRunInTransaction("REINDEX … CONCURRENTLY");
                }
                else if (Word(0, "VACUUM")) CannotRunInTransaction("VACUUM");
            }

            private void Create()
            {
                var i = 1;
                // CREATE [OR REPLACE] [GLOBAL|LOCAL] [TEMP|TEMPORARY|UNLOGGED] TABLE / CREATE [UNIQUE] INDEX
                while (i < _tokens.Count && (Word(i, "OR") || Word(i, "REPLACE") || Word(i, "GLOBAL") || Word(i, "LOCAL")
                    || Word(i, "TEMP") || Word(i, "TEMPORARY") || Word(i, "UNLOGGED") || Word(i, "UNIQUE")))
                {
                    i++;
                }
                if (Word(i, "TABLE"))
                {
                    i++;
                    SkipIf(ref i, "IF", "NOT", "EXISTS");
                    if (ReadName(ref i) is { } table) _context.CreatedTables.Add(table.Key);
                }
                else if (Word(i, "INDEX"))
                {
                    i++;
                    var concurrently = Word(i, "CONCURRENTLY");
                    if (concurrently)
                    {
                        CannotRunInTransaction("CREATE INDEX CONCURRENTLY");
                        return;
                    }
                    var on = IndexOfWord("ON", i);
                    if (on < 0) return;
                    var at = on + 1;
                    if (Word(at, "ONLY")) at++;
                    if (ReadName(ref at) is { } table && !_context.CreatedTables.Contains(table.Key))
                    {
                        Report(IndexNotConcurrent, 0, _tokens.Count, table.Display, _context.NoTransactionHint);
                    }
                }
            }

            private void Drop()
            {
                if (Word(1, "INDEX") && Word(2, "CONCURRENTLY"))
                {
                    CannotRunInTransaction("DROP INDEX CONCURRENTLY");
                }
                else if (Word(1, "TABLE"))
                {
                    var i = 2;
                    SkipIf(ref i, "IF", "EXISTS");
                    while (ReadName(ref i) is { } table)
                    {
                        if (!_context.CreatedTables.Remove(table.Key)) Breaking(0, _tokens.Count, "DROP TABLE " + table.Display);
                        if (!Symbol(i, ',')) break;
                        i++;
                    }
                }
            }

            private void AlterType()
            {
                // ALTER TYPE name ADD VALUE [IF NOT EXISTS] 'value' …
                var add = IndexOfWord("ADD", 2);
                if (add > 0 && Word(add + 1, "VALUE") && _context.InTransaction)
                {
                    Report(EnumAddValue, 0, _tokens.Count, _context.NoTransactionHint);
                }
            }

            private void AlterTable()
            {
                var i = 2;
                SkipIf(ref i, "IF", "EXISTS");
                if (Word(i, "ONLY")) i++;
                if (ReadName(ref i) is not { } table) return;
                if (Symbol(i, '*')) i++;
                var isNew = _context.CreatedTables.Contains(table.Key);
                // Actions are separated by commas outside parentheses.
                while (i < _tokens.Count)
                {
                    var end = ActionEnd(i);
                    AlterTableAction(table, isNew, i, end);
                    i = end + 1;
                }
            }

            private void AlterTableAction(QualifiedName table, bool isNew, int start, int end)
            {
                var i = start;
                if (Word(i, "ADD"))
                {
                    i++;
                    if (Word(i, "CONSTRAINT"))
                    {
                        i += 2;
                        Constraint(table, isNew, start, end, i);
                    }
                    else if (Word(i, "PRIMARY") || Word(i, "UNIQUE") || Word(i, "FOREIGN") || Word(i, "CHECK") || Word(i, "EXCLUDE"))
                    {
                        Constraint(table, isNew, start, end, i);
                    }
                    else
                    {
                        if (Word(i, "COLUMN")) i++;
                        SkipIf(ref i, "IF", "NOT", "EXISTS");
                        if (i >= end || !_tokens[i].IsName) return;
                        var column = _tokens[i];
                        var notNull = false;
                        var filled = false;
                        for (var at = i + 1; at < end; at++)
                        {
                            if (Word(at, "NOT") && Word(at + 1, "NULL")) notNull = true;
                            if (Word(at, "DEFAULT") || Word(at, "GENERATED") || Word(at, "SERIAL") || Word(at, "BIGSERIAL") || Word(at, "SMALLSERIAL")) filled = true;
                        }
                        if (notNull && !filled) Report(NotNullWithoutDefault, start, end - start, Display(column), table.Display);
                    }
                }
                else if (Word(i, "ALTER"))
                {
                    i++;
                    if (Word(i, "COLUMN")) i++;
                    if (i >= end || !_tokens[i].IsName || Word(i, "CONSTRAINT")) return;
                    var column = Display(_tokens[i]) + " of " + table.Display;
                    i++;
                    if (Word(i, "TYPE") || (Word(i, "SET") && Word(i + 1, "DATA") && Word(i + 2, "TYPE")))
                    {
                        if (!isNew)
                        {
                            Report(ColumnTypeChange, start, end - start, column);
                            BreaksBackwardCompatibility(start, end - start, "ALTER COLUMN " + column + " … TYPE");
                        }
                    }
                    else if (Word(i, "SET") && Word(i + 1, "NOT") && Word(i + 2, "NULL"))
                    {
                        if (!isNew)
                        {
                            Report(SetNotNull, start, end - start, column);
                            BreaksBackwardCompatibility(start, end - start, "SET NOT NULL on " + column);
                        }
                    }
                }
                else if (Word(i, "DROP"))
                {
                    i++;
                    if (Word(i, "CONSTRAINT")) return;
                    if (Word(i, "COLUMN")) i++;
                    SkipIf(ref i, "IF", "EXISTS");
                    if (i < end && _tokens[i].IsName && !isNew) Breaking(start, end - start, "DROP COLUMN " + Display(_tokens[i]) + " of " + table.Display);
                }
                else if (Word(i, "RENAME"))
                {
                    i++;
                    if (Word(i, "CONSTRAINT") || isNew) return;
                    if (Word(i, "TO")) Breaking(start, end - start, "RENAME of table " + table.Display);
                    else
                    {
                        if (Word(i, "COLUMN")) i++;
                        if (i < end && _tokens[i].IsName) Breaking(start, end - start, "RENAME of column " + Display(_tokens[i]) + " of " + table.Display);
                    }
                }
            }

            /// <param name="kind">The index of the constraint's kind: PRIMARY, UNIQUE, FOREIGN, CHECK or EXCLUDE.</param>
            private void Constraint(QualifiedName table, bool isNew, int start, int end, int kind)
            {
                if (isNew) return;
                if (Word(kind, "FOREIGN") || Word(kind, "CHECK"))
                {
                    if (!HasWords(start, end, "NOT", "VALID"))
                    {
                        Report(ConstraintNotValid, start, end - start, Word(kind, "FOREIGN") ? "a FOREIGN KEY" : "a CHECK", table.Display);
                    }
                }
                else if (Word(kind, "PRIMARY") || Word(kind, "UNIQUE"))
                {
                    if (!HasWords(start, end, "USING", "INDEX"))
                    {
                        Report(UniqueWithoutIndex, start, end - start, Word(kind, "PRIMARY") ? "PRIMARY KEY" : "UNIQUE", table.Display);
                    }
                }
            }

            private void CannotRunInTransaction(string what)
            {
                if (_context.InTransaction) Report(NotInTransaction, 0, _tokens.Count, what, _context.NoTransactionHint);
            }

            /// <summary>DROP TABLE, DROP COLUMN, RENAME: they break instances of the previous build (GM0208), and a backward-compatible mark.</summary>
            private void Breaking(int start, int count, string what)
            {
                Report(BreaksPreviousBuild, start, count, what);
                BreaksBackwardCompatibility(start, count, what);
            }

            /// <summary>A statement that builds which do not know this migration cannot live with (GM0209, only in a backward-compatible migration).</summary>
            private void BreaksBackwardCompatibility(int start, int count, string what)
            {
                if (_context.BackwardCompatible) Report(BreakingInBackwardCompatible, start, count, _context.MigrationDisplay, what);
            }

            /// <param name="start">Index of the first token to report at.</param>
            /// <param name="count">How many tokens the location covers.</param>
            private void Report(SqlLintRule rule, int start, int count, params string[] arguments)
            {
                if ((rule.Engines & _context.Engines) == 0) return;
                var first = _tokens[start];
                var last = _tokens[System.Math.Min(_tokens.Count, start + count) - 1];
                _findings.Add(new SqlLintFinding(rule, first.Start, last.Start + last.Length - first.Start, _statement.Start, _statement.End, arguments));
            }

            private int ActionEnd(int start)
            {
                var depth = 0;
                for (var i = start; i < _tokens.Count; i++)
                {
                    if (Symbol(i, '(')) depth++;
                    else if (Symbol(i, ')')) depth--;
                    else if (depth == 0 && Symbol(i, ',')) return i;
                }
                return _tokens.Count;
            }

            private QualifiedName? ReadName(ref int i)
            {
                if (i >= _tokens.Count || !_tokens[i].IsName) return null;
                var display = Display(_tokens[i]);
                var key = _tokens[i].Name;
                i++;
                while (Symbol(i, '.') && i + 1 < _tokens.Count && _tokens[i + 1].IsName)
                {
                    display += "." + Display(_tokens[i + 1]);
                    key = _tokens[i + 1].Name;
                    i += 2;
                }
                return new QualifiedName(display, key);
            }

            private static string Display(SqlToken token) => token.Kind == SqlTokenKind.QuotedIdentifier ? "\"" + token.Text + "\"" : token.Text.ToLowerInvariant();

            private void SkipIf(ref int i, params string[] words)
            {
                for (var k = 0; k < words.Length; k++)
                {
                    if (!Word(i + k, words[k])) return;
                }
                i += words.Length;
            }

            private bool HasWords(int start, int end, string first, string second)
            {
                for (var i = start; i < end - 1; i++)
                {
                    if (Word(i, first) && Word(i + 1, second)) return true;
                }
                return false;
            }

            private int IndexOfWord(string word, int from)
            {
                for (var i = from; i < _tokens.Count; i++)
                {
                    if (_tokens[i].IsWord(word)) return i;
                }
                return -1;
            }

            private bool Word(int i, string word) => i >= 0 && i < _tokens.Count && _tokens[i].IsWord(word);

            private bool Symbol(int i, char symbol) => i >= 0 && i < _tokens.Count && _tokens[i].IsSymbol(symbol);
        }

        /// <summary>A possibly schema-qualified name as written (<see cref="Display"/>) and its folded last part (<see cref="Key"/>).</summary>
        private sealed record QualifiedName(string Display, string Key);
    }
}
