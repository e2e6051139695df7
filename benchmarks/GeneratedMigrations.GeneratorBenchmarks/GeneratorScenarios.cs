using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using GeneratedMigrations.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GeneratorBenchmarks;

/// <summary>One measured scenario: milliseconds around <see cref="GeneratorDriver.RunGenerators(Compilation, CancellationToken)"/>.</summary>
/// <param name="Reparsed">How many per-class parses ran again (tracked step reasons other than Cached), out of N.</param>
/// <param name="Problem">Why the run is not what a user's build would do (wrong catalogue, unexpected diagnostics); null when fine.</param>
/// <param name="MedianCpuMs">The calling thread's CPU time (the driver runs the generator on it): less distorted than wall time on a loaded machine.</param>
internal sealed record ScenarioResult(int Migrations, string Scenario, double MedianMs, double MinMs, double MaxMs, double MedianCpuMs, int Runs, string Reparsed, string? Problem)
{
    public string ToMarkdownRow() => string.Create(CultureInfo.InvariantCulture,
        $"| {Migrations:N0} | {Scenario} | {MedianMs:F1} | {MinMs:F1} | {MaxMs:F1} | {MedianCpuMs:F1} | {Runs} | {Reparsed} |");
}

/// <summary>
/// A project of N migrations, one class per file (the last one not yet locked, as a migration being written is), a
/// complete <c>migrations.lock</c> for the others and one file without migrations. The driver is created once and
/// then carries its cache from run to run, as the IDE's does: each edit replaces one syntax tree of the previous
/// compilation (<see cref="Compilation.ReplaceSyntaxTree"/>), so every other tree is the same object.
/// </summary>
internal static class GeneratorScenarios
{
    private const string Folder = "/bench/Shop/";
    private const string ShelfPath = Folder + "Shelf.cs";
    private static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    /// <summary>The generator measured: this repository's, or with <c>--generator path.dll</c> another build of it (say, an earlier commit's) for a side-by-side.</summary>
    public static Func<ISourceGenerator> CreateGenerator { get; set; } = static () => new MigrationGenerator().AsSourceGenerator();

    /// <summary>Loads another build of the generator in a context of its own, sharing Roslyn with this process.</summary>
    public static Func<ISourceGenerator> LoadGenerator(string path)
    {
        var context = new System.Runtime.Loader.AssemblyLoadContext("other-generator");
        var assembly = context.LoadFromAssemblyPath(Path.GetFullPath(path));
        var type = assembly.GetType("GeneratedMigrations.Generators.MigrationGenerator", throwOnError: true)!;
        return () => ((IIncrementalGenerator)Activator.CreateInstance(type)!).AsSourceGenerator();
    }

    public static IEnumerable<ScenarioResult> Measure(int size, int runs)
    {
        var trees = Enumerable.Range(1, size).Select(order => Parse(MigrationPath(order), Migration(order, body: 0, comment: 0))).ToList();
        trees.Add(Parse(ShelfPath, Shelf(0)));
        var references = References();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        CSharpCompilation NewCompilation() => CSharpCompilation.Create("Shop", trees, references, options);

        var lockFile = LockWithoutTheLast(NewCompilation(), size);
        var lastPath = MigrationPath(size);

        // Cold: a new driver and a new compilation each time (the trees are parsed once: parsing is the compiler's, not the generator's).
        var first = Time(() => CreateDriver(lockFile, track: false).RunGenerators(NewCompilation()));
        yield return Summarize(size, "cold, first run in the process (JIT included)", [(first.Elapsed, first.Cpu)], "all", Check(first.Driver, size));
        var cold = new List<(double, double)>();
        GeneratorDriver driver = first.Driver;
        for (var r = 0; r < runs; r++)
        {
            var run = Time(() => CreateDriver(lockFile, track: false).RunGenerators(NewCompilation()));
            cold.Add((run.Elapsed, run.Cpu));
            driver = run.Driver;
        }
        yield return Summarize(size, "cold (new driver, new compilation)", cold, "all", Check(driver, size));

        // Edits, each against the driver of the previous run; alternating two texts so every run is a real change.
        var scenarios = new (string Name, string Path, Func<int, string> Text)[]
        {
            ("one body edit (the migration being written)", lastPath, v => Migration(size, body: v % 2, comment: 0)),
            ("one comment edit (in a migration's body)", lastPath, v => Migration(size, body: 0, comment: v % 2)),
            ("one edit of a file without migrations", ShelfPath, v => Shelf(v % 2)),
        };
        var compilation = NewCompilation();
        driver = CreateDriver(lockFile, track: false).RunGenerators(compilation);
        foreach (var (name, path, text) in scenarios)
        {
            var times = new List<(double, double)>();
            for (var r = 1; r <= runs; r++)
            {
                compilation = Replace(compilation, path, text(r));
                var edited = compilation;
                var run = Time(() => driver.RunGenerators(edited));
                times.Add((run.Elapsed, run.Cpu));
                driver = run.Driver;
            }
            // Reset the file, so the next scenario starts from the original texts.
            compilation = Replace(compilation, path, text(0));
            driver = driver.RunGenerators(compilation);
            yield return Summarize(size, name, times, Reparsed(lockFile, trees, references, options, path, text(1)), Check(driver, size));
        }
    }

