using GeneratedMigrations.Generators.Tests.Infrastructure;

namespace GeneratedMigrations.Generators.Tests.SqlLint;

/// <summary>
/// The lint in a real <c>dotnet build</c> of a copy of the sample (warnings are errors there): the package's targets hand
/// the analyzer the .sql files, the lock and <c>GeneratedMigrationsEngines</c>, and <c>-- gm: allow</c> works end to end.
/// </summary>
[Collection(DotnetBuildCollection.Name)]
public sealed class SqlLintBuildTests
{
    private static readonly string NewMigration = Path.Combine("Migrations", "0010_index_reviews_by_stars.sql");

    [Fact]
    public void A_new_migration_with_a_plain_CREATE_INDEX_fails_the_build_until_allowed_or_the_project_is_SQLite_only()
    {
        using var copy = SampleCopy.Create();
        copy.Write(NewMigration, "CREATE INDEX ix_reviews_stars ON reviews (stars);\n");

        var (failed, failedOutput) = copy.Build();
        Assert.True(failed != 0, "The build passed with an unlocked plain CREATE INDEX:\n" + failedOutput);
        Assert.Contains($"{copy.PathOf(NewMigration)}(1,1): error GM0202: CREATE INDEX on reviews, a table this migration did not create", failedOutput, StringComparison.Ordinal);
        // The locked migrations 6 and 7 have plain CREATE INDEX statements too: they are history, not linted.
        Assert.DoesNotContain("M0006_IndexBooksByTitle.cs", failedOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("M0007_AddBookIsbn.cs", failedOutput, StringComparison.Ordinal);

        var (sqliteOnly, sqliteOnlyOutput) = copy.Build("GeneratedMigrationsEngines=sqlite");
        Assert.True(sqliteOnly == 0, "The SQLite-only build failed:\n" + sqliteOnlyOutput);

        copy.Write(NewMigration, "CREATE INDEX ix_reviews_stars ON reviews (stars); -- gm: allow GM0202 (few reviews)\n");
        var (allowed, allowedOutput) = copy.Build();
        Assert.True(allowed == 0, "The build failed with the finding allowed:\n" + allowedOutput);
    }
}
