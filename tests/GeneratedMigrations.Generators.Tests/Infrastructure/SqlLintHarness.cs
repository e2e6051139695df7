using System.Collections.Immutable;
using GeneratedMigrations.Generators.SqlLint;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GeneratedMigrations.Generators.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="SqlLintAnalyzer"/> over a <see cref="TestProject"/> the way the compiler does: the project's C#
/// sources, its AdditionalFiles (lock, .sql) with their item metadata, build properties, and optionally an
/// <c>.editorconfig</c>/<c>.globalconfig</c> whose severities the compiler applies.
/// </summary>
internal static class SqlLintHarness
{
    public const string Folder = "/repo/Shop/";

    /// <summary>
    /// The analyzer's diagnostics the build would show (suppressed ones left out), one line each, in source order. A
    /// project without a lock file gets one with no entries (the lint is off in projects without a lock file).
    /// </summary>
    public static IReadOnlyList<string> Lint(TestProject project, string? editorConfig = null, string? globalConfig = null) =>
        Diagnostics(project.Lock is null ? project.WithLock(TestProject.LockHeader) : project, editorConfig, globalConfig).Select(DiagnosticText.Format).ToList();

    /// <summary>As <see cref="Lint"/>, on the project exactly as given.</summary>
    public static IReadOnlyList<Diagnostic> Diagnostics(TestProject project, string? editorConfig = null, string? globalConfig = null)
    {
        var compilation = GeneratorHarness.CreateCompilation(project.Sources);
        if (editorConfig is not null || globalConfig is not null)
        {
            var configs = new List<AnalyzerConfig>();
            if (editorConfig is not null) configs.Add(AnalyzerConfig.Parse(editorConfig, Folder + ".editorconfig"));
            if (globalConfig is not null) configs.Add(AnalyzerConfig.Parse(globalConfig, Folder + ".globalconfig"));
            var set = AnalyzerConfigSet.Create(configs.ToImmutableArray());
            compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new ConfigSeverities(set)));
        }
        var options = new AnalyzerOptions(
            project.AdditionalTexts.ToImmutableArray(),
            new TestAnalyzerConfigOptionsProvider(project.Properties, project.PerFileOptions));
        var analyzed = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SqlLintAnalyzer()), options);
        var result = analyzed.GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
        // The analyzer must never throw: the compiler would turn that into a warning (AD0001) and lint nothing.
        Assert.True(result.AnalyzerTelemetryInfo.Count == 1, "The analyzer did not run.");
        var exceptions = analyzed.GetAllDiagnosticsAsync().GetAwaiter().GetResult().Where(d => d.Id == "AD0001").ToList();
        Assert.True(exceptions.Count == 0, "The analyzer threw:\n" + string.Join("\n", exceptions.Select(DiagnosticText.Format)));
        return analyzed.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(d => !d.IsSuppressed)
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Severities from an .editorconfig (per file) and a .globalconfig (files outside the compilation too, such as .sql).</summary>
    private sealed class ConfigSeverities(AnalyzerConfigSet set) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            set.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
    }
}
