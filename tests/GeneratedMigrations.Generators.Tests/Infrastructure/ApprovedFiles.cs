using System.Runtime.CompilerServices;
using System.Text;

namespace GeneratedMigrations.Generators.Tests.Infrastructure;

/// <summary>
/// Approved files under <c>Snapshots/</c>, beside the test source: <c>Name.input.cs</c> is what the test compiles,
/// <c>Name.output.cs</c> and <c>Name.diagnostics.txt</c> are what it must produce. A mismatch fails with a line
/// diff; with <c>GM_ACCEPT_SNAPSHOTS=1</c> the expected files are rewritten instead (review the git diff, then commit).
/// </summary>
internal sealed class ApprovedFiles
{
    public const string AcceptVariable = "GM_ACCEPT_SNAPSHOTS";

    /// <summary>
    /// A line <c>// file: Some/Path.cs</c> in an input starts a new source file, so one input can hold several.
    /// Each file keeps the line numbers it has in the input (other files' lines become blank), so diagnostics
    /// can be read against the input file directly.
    /// </summary>
    public const string FileMarker = "// file: ";

    private readonly string _directory;
    private readonly List<string> _mismatches = [];

    private ApprovedFiles(string directory, string name)
    {
        _directory = directory;
        Name = name;
    }

    public string Name { get; }

    private static bool Accepting => IsAccepting(Environment.GetEnvironmentVariable);

    /// <summary>
    /// Whether the run rewrites the approved files. Refused when <c>CI</c> is set (as CI services and <c>.ci/run</c> set
    /// it): a CI run that accepted whatever the generator now emits would pass every snapshot test and prove nothing.
    /// </summary>
    internal static bool IsAccepting(Func<string, string?> environment)
    {
        if (environment(AcceptVariable) != "1") return false;
        if (environment("CI") is { } ci && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1"))
        {
            throw new InvalidOperationException(
                $"{AcceptVariable}=1 is refused in CI (CI={ci}): CI compares with the approved snapshots and never rewrites them. Accept locally, review the diff, commit.");
        }
        return true;
    }

    /// <param name="name">The snapshot's name, the common prefix of its files.</param>
    /// <param name="callerFilePath">Filled in by the compiler: the test's source file, whose folder holds <c>Snapshots/</c>.</param>
    public static ApprovedFiles For(string name, [CallerFilePath] string callerFilePath = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerFilePath) ?? "", "Snapshots");
        if (!Directory.Exists(directory))
        {
            // A path-mapped build (/_/...) hides the source folder; find it from the repository instead.
            directory = Path.Combine(RepositoryPaths.Root, "tests", "GeneratedMigrations.Generators.Tests", "Snapshots");
        }
        return new ApprovedFiles(directory, name);
    }

    /// <summary>The input sources, split at <see cref="FileMarker"/> lines; a plain input is one file named after the snapshot.</summary>
    public IReadOnlyList<TestSource> ReadInput()
    {
        var path = PathOf("input.cs");
        Assert.True(File.Exists(path), $"The snapshot input {path} does not exist; write it first.");
        var lines = Normalize(File.ReadAllText(path)).Split('\n');

        var starts = Enumerable.Range(0, lines.Length).Where(i => lines[i].StartsWith(FileMarker, StringComparison.Ordinal)).ToList();
        if (starts.Count == 0) return [new TestSource(Name + ".input.cs", string.Join("\n", lines))];
        Assert.True(lines.Take(starts[0]).All(line => line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal)),
            $"{path}: only blank lines and comments may come before the first '{FileMarker}' line.");

        var sources = new List<TestSource>();
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1] : lines.Length;
            var text = new StringBuilder();
            for (var i = 0; i < end; i++) text.Append(i > starts[s] ? lines[i] : "").Append('\n');
            sources.Add(new TestSource(lines[starts[s]][FileMarker.Length..].Trim(), text.ToString()));
        }
        return sources;
    }

    /// <summary>Compares <paramref name="actual"/> with <c>Name.suffix</c>; collects a mismatch, or rewrites the file when accepting.</summary>
    public ApprovedFiles Verify(string suffix, string actual)
    {
        var path = PathOf(suffix);
        actual = Normalize(actual);
        if (Accepting)
        {
            if (!File.Exists(path) || Normalize(File.ReadAllText(path)) != actual) File.WriteAllText(path, actual);
            return this;
        }
        if (!File.Exists(path))
        {
            _mismatches.Add($"{path} does not exist. Run the tests with {AcceptVariable}=1 to create it, then review and commit it.");
        }
        else
        {
            var expected = Normalize(File.ReadAllText(path));
            if (expected != actual)
            {
                _mismatches.Add($"{path} differs (- approved, + actual):\n{LineDiff.Describe(expected, actual)}");
            }
        }
        return this;
    }

    /// <summary>Fails with every mismatch found, so one run shows them all.</summary>
    public void AssertMatched()
    {
        Assert.True(_mismatches.Count == 0,
            string.Join("\n\n", _mismatches) + $"\n\nIf the new output is right, rerun with {AcceptVariable}=1 and review the diff of Snapshots/ before committing.");
    }

    private string PathOf(string suffix) => Path.Combine(_directory, $"{Name}.{suffix}");

    private static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');
}