    /// <summary>One extra pair of runs with step tracking on: how many per-class parses the edit re-ran.</summary>
    private static string Reparsed(AdditionalText lockFile, List<SyntaxTree> trees, ImmutableArray<MetadataReference> references, CSharpCompilationOptions options, string path, string text)
    {
        var compilation = CSharpCompilation.Create("Shop", trees, references, options);
        var driver = CreateDriver(lockFile, track: true).RunGenerators(compilation);
        driver = driver.RunGenerators(Replace(compilation, path, text));
        var reasons = driver.GetRunResult().Results.Single().TrackedSteps["Migrations"].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        var rerun = reasons.Count(r => r != IncrementalStepRunReason.Cached);
        return string.Create(CultureInfo.InvariantCulture, $"{rerun} of {reasons.Count:N0}");
    }

    /// <summary>
    /// Where the time of one edit goes: the tracked steps' own elapsed times (named steps and source outputs), summed
    /// over their outputs, largest first. For finding the next thing to cut, not for the table.
    /// </summary>
    public static IEnumerable<string> StepTimes(int size, string scenario)
    {
        var trees = Enumerable.Range(1, size).Select(order => Parse(MigrationPath(order), Migration(order, body: 0, comment: 0))).ToList();
        trees.Add(Parse(ShelfPath, Shelf(0)));
        var references = References();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        var compilation = CSharpCompilation.Create("Shop", trees, references, options);
        var lockFile = LockWithoutTheLast(compilation, size);
        var driver = CreateDriver(lockFile, track: true).RunGenerators(compilation);
        for (var r = 1; r <= 4; r++)
        {
            compilation = scenario == "body" ? Replace(compilation, MigrationPath(size), Migration(size, body: r % 2, comment: 0))
                : scenario == "comment" ? Replace(compilation, MigrationPath(size), Migration(size, body: 0, comment: r % 2))
                : Replace(compilation, ShelfPath, Shelf(r % 2));
            var edited = compilation;
            var run = Time(() => driver.RunGenerators(edited));
            driver = run.Driver;
            if (r < 4) continue;
            var result = driver.GetRunResult().Results.Single();
            yield return string.Create(CultureInfo.InvariantCulture, $"{size:N0} {scenario}: {run.Elapsed:F1} ms in RunGenerators ({run.Cpu:F1} ms CPU); generator {driver.GetTimingInfo().GeneratorTimes.Single().ElapsedTime.TotalMilliseconds:F1} ms");
            var steps = result.TrackedSteps.Concat(result.TrackedOutputSteps)
                .Select(pair => (pair.Key, Ms: pair.Value.Sum(step => step.ElapsedTime.TotalMilliseconds), Count: pair.Value.Length))
                .OrderByDescending(step => step.Ms);
            foreach (var (name, ms, count) in steps) yield return string.Create(CultureInfo.InvariantCulture, $"  {name,-24} {ms,8:F2} ms over {count} step runs");
        }
    }

