using System.Diagnostics;
using System.Reflection;
using System.Text;
using GeneratedMigrations.Generators.Tests.Infrastructure;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>Tests that run <c>dotnet build</c>: one at a time, and never beside other tests (they load the machine).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DotnetBuildCollection
{
    public const string Name = "dotnet build";
}

/// <summary>The promise users rely on, through the real build: the generator loaded by MSBuild fails the build at the migration.</summary>
[Collection(DotnetBuildCollection.Name)]
public sealed class SampleBuildTests
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public void Giving_two_sample_migrations_the_same_order_fails_dotnet_build_with_GM0001_at_each_attribute()
    {
        var root = RepositoryPaths.Root;
        // Under the repository (artifacts/ is git-ignored) so that Directory.Build.props/targets wire the generator in.
        var copy = Path.Combine(root, "artifacts", "generator-tests", "bookshelf-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            CopySample(Path.Combine(root, "samples", "Bookshelf"), copy);
            var authorsFile = Path.Combine(copy, "Migrations", "M0001_CreateAuthors.cs");
            var booksFile = Path.Combine(copy, "Migrations", "M0002_CreateBooks.cs");
            var authors = File.ReadAllText(authorsFile);
            var books = File.ReadAllText(booksFile);
            var (authorsLine, authorsColumn) = SourcePosition.Of(authors, "Migration(1, \"create_authors\")");
            var (booksLine, booksColumn) = SourcePosition.Of(books, "Migration(2, \"create_books\")");
            File.WriteAllText(booksFile, books.Replace("[Migration(2, \"create_books\")]", "[Migration(1, \"create_books\")]"));

            var (exitCode, output) = DotnetBuild(copy, "Bookshelf.csproj");

            Assert.True(exitCode != 0, "The build succeeded although two migrations share order 1:\n" + output);
            Assert.Contains(
                $"{booksFile}({booksLine},{booksColumn}): error GM0001: Migration order 1 of 'Bookshelf.Migrations.CreateBooks' is also used by 'Bookshelf.Migrations.CreateAuthors' (M0001_CreateAuthors.cs:{authorsLine}); give each migration a unique order",
                output);
            Assert.Contains(
                $"{authorsFile}({authorsLine},{authorsColumn}): error GM0001: Migration order 1 of 'Bookshelf.Migrations.CreateAuthors' is also used by 'Bookshelf.Migrations.CreateBooks' (M0002_CreateBooks.cs:{booksLine}); give each migration a unique order",
                output);
            // Invalid migrations are left out of the catalogue, so our errors are the only ones.
            Assert.DoesNotContain("error CS", output);
        }
        finally
        {
            if (Directory.Exists(copy)) Directory.Delete(copy, recursive: true);
            var parent = Path.GetDirectoryName(copy)!;
            if (Directory.Exists(parent) && !Directory.EnumerateFileSystemEntries(parent).Any()) Directory.Delete(parent);
        }
    }

    /// <summary>The sample's sources and project file, without build output or databases from earlier runs.</summary>
    private static void CopySample(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var first = relative.Split(Path.DirectorySeparatorChar)[0];
            if (first is "bin" or "obj" || file.EndsWith(".db", StringComparison.Ordinal) || file.Contains(".db-", StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }

    /// <summary>
    /// Builds the project without building its project references: the test run has built them already, and
    /// building shared projects from here could race with other builds of the same folders.
    /// </summary>
    private static (int ExitCode, string Output) DotnetBuild(string workingDirectory, string project)
    {
        var configuration = typeof(SampleBuildTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "build", project, "-c", configuration, "-p:BuildProjectReferences=false",
            "--disable-build-servers", "-nologo", "-tl:off", "-v:minimal",
        })
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
            Assert.Fail($"dotnet build did not finish within {BuildTimeout}:\n{output}");
        }
        process.WaitForExit(); // drain the output
        lock (lockObject) return (process.ExitCode, output.ToString());
    }
}
