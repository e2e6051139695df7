using GeneratedMigrations.Generators.Tests.Infrastructure;

namespace GeneratedMigrations.Generators.Tests.SqlLint;

/// <summary>The lint on constant strings a C# migration passes to <c>MigrationContext.ExecuteAsync</c>, and how C# silences it.</summary>
public sealed class SqlLintCSharpTests
{
    private const string Path = SqlLintHarness.Folder + "Migrations/IndexBooks.cs";

    private const string IndexBooks = """
        using System.Threading;
        using System.Threading.Tasks;
        using GeneratedMigrations;

        namespace Shop.Migrations;

        [Migration(9, "index_books")]
        public sealed class IndexBooks : IMigration
        {
            private const string Table = "books";

            public async Task UpAsync(MigrationContext db, CancellationToken ct)
            {
                await db.ExecuteAsync("CREATE INDEX ix_books_title ON " + Table + " (title)", ct);
                await db.ExecuteAsync("DELETE FROM notes WHERE body = 'DROP TABLE books'", new object?[0], ct);
            }
        }
        """;

    [Fact]
    public void A_constant_string_passed_to_ExecuteAsync_is_linted_at_the_argument()
    {
        Assert.Equal(
            [ExpectedDiagnostic.At("warning", "GM0202", Path, IndexBooks, "\"CREATE INDEX", "CREATE INDEX on books, a table this migration did not create, blocks writes to it until the index is built; use CREATE INDEX CONCURRENTLY, in a migration of its own marked 'Transactional = false'")],
            Lint(TestProject.Of(new TestSource(Path, IndexBooks))));
    }

    [Fact]
    public void A_string_built_at_run_time_is_not_linted()
    {
        var source = IndexBooks.Replace("private const string Table", "private static readonly string Table", StringComparison.Ordinal);

        Assert.Empty(Lint(TestProject.Of(new TestSource(Path, source))));
    }

    [Fact]
    public void A_table_created_by_an_earlier_ExecuteAsync_of_the_same_migration_counts_as_created()
    {
        var source = IndexBooks.Replace(
            "await db.ExecuteAsync(\"CREATE INDEX",
            "await db.ExecuteAsync(\"CREATE TABLE books (id bigint, title text)\", ct);\n        await db.ExecuteAsync(\"CREATE INDEX",
            StringComparison.Ordinal);

        Assert.Empty(Lint(TestProject.Of(new TestSource(Path, source))));
    }

    [Fact]
    public void CONCURRENTLY_is_GM0200_unless_the_migration_is_not_transactional()
    {
        var concurrent = IndexBooks.Replace("CREATE INDEX ix", "CREATE INDEX CONCURRENTLY ix", StringComparison.Ordinal);
        var outside = concurrent.Replace("[Migration(9, \"index_books\")]", "[Migration(9, \"index_books\", Transactional = false)]", StringComparison.Ordinal);

        Assert.Equal(["GM0200"], Ids(Lint(TestProject.Of(new TestSource(Path, concurrent)))));
        Assert.Empty(Lint(TestProject.Of(new TestSource(Path, outside))));
    }

    [Fact]
    public void BackwardCompatible_true_on_the_attribute_makes_a_breaking_statement_GM0209()
    {
        var source = IndexBooks
            .Replace("[Migration(9, \"index_books\")]", "[Migration(9, \"index_books\", BackwardCompatible = true)]", StringComparison.Ordinal)
            .Replace("CREATE INDEX ix_books_title ON \" + Table + \" (title)", "ALTER TABLE books DROP COLUMN blurb", StringComparison.Ordinal);

        Assert.Equal(["GM0208", "GM0209"], Ids(Lint(TestProject.Of(new TestSource(Path, source)))));
        Assert.Equal(["GM0208"], Ids(Lint(TestProject.Of(new TestSource(Path, source.Replace("BackwardCompatible = true", "BackwardCompatible = false", StringComparison.Ordinal))))));
    }

