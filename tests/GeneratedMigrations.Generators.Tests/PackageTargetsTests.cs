using System.Xml.Linq;
using GeneratedMigrations.Generators.Tests.Infrastructure;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// MSBuild properties reach the generator only as the package's targets list them (CompilerVisibleProperty). The driver
/// tests hand the generator its build_property values directly, so they cannot see a property that the targets leave out:
/// a build with it set would pass and the switch would silently do nothing.
/// </summary>
public sealed class PackageTargetsTests
{
    // What MigrationGenerator.ReadSettings and ReadLockSettings and the SQL lint read as build_property.*.
    private static readonly string[] PropertiesTheGeneratorReads =
    [
        "RootNamespace", "MigrationsCatalogNamespace", "MigrationsCatalogClassName", "MigrationsCatalogPublic",
        "MigrationsLockFile", "MigrationsLockedMode", "UpdateMigrationsLock", "AcceptMigrationsLockChanges",
        "MigrationsLockEditsAsWarnings", "GeneratedMigrationsEngines",
    ];

    [Fact]
    public void Every_build_property_the_generator_reads_is_made_visible_to_the_compiler_by_the_package_targets()
    {
        var targets = XDocument.Load(Path.Combine(RepositoryPaths.Root, "src", "GeneratedMigrations", "build", "GeneratedMigrations.targets"));

        var visible = targets.Descendants("CompilerVisibleProperty").Select(item => (string?)item.Attribute("Include")).ToHashSet(StringComparer.Ordinal);

        var missing = PropertiesTheGeneratorReads.Where(property => !visible.Contains(property)).ToList();
        Assert.True(missing.Count == 0, "Not a CompilerVisibleProperty in GeneratedMigrations.targets: " + string.Join(", ", missing));
    }
}
