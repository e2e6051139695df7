using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace GeneratedMigrations.Generators.Tests.Infrastructure;

/// <summary>
/// A throw-away copy of samples/Bookshelf under the repository's artifacts/ folder (git-ignored), so that
/// Directory.Build.props/targets wire the generator in exactly as for the sample, and <c>dotnet build</c> of it.
/// </summary>
internal sealed class SampleCopy : IDisposable
{
    public const string ProjectFile = "Bookshelf.csproj";

    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private bool _restored;

    private SampleCopy(string directory) => Directory = directory;

    /// <summary>The copy's folder: the project file, Migrations/, migrations.lock.</summary>
    public string Directory { get; }

    public static SampleCopy Create()
    {
        var root = RepositoryPaths.Root;
        var copy = new SampleCopy(Path.Combine(root, "artifacts", "generator-tests", "bookshelf-" + Guid.NewGuid().ToString("N")[..12]));
        CopySample(Path.Combine(root, "samples", "Bookshelf"), copy.Directory);
        return copy;
    }

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text);

    /// <summary>Replaces text in a file of the copy; fails if the text is not there exactly once, so a test cannot edit nothing.</summary>
    public void Edit(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        var index = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(index >= 0 && text.IndexOf(oldText, index + 1, StringComparison.Ordinal) < 0, $"'{oldText}' does not occur exactly once in {relative}.");
        Write(relative, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>
    /// Builds the copy without building its project references: the test run has built them already, and building
    /// shared projects from here could race with other builds of the same folders. Restores on the first build only.
    /// The builds share the compiler server (a warm compiler makes each rebuild about 40% faster) but start no
    /// MSBuild nodes that outlive them, and none at all (<c>-m:1</c>): with nothing to build in parallel, a second
    /// node only asks the project references for their paths, and its start cost a build about 1 of its 3.7
    /// CPU-seconds (measured over five rebuilds of a copy: 3.7-4.3 against 2.6-2.8 CPU-seconds per build).
    /// </summary>
    public (int ExitCode, string Output) Build(params string[] properties)
    {
        var restoreKey = RestoreKey(properties);
        if (!_restored && restoreKey is not null) _restored = TryReuseRestore(restoreKey);
        var result = Dotnet(new[]
        {
            "build", ProjectFile, "-c", Configuration, "-p:BuildProjectReferences=false",
            "-nodeReuse:false", "-m:1", "-p:UseSharedCompilation=true", "-nologo", "-tl:off", "-v:minimal",
        }.Concat(_restored ? ["--no-restore"] : []).Concat(properties.Select(p => "-p:" + p)));
        if (!_restored && restoreKey is not null && File.Exists(PathOf(Path.Combine("obj", "project.assets.json")))) KeepRestore(restoreKey);
        _restored = true;
        return result;
    }

    // NuGet's restore of a copy costs seconds of CPU and gives the same result for every copy with the same project file
    // and restore inputs, apart from the copy's own path inside the files. So the first copy to restore keeps its
    // files, and later copies take them with the path replaced (the copies all sit at the same depth, so the
    // relative paths to the repository's projects inside them are the same).
    private static readonly object RestoreGate = new();
    private static readonly Dictionary<string, (string Directory, (string Name, string Text)[] Files)> Restores = [];

    // Build properties that do not change what NuGet restores. Any other property (a target framework, say) makes the
    // copy restore for itself.
    private static readonly string[] PropertiesRestoreIgnores =
        ["UpdateMigrationsLock=", "ContinuousIntegrationBuild=", "MigrationsLockedMode=", "MigrationsLockFile=", "MigrationsSqlFolder=", "GeneratedMigrationsEngines=", "GeneratedMigrationsTasksAssembly="];

    /// <summary>The restore inputs of this build, or null when a property may change them.</summary>
    private string? RestoreKey(string[] properties) =>
        properties.All(p => PropertiesRestoreIgnores.Any(ignored => p.StartsWith(ignored, StringComparison.Ordinal)))
            ? Read(ProjectFile)
            : null;

    private bool TryReuseRestore(string key)
    {
        (string Directory, (string Name, string Text)[] Files) kept;
        lock (RestoreGate)
        {
            if (!Restores.TryGetValue(key, out kept)) return false;
        }
        var obj = PathOf("obj");
        System.IO.Directory.CreateDirectory(obj);
        foreach (var (name, text) in kept.Files)
        {
            File.WriteAllText(Path.Combine(obj, name), text.Replace(kept.Directory, Directory, StringComparison.Ordinal));
        }
        return true;
    }

    private void KeepRestore(string key)
    {
        var obj = PathOf("obj");
        var files = System.IO.Directory.GetFiles(obj)
            .Where(file => Path.GetFileName(file) is "project.assets.json" or "project.nuget.cache" || Path.GetFileName(file).StartsWith(ProjectFile + ".nuget.", StringComparison.Ordinal))
            .Select(file => (Path.GetFileName(file), File.ReadAllText(file)))
            .ToArray();
        lock (RestoreGate)
        {
            Restores.TryAdd(key, (Directory, files));
        }
    }

    /// <summary>
    /// Runs one target of the copy's project with <c>dotnet msbuild</c> (no restore, no build), as a user would, in the
    /// tests' configuration: the repository's build tasks are loaded from that configuration's build output.
    /// </summary>
    public (int ExitCode, string Output) RunTarget(string target, params string[] properties) =>
        Dotnet(new[] { "msbuild", ProjectFile, "-t:" + target, "-p:Configuration=" + Configuration, "-nologo", "-nr:false", "-m:1", "-tl:off", "-v:minimal" }.Concat(properties.Select(p => "-p:" + p)));

    /// <summary>The configuration the tests were built in (Debug or Release): the copies build and run in it too.</summary>
    private static string Configuration =>
        typeof(SampleCopy).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private (int ExitCode, string Output) Dotnet(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // The test host may run inside an MSBuild-started process; its MSBuild settings must not leak into this build.
        foreach (var name in start.Environment.Keys.Where(key => key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // A build is a short process: tiered PGO's extra, instrumented JIT of its hot methods never pays off in it
        // (Directory.Build.targets has the measurement).
        start.Environment["DOTNET_TieredPGO"] = "0";

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var lockObject = new object();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (lockObject) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (lockObject) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(BuildTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {string.Join(' ', arguments)} did not finish within {BuildTimeout}:\n{output}");
        }
        process.WaitForExit(); // drain the output
        lock (lockObject) return (process.ExitCode, output.ToString());
    }

    /// <summary>
    /// Runs the copy's built app (<c>dotnet bin/config/tfm/Bookshelf.dll</c>) in its folder. <c>DOTNET_ROLL_FORWARD=Major</c>
    /// lets an app built for an older .NET run on the newest installed runtime when its own is not installed, as a
    /// user's machine with only a newer runtime would.
    /// </summary>
    public (int ExitCode, string Output) RunBuilt(string targetFramework, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(Directory, "bin", Configuration, targetFramework, Path.ChangeExtension(ProjectFile, ".dll")));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_ROLL_FORWARD"] = "Major";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(BuildTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The app did not finish within {BuildTimeout}.");
        }
        process.WaitForExit();
        return (process.ExitCode, output.Result + errors.Result);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory)) System.IO.Directory.Delete(Directory, recursive: true);
        var parent = Path.GetDirectoryName(Directory)!;
        if (System.IO.Directory.Exists(parent) && !System.IO.Directory.EnumerateFileSystemEntries(parent).Any()) System.IO.Directory.Delete(parent);
    }

    /// <summary>The sample's sources and project file, without build output or databases from earlier runs.</summary>
    private static void CopySample(string from, string to)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var first = relative.Split(Path.DirectorySeparatorChar)[0];
            if (first is "bin" or "obj" || file.EndsWith(".db", StringComparison.Ordinal) || file.Contains(".db-", StringComparison.Ordinal)) continue;
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }
}
