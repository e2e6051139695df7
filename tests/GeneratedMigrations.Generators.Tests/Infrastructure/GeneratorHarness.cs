using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GeneratedMigrations.Generators.Tests.Infrastructure;

/// <summary>A source file of a test compilation. The path shows in diagnostics and in messages such as <c>(Books.cs:5)</c>.</summary>
internal sealed record TestSource(string Path, string Text);

/// <summary>
/// Compiles test sources against the running .NET runtime and the GeneratedMigrations runtime assembly, and
/// runs <see cref="MigrationGenerator"/> over them the way the compiler does, with step tracking on.
/// </summary>
internal static class GeneratorHarness
{
    public const string AssemblyName = "TestProject";

    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>What test compilations reference: the running framework and GeneratedMigrations.dll.</summary>
    public static ImmutableArray<MetadataReference> MetadataReferences => References.Value;

    /// <summary>The framework assemblies of the running runtime (not the test's own dependencies) plus GeneratedMigrations.dll.</summary>
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal));
        return platform
            .Append(typeof(GeneratedMigrations.MigrationAttribute).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    public static CSharpCompilation CreateCompilation(IEnumerable<TestSource> sources, string assemblyName = AssemblyName) =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select(source => Parse(source.Path, source.Text)),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static SyntaxTree Parse(string path, string text) =>
        CSharpSyntaxTree.ParseText(text, ParseOptions, path, System.Text.Encoding.UTF8);

    /// <param name="buildProperties">MSBuild properties as the generator sees them, e.g. <c>["RootNamespace"] = "My.App"</c>.</param>
    /// <param name="additionalTexts">AdditionalFiles items (lock file, <c>.sql</c> migrations).</param>
    /// <param name="perFileOptions">Item metadata by file path, e.g. <c>GeneratedMigrationsKind=Sql</c> (see <see cref="TestProject"/>).</param>
    public static GeneratorDriver CreateDriver(
        IReadOnlyDictionary<string, string>? buildProperties = null,
        IEnumerable<AdditionalText>? additionalTexts = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFileOptions = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new MigrationGenerator().AsSourceGenerator() },
            additionalTexts ?? [],
            ParseOptions,
            new TestAnalyzerConfigOptionsProvider(buildProperties, perFileOptions),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(string source, IReadOnlyDictionary<string, string>? buildProperties = null) =>
        Run([new TestSource("Migrations.cs", source)], buildProperties);

    public static GeneratorRun Run(
        IEnumerable<TestSource> sources,
        IReadOnlyDictionary<string, string>? buildProperties = null,
        IEnumerable<AdditionalText>? additionalTexts = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFileOptions = null) =>
        GeneratorRun.Start(CreateDriver(buildProperties, additionalTexts, perFileOptions), CreateCompilation(sources));
}

/// <summary>One run of the generator driver, and the way to run it again on an edited compilation.</summary>
internal sealed class GeneratorRun
{
    private GeneratorRun(GeneratorDriver driver, Compilation input, Compilation output, ImmutableArray<Diagnostic> diagnostics)
    {
        Driver = driver;
        InputCompilation = input;
        OutputCompilation = output;
        GeneratorDiagnostics = diagnostics;
        Result = driver.GetRunResult().Results.Single();
        // The driver turns an exception into a warning (CS8785) and carries on; a test must not.
        Assert.True(Result.Exception is null, $"The generator threw: {Result.Exception}");
    }

    /// <summary>The driver after this run; it holds the cached state the next run compares with.</summary>
    public GeneratorDriver Driver { get; }

    public Compilation InputCompilation { get; }

    /// <summary>The input plus the generated sources.</summary>
    public Compilation OutputCompilation { get; }

    /// <summary>Diagnostics the generator reported (not the compiler's).</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    public GeneratorRunResult Result { get; }

    /// <summary>The emitted catalogue, or null when nothing was emitted.</summary>
    public string? CatalogSource => Result.GeneratedSources
        .Where(source => source.HintName == MigrationGenerator.Emitter.HintName)
        .Select(source => source.SourceText.ToString())
        .SingleOrDefault();

    public static GeneratorRun Start(GeneratorDriver driver, Compilation compilation)
    {
        var next = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(next, compilation, output, diagnostics);
    }

    /// <summary>Runs again with the cached state of this run, as the IDE does after an edit.</summary>
    /// <param name="edited">The next compilation, derived from <see cref="InputCompilation"/> so unchanged trees stay the same objects.</param>
    /// <param name="editDriver">Changes to the driver's inputs, e.g. <c>d =&gt; d.ReplaceAdditionalText(old, new)</c>.</param>
    public GeneratorRun Rerun(Compilation edited, Func<GeneratorDriver, GeneratorDriver>? editDriver = null) =>
        Start(editDriver is null ? Driver : editDriver(Driver), edited);

