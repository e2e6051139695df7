using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace GeneratedMigrations.Generators.Tests.Infrastructure;

/// <summary>Per-file severities from an .editorconfig, as the compiler gives them to the compilation.</summary>
internal sealed class EditorConfigSeverities(AnalyzerConfigSet set) : SyntaxTreeOptionsProvider
{
    /// <summary>The compilation with the severities of <paramref name="editorConfig"/>, read as the file at <paramref name="path"/>.</summary>
    public static Compilation Apply(Compilation compilation, string editorConfig, string path)
    {
        var set = AnalyzerConfigSet.Create(ImmutableArray.Create(AnalyzerConfig.Parse(editorConfig, path)));
        return compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new EditorConfigSeverities(set)));
    }

    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        set.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
}
