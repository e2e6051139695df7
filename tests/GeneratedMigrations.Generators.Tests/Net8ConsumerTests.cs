using System.Text.Json;
using GeneratedMigrations.Generators.Tests.Infrastructure;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// The libraries target net8.0, so a net8.0 app can use them: a copy of the sample built for net8.0 (generator,
/// catalogue and commands included) runs, migrates, and shows its shelf, on net8 or rolled forward onto a newer runtime.
/// </summary>
[Collection(DotnetBuildCollection.Name)]
public sealed class Net8ConsumerTests
{
    [Fact]
    public void A_net8_app_builds_with_the_generated_catalogue_and_runs_its_migrations()
    {
        using var copy = SampleCopy.Create();

        // The sample's TargetFramework is $(AppTargetFramework); a TargetFramework given on the command line would not
        // reach the implicit restore, which then has no net8.0 assets.
        var (built, buildOutput) = copy.Build("AppTargetFramework=net8.0");

        Assert.True(built == 0, "The net8.0 build failed:\n" + buildOutput);
        Assert.Contains("0 Warning(s)", buildOutput, StringComparison.Ordinal);
        var runtimeConfig = JsonDocument.Parse(File.ReadAllText(copy.PathOf(Path.Combine("bin", Configuration, "net8.0", "Bookshelf.runtimeconfig.json"))));
        Assert.StartsWith("8.0", runtimeConfig.RootElement.GetProperty("runtimeOptions").GetProperty("framework").GetProperty("version").GetString());

        var (first, firstOutput) = copy.RunBuilt("net8.0");
        var (second, secondOutput) = copy.RunBuilt("net8.0", "verify");

        Assert.True(first == 0, firstOutput);
        Assert.Contains("Applied 9 migration(s); the database is at migration 9.", firstOutput);
        Assert.Contains("Shelf: 4 books by 4 authors (first author: Jane Austen).", firstOutput);
        Assert.True(second == 0, secondOutput);
        Assert.Contains("The database matches this build; nothing is pending.", secondOutput);
    }

    private static string Configuration =>
        typeof(Net8ConsumerTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().FirstOrDefault()?.Configuration ?? "Debug";
}
