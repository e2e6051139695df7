using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GeneratedMigrations.Generators.Tests.Infrastructure;

/// <summary>
/// What MSBuild gives a generator through <c>CompilerVisibleProperty</c> (<c>build_property.X</c>) and
/// <c>CompilerVisibleItemMetadata</c> (per-file <c>build_metadata.AdditionalFiles.X</c>).
/// </summary>
internal sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly ImmutableDictionary<string, ImmutableDictionary<string, string>> _perFile;

    /// <param name="buildProperties">MSBuild property names without the <c>build_property.</c> prefix, e.g. <c>RootNamespace</c>.</param>
    /// <param name="perFileOptions">Options for a syntax tree or additional file, keyed by its path; keys are the full option names.</param>
    public TestAnalyzerConfigOptionsProvider(
        IReadOnlyDictionary<string, string>? buildProperties = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFileOptions = null)
    {
        GlobalOptions = new Options((buildProperties ?? new Dictionary<string, string>())
            .ToImmutableDictionary(p => "build_property." + p.Key, p => p.Value, AnalyzerConfigOptions.KeyComparer));
        _perFile = (perFileOptions ?? new Dictionary<string, IReadOnlyDictionary<string, string>>())
            .ToImmutableDictionary(f => f.Key, f => f.Value.ToImmutableDictionary(AnalyzerConfigOptions.KeyComparer), StringComparer.Ordinal);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => For(tree.FilePath);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => For(textFile.Path);

    private AnalyzerConfigOptions For(string path) =>
        _perFile.TryGetValue(path, out var options) ? new Options(options) : Options.Empty;

    // Option names are case-insensitive (AnalyzerConfigOptions.KeyComparer), as the compiler reads them.
    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
