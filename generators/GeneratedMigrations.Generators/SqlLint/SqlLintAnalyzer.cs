using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace GeneratedMigrations.Generators.SqlLint
{
    /// <summary>
    /// The SQL lint (GM0200–GM0209) over the statements of the migrations that are not in the lock file yet: the up
    /// <c>.sql</c> migrations (AdditionalFiles) and the constant strings a migration class passes to
    /// <c>MigrationContext.ExecuteAsync</c>. An analyzer rather than part of the generator so that every rule is
    /// suppressible as any analyzer rule is (severity per ID, <c>#pragma</c> and <c>[SuppressMessage]</c> in C#), and so
    /// that the catalogue's pipeline stays cached while SQL is being edited.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SqlLintAnalyzer : DiagnosticAnalyzer
    {
        private const string EnginesProperty = "build_property.GeneratedMigrationsEngines";
        private const string KindMetadata = "build_metadata.AdditionalFiles.GeneratedMigrationsKind";
        private const string MigrationContextType = "GeneratedMigrations.MigrationContext";

        /// <summary>
        /// Findings of a .sql file's text, kept while the IDE holds that text, so re-analysing an unchanged file (after an
        /// edit elsewhere) costs a lookup. Keyed by the text object; the entry remembers what else the findings depend on.
        /// </summary>
        private static readonly ConditionalWeakTable<SourceText, CachedFindings> SqlFileCache = new();

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            SqlLintRules.All.Select(rule => rule.Descriptor).ToImmutableArray();

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                var engines = ReadEngines(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
                if (engines == SqlEngines.None) return;
                var locked = ReadLocked(start.Options, start.CancellationToken);
                // No lock file: the project has not started its released history, so nothing tells new from old; a
                // project adopting the lock on an existing history must be able to write it without the lint in the way.
                if (locked is null) return;

                start.RegisterAdditionalFileAction(file => AnalyzeSqlFile(file, engines, locked));

                var attributeType = start.Compilation.GetTypeByMetadataName(MigrationGenerator.Parser.AttributeName);
                var contextType = start.Compilation.GetTypeByMetadataName(MigrationContextType);
                if (attributeType is null || contextType is null) return;
                start.RegisterSymbolStartAction(symbolStart => StartMigrationClass(symbolStart, attributeType, contextType, engines, locked), SymbolKind.NamedType);
            });
        }

        private static void AnalyzeSqlFile(AdditionalFileAnalysisContext context, SqlEngines engines, LockedMigrations locked)
        {
            var file = context.AdditionalFile;
            if (!context.Options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(KindMetadata, out var kind)
                || !string.Equals(kind, "Sql", System.StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
            // The name alone says whether the file is a locked migration: then its text is not even read. Down files undo a
            // migration (dropping is what they are for); misnamed files are GM0006 already.
            var named = SqlFiles.Parse(file.Path, null);
            if (named.IsDown || named.NameError is not null || locked.Contains(named.Order, named.Name)) return;
            var text = file.GetText(context.CancellationToken);
            if (text is null) return;

            List<SqlLintFinding> findings;
            var fileName = System.IO.Path.GetFileName(file.Path);
            if (SqlFileCache.TryGetValue(text, out var cached) && cached.Engines == engines && cached.FileName == fileName)
            {
                findings = cached.Findings;
            }
            else
            {
                var info = SqlFiles.Parse(file.Path, text);
                var sql = text.ToString();
                var lintContext = new SqlLintContext(engines, !info.Directives.NoTransaction, IsMarkedBackwardCompatible(text),
                    "-- gm: no-transaction", MigrationDisplay(info.Order, info.Name));
                findings = SqlLintRules.Lint(sql, lintContext);
                lock (SqlFileCache)
                {
                    SqlFileCache.Remove(text);
                    SqlFileCache.Add(text, new CachedFindings(engines, fileName, findings));
                }
            }

            foreach (var finding in findings)
            {
                var span = new TextSpan(finding.Start, finding.Length);
                var location = Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
                context.ReportDiagnostic(Diagnostic.Create(finding.Rule.Descriptor, location, finding.Arguments));
            }
        }

        private static void StartMigrationClass(SymbolStartAnalysisContext context, INamedTypeSymbol attributeType, INamedTypeSymbol contextType,
            SqlEngines engines, LockedMigrations locked)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (type.TypeKind != TypeKind.Class) return;
            var attribute = type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType));
            if (attribute is null
                || attribute.ConstructorArguments.Length != 2
                || attribute.ConstructorArguments[0].Value is not long order
                || attribute.ConstructorArguments[1].Value is not string name)
            {
                return;
            }
            if (locked.Contains(order, name)) return;

            var inTransaction = !attribute.NamedArguments.Any(a => a.Key == "Transactional" && a.Value.Value is false);
            var lintContext = new SqlLintContext(engines, inTransaction, IsMarkedBackwardCompatible(attribute, context.CancellationToken),
                "Transactional = false", MigrationDisplay(order, name));
            var literals = new ConcurrentBag<(Location Location, string Sql)>();

            context.RegisterOperationAction(operationContext =>
            {
                // DownAsync undoes the migration: dropping what UpAsync made is its job, as in a .down.sql file.
                if (operationContext.ContainingSymbol is IMethodSymbol { Name: "DownAsync" }) return;
                var invocation = (IInvocationOperation)operationContext.Operation;
                if (invocation.TargetMethod.Name != "ExecuteAsync"
                    || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, contextType))
                {
                    return;
                }
                var sql = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "sql");
                // Constant strings only: the lint cannot know what a string built at run time holds.
                if (sql?.Value.ConstantValue is { HasValue: true, Value: string text })
                {
                    literals.Add((sql.Value.Syntax.GetLocation(), text));
                }
            }, OperationKind.Invocation);

            context.RegisterSymbolEndAction(endContext =>
            {
                // In source order, so a table created by one ExecuteAsync counts as created for the next ones.
                var ordered = literals
                    .OrderBy(l => l.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
                    .ThenBy(l => l.Location.SourceSpan.Start);
                foreach (var (location, text) in ordered)
                {
                    foreach (var finding in SqlLintRules.Lint(text, lintContext))
                    {
                        endContext.ReportDiagnostic(Diagnostic.Create(finding.Rule.Descriptor, location, finding.Arguments));
                    }
                }
            });
        }

        private static string MigrationDisplay(long order, string name) =>
            "Migration " + order.ToString(CultureInfo.InvariantCulture) + " '" + name + "'";

        /// <summary>
        /// <c>BackwardCompatible = true</c> on the attribute. Read from the syntax too, so the rule works whether or not the
        /// runtime referenced has the property yet (without it the compiler reports the unknown name and the argument is lost).
        /// </summary>
        private static bool IsMarkedBackwardCompatible(AttributeData attribute, CancellationToken cancellationToken)
        {
            if (attribute.NamedArguments.Any(a => a.Key == "BackwardCompatible" && a.Value.Value is true)) return true;
            return attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax { ArgumentList: { } arguments }
                && arguments.Arguments.Any(a => a.NameEquals?.Name.Identifier.ValueText == "BackwardCompatible"
                    && a.Expression.IsKind(SyntaxKind.TrueLiteralExpression));
        }

        /// <summary>A <c>-- gm: backward-compatible</c> line in the comment block at the top of a .sql file.</summary>
        private static bool IsMarkedBackwardCompatible(SourceText text)
        {
            foreach (var textLine in text.Lines)
            {
                var line = textLine.ToString().Trim().TrimStart('\uFEFF');
                if (line.Length == 0) continue;
                if (!line.StartsWith("--", System.StringComparison.Ordinal)) return false;
                var body = line.Substring(2).Trim();
                if (!body.StartsWith("gm:", System.StringComparison.OrdinalIgnoreCase)) continue;
                if (body.Substring(3).Trim().Equals("backward-compatible", System.StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }

        /// <summary>
        /// <c>GeneratedMigrationsEngines</c>: <c>sqlite</c>, <c>postgresql</c> or both (the default), separated by
        /// semicolons or commas; <c>none</c> turns the lint off.
        /// </summary>
        internal static SqlEngines ReadEngines(AnalyzerConfigOptions options)
        {
            if (!options.TryGetValue(EnginesProperty, out var value) || string.IsNullOrWhiteSpace(value)) return SqlEngines.All;
            var engines = SqlEngines.None;
            foreach (var word in value.Split(new[] { ';', ',', ' ' }, System.StringSplitOptions.RemoveEmptyEntries))
            {
                switch (word.Trim().ToLowerInvariant())
                {
                    case "none":
                        return SqlEngines.None;
                    case "sqlite":
                        engines |= SqlEngines.Sqlite;
                        break;
                    case "postgresql" or "postgres" or "npgsql":
                        engines |= SqlEngines.PostgreSql;
                        break;
                }
            }
            // A value with no engine the lint knows lints for all, rather than silently for none.
            return engines == SqlEngines.None ? SqlEngines.All : engines;
        }

        /// <summary>
        /// The migrations of the lock file, or null when the project has none. Released, so their history cannot change
        /// and they are not linted.
        /// </summary>
        private static LockedMigrations? ReadLocked(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var lockFile = options.AdditionalFiles.FirstOrDefault(file => IsLockFile(file, options.AnalyzerConfigOptionsProvider));
            if (lockFile is null) return null;
            var parsed = LockFile.Parse(lockFile.Path, lockFile.GetText(cancellationToken));
            var locked = new LockedMigrations();
            foreach (var entry in parsed.Entries)
            {
                locked.Orders.Add(entry.Order);
                locked.Names.Add(entry.Name);
            }
            foreach (var order in parsed.MalformedOrders) locked.Orders.Add(order);
            foreach (var name in parsed.MalformedNames) locked.Names.Add(name);
            return locked;
        }

        /// <summary>As the generator finds it: tagged <c>GeneratedMigrationsKind=Lock</c> by the package's targets, or named migrations.lock.</summary>
        private static bool IsLockFile(AdditionalText file, AnalyzerConfigOptionsProvider options)
        {
            if (options.GetOptions(file).TryGetValue(KindMetadata, out var kind) && kind.Length > 0)
            {
                return string.Equals(kind, "Lock", System.StringComparison.OrdinalIgnoreCase);
            }
            return string.Equals(System.IO.Path.GetFileName(file.Path), LockFile.DefaultFileName, System.StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// The orders and names in the lock file, its malformed lines included. A migration whose order or name is there is
        /// released history even when renamed, reordered or edited (the lock rules report that, GM0101–GM0106): not linted.
        /// </summary>
        private sealed class LockedMigrations
        {
            public HashSet<long> Orders { get; } = new();

            public HashSet<string> Names { get; } = new(System.StringComparer.Ordinal);

            public bool Contains(long order, string name) => Orders.Contains(order) || Names.Contains(name);
        }

        private sealed class CachedFindings
        {
            public CachedFindings(SqlEngines engines, string fileName, List<SqlLintFinding> findings)
            {
                Engines = engines;
                FileName = fileName;
                Findings = findings;
            }

            public SqlEngines Engines { get; }

            public string FileName { get; }

            public List<SqlLintFinding> Findings { get; }
        }
    }
}