    /// <summary>Runs again on the same sources with other build properties (and the given item metadata).</summary>
    public GeneratorRun RerunWithBuildProperties(
        IReadOnlyDictionary<string, string> buildProperties,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFileOptions = null) =>
        Rerun(InputCompilation, driver => driver.WithUpdatedAnalyzerConfigOptions(new TestAnalyzerConfigOptionsProvider(buildProperties, perFileOptions)));

    /// <summary>Replaces the syntax tree with the given path by new text, keeping every other tree (and its cache) as is.</summary>
    public GeneratorRun RerunWithEditedFile(string path, Func<string, string> edit)
    {
        var tree = InputCompilation.SyntaxTrees.Single(t => t.FilePath == path);
        var edited = GeneratorHarness.Parse(path, edit(tree.GetText().ToString()));
        return Rerun(InputCompilation.ReplaceSyntaxTree(tree, edited));
    }

    /// <summary>
    /// The generated code compiles: no error anywhere in the output compilation and no warning in the
    /// generated files (users build with warnings as errors).
    /// </summary>
    public GeneratorRun AssertOutputCompiles()
    {
        var generatedTrees = OutputCompilation.SyntaxTrees.Except(InputCompilation.SyntaxTrees).ToHashSet();
        var problems = OutputCompilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error
                || (d.Severity == DiagnosticSeverity.Warning && d.Location.SourceTree is { } tree && generatedTrees.Contains(tree)))
            .ToList();
        Assert.True(problems.Count == 0,
            "The output compilation has problems:\n" + string.Join("\n", problems.Select(DiagnosticText.Format)) +
            "\n\nGenerated source:\n" + CatalogSource);
        return this;
    }

    /// <summary>
    /// The lock file the generator proposes in update mode (<c>UpdateMigrationsLock=true</c>), as the build's
    /// write step reads it from <c>GeneratedMigrations.UpdatedLock.g.cs</c>; null when nothing was proposed.
    /// </summary>
    public string? ProposedLock
    {
        get
        {
            var source = Result.GeneratedSources.Where(s => s.HintName == MigrationGenerator.Emitter.LockHintName).ToList();
            if (source.Count == 0) return null;
            var literal = Assert.Single(source).SyntaxTree.GetRoot().DescendantTokens()
                .Single(token => token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken));
            // A multi-line raw string's value leaves out the line break before its closing quotes; the file keeps it.
            return literal.ValueText + "\n";
        }
    }

    /// <summary>
    /// What <see cref="MigrationTypeAnalyzer"/> (GM0003, the class checks that need the semantic model) reports on the
    /// input compilation, unsuppressed, in source order; computed once, when asked for.
    /// </summary>
    public ImmutableArray<Diagnostic> AnalyzerDiagnostics => _analyzerDiagnostics ??= AnalyzerHarness.Diagnostics(InputCompilation);

    private ImmutableArray<Diagnostic>? _analyzerDiagnostics;

    /// <summary>What the build shows from this package: the analyzer's diagnostics, then the generator's.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => AnalyzerDiagnostics.AddRange(GeneratorDiagnostics);

    /// <summary>The analyzer's and the generator's diagnostics, one line each: the analyzer's in source order, then the generator's in reported order.</summary>
    public IReadOnlyList<string> DiagnosticLines => Diagnostics.Select(DiagnosticText.Format).ToList();

    /// <summary>
    /// Emits the output compilation, loads it into a throw-away load context and returns the generated
    /// catalogue as the application would see it at run time.
    /// </summary>
    /// <param name="catalogTypeName">Namespace-qualified name of the generated class.</param>
    public MigrationCatalog LoadCatalog(string catalogTypeName = "AppMigrations")
    {
        using var image = new MemoryStream();
        var emitted = OutputCompilation.Emit(image);
        Assert.True(emitted.Success, "Emit failed:\n" + string.Join("\n", emitted.Diagnostics.Select(DiagnosticText.Format)));
        image.Position = 0;
        // Collectible so the test process does not keep every compiled test assembly; GeneratedMigrations.dll
        // itself resolves from the default context, so the catalogue has the runtime's real types.
        var context = new System.Runtime.Loader.AssemblyLoadContext(name: GeneratorHarness.AssemblyName, isCollectible: true);
        try
        {
            var type = context.LoadFromStream(image).GetType(catalogTypeName, throwOnError: true)!;
            return (MigrationCatalog)type.GetProperty("Catalog")!.GetValue(null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}

/// <summary>How tests and approved files show a diagnostic: <c>error GM0001 Books.cs(5,2): message</c>.</summary>
internal static class DiagnosticText
{
    public static string Format(Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (diagnostic.Location == Location.None) return $"{severity} {diagnostic.Id}: {message}";
        var span = diagnostic.Location.GetLineSpan();
        var start = span.StartLinePosition;
        return string.Create(CultureInfo.InvariantCulture,
            $"{severity} {diagnostic.Id} {span.Path}({start.Line + 1},{start.Character + 1}): {message}");
    }
}