    /// <summary>
    /// Many edits of one kind in a row, for a sampling profiler (<c>perf record</c>) or a steady-state CPU median:
    /// --loop 1000 body 500. With "body-nolock" or "unrelated-nolock" the project has no lock file, so the run reports no
    /// diagnostic at all: the difference is what the driver spends on the one located GM0100 (its [SuppressMessage]
    /// check binds the new compilation's declarations and assembly attributes).
    /// </summary>
    public static string Loop(int size, string scenario, int count)
    {
        var trees = Enumerable.Range(1, size).Select(order => Parse(MigrationPath(order), Migration(order, body: 0, comment: 0))).ToList();
        trees.Add(Parse(ShelfPath, Shelf(0)));
        var compilation = CSharpCompilation.Create("Shop", trees, References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var withoutLock = scenario.EndsWith("-nolock", StringComparison.Ordinal);
        scenario = withoutLock ? scenario[..^"-nolock".Length] : scenario;
        var driver = (withoutLock
            ? CSharpGeneratorDriver.Create([CreateGenerator()], [], ParseOptions, new BuildOptions(new Dictionary<string, string> { ["RootNamespace"] = "Shop" }))
            : CreateDriver(LockWithoutTheLast(compilation, size), track: false)).RunGenerators(compilation);
        var cpu = new List<double>();
        for (var r = 1; r <= count; r++)
        {
            compilation = scenario == "body" ? Replace(compilation, MigrationPath(size), Migration(size, body: r % 2, comment: 0))
                : Replace(compilation, ShelfPath, Shelf(r % 2));
            var before = ThreadCpu.Milliseconds();
            driver = driver.RunGenerators(compilation);
            cpu.Add(ThreadCpu.Milliseconds() - before);
        }
        var sorted = cpu.Skip(count / 5).OrderBy(t => t).ToList();
        var diagnostics = driver.GetRunResult().Results.Single().Diagnostics.Select(d => d.Id).ToList();
        var problem = withoutLock ? (diagnostics.Count == 0 ? null : "diagnostics: " + string.Join(", ", diagnostics)) : Check(driver, size);
        return string.Create(CultureInfo.InvariantCulture, $"{size:N0} {scenario}{(withoutLock ? " without a lock file" : "")} x{count}: median {Median(sorted):F1} ms CPU (last 80%, min {sorted[0]:F1}); problem: {problem ?? "none"}");
    }

    /// <summary>
    /// The generator's own work after all migrations are gathered, each piece called directly on the models of N
    /// migrations and timed on its own (CPU ms of this thread), eight times: the lock rules, the catalogue check and
    /// sort, the driver's equality check of the result, the emitter, and the compiler's parse of the emitted text
    /// (which the driver repeats after every edit). For finding what to cut next, not for the table.
    /// </summary>
    public static IEnumerable<string> Profile(int size)
    {
        var trees = Enumerable.Range(1, size).Select(order => Parse(MigrationPath(order), Migration(order, body: 0, comment: 0))).ToList();
        trees.Add(Parse(ShelfPath, Shelf(0)));
        var references = References();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        var compilation = CSharpCompilation.Create("Shop", trees, references, options);
        var lockText = LockWithoutTheLast(compilation, size);
        var all = trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>())
            .Select(d => MigrationGenerator.SyntaxParser.Parse(d, default)).Where(p => p is not null).Select(p => p!.Migration!).ToImmutableArray();
        var lockFile = GeneratedMigrations.Generators.LockFile.Parse(lockText.Path, lockText.GetText());
        var settings = new GeneratedMigrations.Generators.Models.LockSettings("migrations.lock", false, false, false, false);
        var catalogSettings = new GeneratedMigrations.Generators.Models.CatalogSettings("Shop", "AppMigrations", false);
        var info = new GeneratedMigrations.Generators.Models.CompilationInfo("Shop", "1.0.0.0", true);
        SourceText? last = null;
        for (var r = 0; r < 8; r++)
        {
            var lockRules = Time(() => { _ = GeneratedMigrations.Generators.LockRules.Evaluate(all, lockFile, settings); return null!; });
            GeneratedMigrations.Generators.Models.CatalogResult? result = null;
            var catalog = Time(() => { result = MigrationGenerator.CatalogBuilder.Build(all); return null!; });
            var copy = MigrationGenerator.CatalogBuilder.Build(all);
            var equals = Time(() => { _ = result!.Equals(copy); return null!; });
            SourceText? source = null;
            var emit = Time(() => { source = MigrationGenerator.Emitter.Emit(new GeneratedMigrations.Generators.Models.CatalogModel(catalogSettings, info, result!.Entries)); return null!; });
            var parse = Time(() => { CSharpSyntaxTree.ParseText(source!, ParseOptions); return null!; });
            yield return string.Create(CultureInfo.InvariantCulture, $"CPU ms: lock rules {lockRules.Cpu:F1}, catalogue {catalog.Cpu:F1}, result equality {equals.Cpu:F1}, emit {emit.Cpu:F1} ({source!.Length:N0} chars), parse {parse.Cpu:F1}");
            last = source;
        }

        // The parse alone, alternating with the same text in the factory's earlier form (each class by its global:: name,
        // no using aliases), so the two are compared under the same load: median of 20 each.
        var aliased = last!.ToString();
        var unaliased = string.Join("\n", aliased.Split('\n').Where(line => !line.StartsWith("using __N", StringComparison.Ordinal) && !line.StartsWith("// The namespaces (or containing classes)", StringComparison.Ordinal)))
            .Replace("return new __N0.", "return new global::Shop.Migrations.", StringComparison.Ordinal);
        var withAliases = new List<double>();
        var withoutAliases = new List<double>();
        for (var r = 0; r < 21; r++)
        {
            withoutAliases.Add(Time(() => { CSharpSyntaxTree.ParseText(unaliased, ParseOptions); return null!; }).Cpu);
            withAliases.Add(Time(() => { CSharpSyntaxTree.ParseText(aliased, ParseOptions); return null!; }).Cpu);
        }
        withAliases.Sort();
        withoutAliases.Sort();
        yield return string.Create(CultureInfo.InvariantCulture,
            $"parse of the catalogue, CPU ms median of 21 (min): factory through using aliases {Median(withAliases):F1} ({withAliases[0]:F1}), {aliased.Length:N0} chars; each class by its global:: name {Median(withoutAliases):F1} ({withoutAliases[0]:F1}), {unaliased.Length:N0} chars");
    }

