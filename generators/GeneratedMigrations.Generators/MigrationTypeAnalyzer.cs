using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GeneratedMigrations.Generators
{
    /// <summary>
    /// GM0009: a [Migration] attribute written in a form the generator's syntax-only search does not recognise (an alias
    /// declared in another file), which would otherwise leave the class out of the catalogue without a word.
    /// GM0003: a [Migration] class the generated <c>static () =&gt; new T()</c> cannot create or call (abstract, static,
    /// generic, no public parameterless constructor, not an IMigration, not visible to the catalogue). An analyzer rather
    /// than the generator for two reasons: the generator's per-class work stays syntax-only and cached (these checks need
    /// the semantic model, which would make it re-run for every class after any edit), and an analyzer's diagnostic is
    /// suppressed like any other rule (<c>#pragma</c>, <c>[SuppressMessage]</c>, <c>.editorconfig</c>). The generator
    /// leaves such a class out of the catalogue with the same rules (<see cref="MigrationGenerator.Parser.TypeProblems"/>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MigrationTypeAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidMigrationType, DiagnosticDescriptors.MigrationAttributeNotSeen);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(static start =>
            {
                // Without the runtime there is no [Migration] to check.
                if (start.Compilation.GetTypeByMetadataName(MigrationGenerator.Parser.AttributeName) is not { } attributeType) return;
                start.RegisterSymbolAction(symbolContext => Analyze(symbolContext, attributeType), SymbolKind.NamedType);
            });
        }

        private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol attributeType)
        {
            // A record struct cannot carry [Migration] (AttributeTargets.Class); the compiler reports that.
            if (context.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Class } type) return;
            foreach (var attribute in type.GetAttributes())
            {
                if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType)) continue;
                var location = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation()
                    ?? (type.Locations.IsEmpty ? Location.None : type.Locations[0]);
                var displayName = type.ToDisplayString();
                // The generator finds migrations by syntax; an attribute it cannot recognise so would silently leave the class out.
                if (attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is AttributeSyntax { Parent.Parent: TypeDeclarationSyntax declaration } syntax
                    && !MigrationGenerator.SyntaxParser.IsCandidate(declaration, context.CancellationToken))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MigrationAttributeNotSeen, location, displayName, syntax.Name.ToString()));
                }
                foreach (var reason in MigrationGenerator.Parser.TypeProblems(type))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidMigrationType, location, displayName, reason));
                }
                return;
            }
        }
    }
}