    [Fact]
    public void ExecuteAsync_outside_a_migration_class_and_locked_migrations_are_not_linted()
    {
        var helper = IndexBooks.Replace("[Migration(9, \"index_books\")]\n", "", StringComparison.Ordinal);
        var locked = TestProject.Of(new TestSource(Path, IndexBooks)).WithLock(TestProject.LockHeader + TestProject.LockLine(9, new string('0', 32), "index_books") + "\n");

        Assert.Empty(Lint(TestProject.Of(new TestSource(Path, helper))));
        Assert.Empty(Lint(locked));
    }

    [Fact]
    public void DownAsync_is_not_linted_because_undoing_the_migration_is_what_it_is_for()
    {
        var reversible = IndexBooks
            .Replace("public sealed class IndexBooks : IMigration", "public sealed class IndexBooks : IReversibleMigration", StringComparison.Ordinal)
            .Replace("    }\n}", "    }\n\n    public Task DownAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(\"DROP TABLE books\", ct);\n}", StringComparison.Ordinal);
        Assert.Contains("DownAsync", reversible, StringComparison.Ordinal);
        var dropInUp = reversible.Replace("db.ExecuteAsync(\"DROP TABLE books\", ct);", "Task.CompletedTask;", StringComparison.Ordinal)
            .Replace("DELETE FROM notes WHERE body = 'DROP TABLE books'", "DROP TABLE books", StringComparison.Ordinal);

        Assert.Equal(["GM0202"], Ids(Lint(TestProject.Of(new TestSource(Path, reversible)))));
        Assert.Equal(["GM0202", "GM0208"], Ids(Lint(TestProject.Of(new TestSource(Path, dropInUp)))));
    }

    [Fact]
    public void Pragma_warning_disable_around_the_call_silences_the_rule()
    {
        var source = IndexBooks.Replace(
            "        await db.ExecuteAsync(\"CREATE INDEX ix_books_title ON \" + Table + \" (title)\", ct);\n",
            "#pragma warning disable GM0202 // the table has a few hundred rows\n        await db.ExecuteAsync(\"CREATE INDEX ix_books_title ON \" + Table + \" (title)\", ct);\n#pragma warning restore GM0202\n",
            StringComparison.Ordinal);

        Assert.Empty(Lint(TestProject.Of(new TestSource(Path, source))));
    }

    [Fact]
    public void SuppressMessage_on_the_migration_class_silences_the_rule()
    {
        var source = IndexBooks.Replace(
            "public sealed class IndexBooks",
            "[System.Diagnostics.CodeAnalysis.SuppressMessage(\"GeneratedMigrations\", \"GM0202\", Justification = \"small table\")]\npublic sealed class IndexBooks",
            StringComparison.Ordinal);

        Assert.Empty(Lint(TestProject.Of(new TestSource(Path, source))));
    }

    [Fact]
    public void An_editorconfig_severity_applies_to_the_file_it_names()
    {
        var project = TestProject.Of(new TestSource(Path, IndexBooks));

        Assert.Empty(SqlLintHarness.Lint(project, editorConfig: "root = true\n\n[Migrations/IndexBooks.cs]\ndotnet_diagnostic.GM0202.severity = none\n"));
        Assert.Equal(["error"], SqlLintHarness.Lint(project, editorConfig: "root = true\n\n[*.cs]\ndotnet_diagnostic.GM0202.severity = error\n").Select(line => line.Split(' ')[0]));
        Assert.Single(SqlLintHarness.Lint(project, editorConfig: "root = true\n\n[Migrations/Other.cs]\ndotnet_diagnostic.GM0202.severity = none\n"));
    }

    private static IReadOnlyList<string> Lint(TestProject project) => SqlLintHarness.Lint(project);

    private static IReadOnlyList<string> Ids(IEnumerable<string> lines) => lines.Select(line => line.Split(' ')[1]).ToList();
}
