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
            var migrations = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    Parser.AttributeName,
                    // A record class is a class too: leaving it out would silently drop the migration.
                    static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
                    static (syntax, cancellationToken) => Parser.Parse(syntax, cancellationToken))
                .Where(static migration => migration is not null)
                .Select(static (migration, _) => migration!)
                .WithTrackingName(TrackingNames.Migrations);

            var catalog = migrations
                .Collect()
                .Select(static (all, _) => CatalogBuilder.Build(all))
                .WithTrackingName(TrackingNames.Catalog);

            // Split so that moving a migration within its file (new diagnostic locations) does not re-emit.
            var entries = catalog.Select(static (result, _) => result.Entries).WithTrackingName(TrackingNames.CatalogEntries);
            var diagnostics = catalog.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.Diagnostics);

            var settings = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => ReadSettings(options.GlobalOptions))
                .WithTrackingName(TrackingNames.Settings);
            var compilation = context.CompilationProvider
                .Select(static (compilation, _) => Parser.ReadCompilation(compilation))
                .WithTrackingName(TrackingNames.CompilationInfo);

            var model = entries
                .Combine(settings)
                .Combine(compilation)
                .Select(static (input, _) => new CatalogModel(input.Left.Right, input.Right, input.Left.Left))
                .WithTrackingName(TrackingNames.CatalogModel);

            context.RegisterSourceOutput(diagnostics, static (output, diagnostics) =>
            {
                foreach (var diagnostic in diagnostics) output.ReportDiagnostic(diagnostic.ToDiagnostic());
            });

            context.RegisterSourceOutput(model, static (output, model) =>
            {
                // Without the runtime the catalogue cannot compile; the diagnostics above still show.
                if (!model.Compilation.ReferencesRuntime) return;
                output.AddSource(Emitter.HintName, Emitter.Emit(model));
            });
        }

        private static CatalogSettings ReadSettings(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options)
        {
            options.TryGetValue("build_property.MigrationsCatalogNamespace", out var ns);
            if (string.IsNullOrWhiteSpace(ns)) options.TryGetValue("build_property.RootNamespace", out ns);
            options.TryGetValue("build_property.MigrationsCatalogClassName", out var className);
            return new CatalogSettings(
                Identifiers.Namespace(ns),
                Identifiers.Sanitize(string.IsNullOrWhiteSpace(className) ? "AppMigrations" : className!.Trim()));
        }
    }
}
