using System.Linq;
using GeneratedMigrations.Generators.Helpers;
using GeneratedMigrations.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GeneratedMigrations.Generators
{
    /// <summary>
    /// Finds every [Migration] class, checks the set at compile time and emits one static, ordered catalogue
    /// per assembly (<c>AppMigrations.Catalog</c> by default). Parser → models → checks → emitter.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed partial class MigrationGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // Per class, from syntax alone: the syntax provider hands over the node itself, which is the same object for an
            // unchanged tree, so the parse below is skipped (Cached) for every class outside the edited file. Nothing here
            // asks the semantic model: a transform that does re-runs for every class after any edit.
            var parsed = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, cancellationToken) => SyntaxParser.IsCandidate(node, cancellationToken),
                    static (syntax, _) => (TypeDeclarationSyntax)syntax.Node)
                .Select(static (declaration, cancellationToken) => SyntaxParser.Parse(declaration, cancellationToken))
                .WithTrackingName(TrackingNames.Migrations)
                .Where(static parsed => parsed is not null)
                .Select(static (parsed, _) => parsed!);

            var importsRuntimeGlobally = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, cancellationToken) => SyntaxParser.IsGlobalRuntimeImport(node, cancellationToken),
                    static (_, _) => true)
                .Collect()
                .Select(static (imports, _) => !imports.IsEmpty)
                .WithTrackingName(TrackingNames.GlobalImports);

            var settled = parsed
                .Where(static parsed => parsed.Needs == MigrationResolution.None)
                .Select(static (parsed, _) => parsed.Migration!)
                .Collect();
            var open = parsed
                .Where(static parsed => parsed.Needs != MigrationResolution.None)
                .Collect()
                .Combine(importsRuntimeGlobally)
                .Select(static (input, _) => input.Left.Where(p => p.Needs == MigrationResolution.SemanticModel || !input.Right).ToEquatableArray())
                .WithTrackingName(TrackingNames.OpenMigrations);
            var settledByGlobalImport = parsed
                .Where(static parsed => parsed.Needs == MigrationResolution.GlobalImport)
                .Collect()
                .Combine(importsRuntimeGlobally)
                .Select(static (input, _) => input.Right ? input.Left.Select(p => p.Migration!).ToEquatableArray() : EquatableArray<MigrationInfo>.Empty);
            // Only the classes the syntax left open see the compilation (in a typical project, none).
            var bound = open
                .Combine(context.CompilationProvider)
                .Select(static (input, cancellationToken) => SyntaxParser.ResolveWithSemanticModel(input.Left, input.Right, cancellationToken))
                .WithTrackingName(TrackingNames.BoundMigrations);
            var migrations = settled
                .Combine(settledByGlobalImport)
                .Combine(bound)
                .Select(static (input, _) => input.Left.Left.Concat(input.Left.Right).Concat(input.Right).ToEquatableArray());

            // .sql files share one order space and every rule with class migrations.
            var sqlMigrations = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Where(static input => IsKind(input.Left, input.Right, "Sql"))
                .Select(static (input, cancellationToken) => SqlFiles.Parse(input.Left.Path, input.Left.GetText(cancellationToken)))
                .Collect()
                .Select(static (files, _) => SqlFiles.ToMigrations(files))
                .WithTrackingName(TrackingNames.SqlMigrations);

            var allMigrations = migrations
                .Combine(sqlMigrations)
                .Select(static (input, _) => input.Left.Concat(input.Right.Migrations).ToEquatableArray())
                .WithTrackingName(TrackingNames.AllMigrations);

            var catalog = allMigrations
                .Select(static (all, _) => CatalogBuilder.Build(all.AsImmutableArray()))
                .WithTrackingName(TrackingNames.Catalog);

            // Split so that moving a migration within its file (new diagnostic locations) does not re-emit.
            var entries = catalog.Select(static (result, _) => result.Entries).WithTrackingName(TrackingNames.CatalogEntries);
            var diagnostics = catalog.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.Diagnostics);

            var settings = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => ReadSettings(options.GlobalOptions))
                .WithTrackingName(TrackingNames.Settings);
            // Without the source assembly's symbol (see AssemblyFacts): the version from syntax, the runtime from the references.
            var assemblyVersion = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, cancellationToken) => AssemblyFacts.IsAssemblyVersionList(node, cancellationToken),
                    static (syntax, _) => AssemblyFacts.ReadVersion((AttributeListSyntax)syntax.Node))
                .Collect();
            var referencesRuntime = context.MetadataReferencesProvider
                .Where(static reference => AssemblyFacts.IsRuntimeReference(reference))
                .Collect()
                .Select(static (references, _) => !references.IsEmpty);
            var compilation = context.CompilationProvider
                .Combine(assemblyVersion)
                .Combine(referencesRuntime)
                .Select(static (input, _) => new CompilationInfo(
                    input.Left.Left.AssemblyName ?? "", AssemblyFacts.Version(input.Left.Right, input.Left.Left), input.Right))
                .WithTrackingName(TrackingNames.CompilationInfo);

            var model = entries
                .Combine(settings)
                .Combine(compilation)
                .Select(static (input, _) => new CatalogModel(input.Left.Right, input.Right, input.Left.Left))
                .WithTrackingName(TrackingNames.CatalogModel);

            // The lock rules: a separate branch, so the catalogue stays cached while the lock file is edited.
            var lockFile = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Where(static input => IsLockFile(input.Left, input.Right))
                .Select(static (input, cancellationToken) => LockFile.Parse(input.Left.Path, input.Left.GetText(cancellationToken)))
                .Collect()
                .Select(static (files, _) => files.IsEmpty ? null : files[0])
                .WithTrackingName(TrackingNames.LockFile);
            var lockSettings = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => ReadLockSettings(options.GlobalOptions))
                .WithTrackingName(TrackingNames.LockSettings);
            var lockRules = allMigrations
                .Combine(lockFile)
                .Combine(lockSettings)
                .Select(static (input, _) => LockRules.Evaluate(input.Left.Left.AsImmutableArray(), input.Left.Right, input.Right))
                .WithTrackingName(TrackingNames.LockRules);

            context.RegisterSourceOutput(lockRules, static (output, result) =>
            {
                if (result.UpdatedLock is { } text) output.AddSource(Emitter.LockHintName, Emitter.EmitUpdatedLock(text));
            });

            // Reported against the compilation's own syntax trees, so that #pragma and .editorconfig severities reach
            // them. Only this cheap reporting step sees the compilation; the models above stay cached.
            var allDiagnostics = lockRules.Select(static (result, _) => result.Diagnostics)
                .Combine(sqlMigrations.Select(static (result, _) => result.Diagnostics))
                .Combine(diagnostics)
                .Select(static (input, _) => input.Left.Left.Concat(input.Left.Right).Concat(input.Right).ToEquatableArray());
            context.RegisterSourceOutput(allDiagnostics.Combine(context.CompilationProvider), static (output, input) =>
            {
                var diagnostics = input.Left;
                if (diagnostics.Count == 0) return;
                var trees = new System.Collections.Generic.Dictionary<string, SyntaxTree>(System.StringComparer.Ordinal);
                foreach (var tree in input.Right.SyntaxTrees) trees[tree.FilePath] = tree;
                foreach (var diagnostic in diagnostics)
                {
                    output.ReportDiagnostic(diagnostic.ToDiagnostic(diagnostic.Location is { } at && trees.TryGetValue(at.FilePath, out var tree) ? tree : null));
                }
            });

            context.RegisterSourceOutput(model, static (output, model) =>
            {
                // Without the runtime the catalogue cannot compile; the diagnostics above still show.
                if (!model.Compilation.ReferencesRuntime) return;
                output.AddSource(Emitter.HintName, Emitter.Emit(model));
            });
        }

        /// <summary>The package's targets tag the lock file; a file named migrations.lock counts too (tests, hand-made projects).</summary>
        private static bool IsLockFile(AdditionalText file, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider options)
        {
            if (Kind(file, options) is { Length: > 0 } kind) return string.Equals(kind, "Lock", System.StringComparison.OrdinalIgnoreCase);
            return string.Equals(System.IO.Path.GetFileName(file.Path), LockFile.DefaultFileName, System.StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The package's targets tag .sql migrations (from the MigrationsSqlFolder) with GeneratedMigrationsKind=Sql.</summary>
        private static bool IsKind(AdditionalText file, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider options, string kind) =>
            string.Equals(Kind(file, options), kind, System.StringComparison.OrdinalIgnoreCase);

        private static string? Kind(AdditionalText file, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider options) =>
            options.GetOptions(file).TryGetValue("build_metadata.AdditionalFiles.GeneratedMigrationsKind", out var kind) ? kind : null;

        private static LockSettings ReadLockSettings(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options)
        {
            bool Flag(string name) => options.TryGetValue("build_property." + name, out var value) && string.Equals(value?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);
            options.TryGetValue("build_property.MigrationsLockFile", out var path);
            return new LockSettings(
                string.IsNullOrWhiteSpace(path) ? LockFile.DefaultFileName : path!.Trim(),
                Flag("MigrationsLockedMode"),
                Flag("UpdateMigrationsLock"),
                Flag("AcceptMigrationsLockChanges"),
                Flag("MigrationsLockEditsAsWarnings"));
        }

        private static CatalogSettings ReadSettings(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options)
        {
            options.TryGetValue("build_property.MigrationsCatalogNamespace", out var ns);
            if (string.IsNullOrWhiteSpace(ns)) options.TryGetValue("build_property.RootNamespace", out ns);
            options.TryGetValue("build_property.MigrationsCatalogClassName", out var className);
            options.TryGetValue("build_property.MigrationsCatalogPublic", out var isPublic);
            return new CatalogSettings(
                Identifiers.Namespace(ns),
                Identifiers.Sanitize(string.IsNullOrWhiteSpace(className) ? "AppMigrations" : className!.Trim()),
                string.Equals(isPublic?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase));
        }
    }
}