    private static CSharpCompilation Replace(CSharpCompilation compilation, string path, string text) =>
        compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(t => t.FilePath == path), Parse(path, text));

    private static (GeneratorDriver Driver, double Elapsed, double Cpu) Time(Func<GeneratorDriver> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var cpu = ThreadCpu.Milliseconds();
        var watch = Stopwatch.StartNew();
        var driver = run();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        return (driver, elapsed, ThreadCpu.Milliseconds() - cpu);
    }

    private static ScenarioResult Summarize(int size, string scenario, List<(double Wall, double Cpu)> times, string reparsed, string? problem)
    {
        var sorted = times.Select(t => t.Wall).OrderBy(t => t).ToList();
        return new ScenarioResult(size, scenario, Median(sorted), sorted[0], sorted[^1], Median(times.Select(t => t.Cpu).OrderBy(t => t).ToList()), sorted.Count, reparsed, problem);
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    /// <summary>The run produced the catalogue of all N migrations and only the one "not yet locked" info (GM0100).</summary>
    private static string? Check(GeneratorDriver driver, int size)
    {
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null) return "the generator threw: " + result.Exception.Message;
        var ids = result.Diagnostics.Select(d => d.Id).ToList();
        if (ids is not ["GM0100"]) return "diagnostics: " + string.Join(", ", ids.Distinct());
        var catalog = result.GeneratedSources.SingleOrDefault(s => s.HintName == "GeneratedMigrations.Catalog.g.cs").SourceText?.ToString() ?? "";
        // The names sit inside one text constant: the count of migrations is what the table says (a line per migration in
        // this generator's table constant, a line with a comment per migration in the array of earlier builds).
        var count = catalog.Contains($"MigrationDescriptor[{size}]", StringComparison.Ordinal) ? size : catalog.Split('\n').Count(line => line.Contains(", // ", StringComparison.Ordinal));
        return count == size && catalog.Contains($"create_t{size}", StringComparison.Ordinal) && catalog.Contains("create_t1", StringComparison.Ordinal)
            ? null : "the catalogue does not hold every migration";
    }

    /// <summary>The lock the generator proposes in update mode, without its last migration (the one being written).</summary>
    private static AdditionalText LockWithoutTheLast(Compilation compilation, int size)
    {
        var driver = CSharpGeneratorDriver.Create(
            [CreateGenerator()], [], ParseOptions,
            new BuildOptions(new Dictionary<string, string> { ["RootNamespace"] = "Shop", ["UpdateMigrationsLock"] = "true" }));
        var source = driver.RunGenerators(compilation).GetRunResult().Results.Single().GeneratedSources
            .Single(s => s.HintName == "GeneratedMigrations.UpdatedLock.g.cs");
        var text = source.SyntaxTree.GetRoot().DescendantTokens().Single(t => t.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)).ValueText + "\n";
        var lines = text.Split('\n').Where(line => !line.EndsWith($" create_t{size}", StringComparison.Ordinal));
        return new MemoryText(Folder + "migrations.lock", string.Join("\n", lines));
    }

    private static GeneratorDriver CreateDriver(AdditionalText lockFile, bool track) =>
        CSharpGeneratorDriver.Create(
            [CreateGenerator()],
            [lockFile],
            ParseOptions,
            new BuildOptions(new Dictionary<string, string> { ["RootNamespace"] = "Shop" }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    private static ImmutableArray<MetadataReference> References()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Append(typeof(GeneratedMigrations.MigrationAttribute).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    private static SyntaxTree Parse(string path, string text) => CSharpSyntaxTree.ParseText(text, ParseOptions, path, Encoding.UTF8);

    private static string MigrationPath(int order) => string.Create(CultureInfo.InvariantCulture, $"{Folder}Migrations/M{order:D5}.cs");

    /// <summary>A typical reversible migration; <paramref name="body"/> and <paramref name="comment"/> pick one of two texts.</summary>
    private static string Migration(int order, int body, int comment) => string.Create(CultureInfo.InvariantCulture, $$"""
        using System.Threading;
        using System.Threading.Tasks;
        using GeneratedMigrations;

        namespace Shop.Migrations;

        /// <summary>Creates table t{{order}}.</summary>
        [Migration({{order}}, "create_t{{order}}")]
        public sealed class CreateT{{order}} : IReversibleMigration
        {
            public Task UpAsync(MigrationContext db, CancellationToken ct) =>
                db.ExecuteAsync("CREATE TABLE t{{order}} (id INTEGER PRIMARY KEY, name TEXT NOT NULL{{(body == 1 ? ", note TEXT" : "")}})", ct); // {{(comment == 1 ? "reviewed" : "draft")}}

            public Task DownAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync("DROP TABLE t{{order}}", ct);
        }
        """);

    private static string Shelf(int variant) => string.Create(CultureInfo.InvariantCulture, $$"""
        namespace Shop;

        public static class Shelf
        {
            public static int Capacity => {{(variant == 1 ? 250 : 100)}};
        }
        """);

    private sealed class MemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>MSBuild properties as the generator reads them (<c>build_property.X</c>); no per-file metadata.</summary>
    private sealed class BuildOptions(Dictionary<string, string> properties) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}

/// <summary>CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>; elsewhere the process's).</summary>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux()) return Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        return ClockGetTime(ClockThreadCpuTimeId, out var time) == 0 ? time.Seconds * 1000.0 + time.Nanoseconds / 1_000_000.0 : double.NaN;
    }

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
