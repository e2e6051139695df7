namespace GeneratedMigrations.Generators.Tests.Infrastructure;

/// <summary>Keeps approved output stable across releases of the generator.</summary>
internal static class SnapshotText
{
    public const string VersionPlaceholder = "{GeneratorVersion}";

    /// <summary>
    /// Replaces the generator's own version in <c>[GeneratedCode("GeneratedMigrations.Generators", "x.y.z.w")]</c>,
    /// so that a version bump does not invalidate every approved file. Nothing else is rewritten.
    /// </summary>
    public static string Normalize(string generated)
    {
        var version = typeof(MigrationGenerator).Assembly.GetName().Version!.ToString();
        return generated.Replace(
            $"\"GeneratedMigrations.Generators\", \"{version}\"",
            $"\"GeneratedMigrations.Generators\", \"{VersionPlaceholder}\"",
            StringComparison.Ordinal);
    }
}
