namespace GeneratedMigrations.Generators.Tests.Infrastructure;

/// <summary>Where the repository is, found from the test binaries (the folder holding GeneratedMigrations.sln).</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GeneratedMigrations.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"No GeneratedMigrations.sln above {AppContext.BaseDirectory}.");
    });

    public static string Root => RootPath.Value;
}
