using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GeneratedMigrations.Generators.Tests.Infrastructure;

/// <summary>Runs the package's analyzers over a compilation as the compiler does (<c>#pragma</c>, <c>[SuppressMessage]</c> and the compilation's per-tree severities applied).</summary>
internal static class AnalyzerHarness
{
    /// <summary>The diagnostics the build would show (suppressed ones left out), in source order.</summary>
    public static ImmutableArray<Diagnostic> Diagnostics(Compilation compilation) => All(compilation).Where(d => !d.IsSuppressed).ToImmutableArray();

    /// <summary>Every diagnostic, suppressed ones included and marked <see cref="Diagnostic.IsSuppressed"/>, in source order.</summary>
    public static ImmutableArray<Diagnostic> All(Compilation compilation)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true);
        var diagnostics = compilation
            .WithAnalyzers([new MigrationTypeAnalyzer()], options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        // An analyzer that throws is reported as AD0001; a test must not carry on.
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }
}
