using GeneratedMigrations.Generators.Tests.Infrastructure;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>The lock update step through the real build, on a project that has no migrations (yet).</summary>
[Collection(DotnetBuildCollection.Name)]
public sealed class UpdateModeWithoutMigrationsTests
{
    [Fact]
    public void The_update_step_writes_no_lock_file_for_a_project_with_no_migrations_and_no_lock_file()
    {
        using var copy = SampleCopy.Create();
        Directory.Delete(copy.PathOf("Migrations"), recursive: true);
        File.Delete(copy.PathOf("migrations.lock"));

        var (exitCode, output) = copy.Build("UpdateMigrationsLock=true");

        Assert.True(exitCode == 0, "The update build failed:\n" + output);
        Assert.False(File.Exists(copy.PathOf("migrations.lock")), "The update step wrote a lock file for a project with no migrations:\n" + output);
        Assert.Contains("The project has no migrations: no migrations.lock written.", output);
    }
}
