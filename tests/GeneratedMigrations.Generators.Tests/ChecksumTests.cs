using GeneratedMigrations.Generators.Tests.Infrastructure;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// The checksum the ledger compares: same class tokens, same checksum on every OS and after cosmetic edits;
/// a real change of the code, a different checksum.
/// </summary>
public sealed class ChecksumTests
{
    private const string Original = """"
        using System.Threading;
        using System.Threading.Tasks;
        using GeneratedMigrations;

        namespace Shop.Migrations;

        /// <summary>Creates the books table.</summary>
        [Migration(2, "create_books")]
        public sealed class CreateBooks : IMigration
        {
            private const string Legacy = @"SELECT *
        FROM old_books";

            public async Task UpAsync(MigrationContext db, CancellationToken ct)
            {
                // The table every other migration builds on.
                await db.ExecuteAsync(
                    """
                    CREATE TABLE books (
                        id INTEGER PRIMARY KEY,
                        title TEXT NOT NULL
                    )
                    """, ct);
                await db.ExecuteAsync($"""
                    INSERT INTO books (id, title)
                    SELECT id, {"title"} FROM ({Legacy})
                    """, ct);
            }
        }
        """";

    [Fact]
    public void Is_32_lowercase_hex_digits()
    {
        Assert.Matches("^[0-9a-f]{32}$", ChecksumOf(Original));
    }

    [Fact]
    public void Is_the_checksum_the_catalogue_carries()
    {
        var run = GeneratorHarness.Run(Original).AssertOutputCompiles();

        Assert.Equal(ChecksumOf(Original), Assert.Single(run.LoadCatalog().Migrations).Checksum);
    }

    [Fact]
    public void Ignores_whitespace_between_tokens()
    {
        var edited = Original
            .Replace("public async Task UpAsync(MigrationContext db, CancellationToken ct)", "public   async Task UpAsync( MigrationContext db,\n        CancellationToken ct )")
            .Replace("        await db.ExecuteAsync(\n", "\n        await db.ExecuteAsync(\n\n");

        AssertSameChecksum(edited);
    }

    [Fact]
    public void Ignores_comments()
    {
        var edited = Original
            .Replace("/// <summary>Creates the books table.</summary>", "/// <summary>Creates the table of books.</summary>\n/// <remarks>Since 1.0.</remarks>")
            .Replace("// The table every other migration builds on.", "/* Every other migration builds on this table. */")
            .Replace("}, ct);", "} /* no parameters */, ct);");

        AssertSameChecksum(edited);
    }

    [Fact]
    public void Ignores_CRLF_versus_LF_everywhere_including_inside_raw_and_verbatim_strings()
    {
        var crlf = Original.Replace("\n", "\r\n");
        Assert.Contains("SELECT *\r\nFROM old_books", crlf);
        Assert.Contains("CREATE TABLE books (\r\n", crlf);

        AssertSameChecksum(crlf);
    }

    [Fact]
    public void Ignores_a_change_of_order_or_name_in_the_Migration_attribute()
    {
        // An order or name change is reported as a reorder or rename, never as an edit of the code.
        var edited = Original.Replace("[Migration(2, \"create_books\")]", "[Migration(20, \"create_book_table\")]");

        AssertSameChecksum(edited);
    }

    [Fact]
    public void Ignores_the_indentation_of_raw_string_literals_when_the_class_is_reindented()
    {
        // Converting to a block-scoped namespace (or back) re-indents every line, raw string content included;
        // the compiler strips that indentation, so the strings, and the migration, are unchanged.
        var blockScoped = Original
            .Replace("namespace Shop.Migrations;\n", "namespace Shop.Migrations\n{\n")
            .Replace("\n", "\n    ")
            .Replace("\n    FROM old_books", "\nFROM old_books") // a verbatim string's own lines are its value: an IDE leaves them alone
            + "\n}\n";
        Assert.Contains("\n                CREATE TABLE books (", blockScoped);

        AssertSameChecksum(blockScoped);
    }

    [Fact]
    public void Changes_when_a_statement_in_a_method_body_changes()
    {
        AssertDifferentChecksum(Original.Replace("title TEXT NOT NULL", "title TEXT"));
    }

    [Fact]
    public void Changes_when_a_statement_is_added()
    {
        AssertDifferentChecksum(Original.Replace(
            "        await db.ExecuteAsync($",
            "        await db.ExecuteAsync(\"DROP TABLE old_books\", ct);\n        await db.ExecuteAsync($"));
    }

    [Fact]
    public void Changes_when_the_text_of_a_verbatim_or_interpolated_string_changes()
    {
        AssertDifferentChecksum(Original.Replace("FROM old_books", "FROM legacy_books"));
        AssertDifferentChecksum(Original.Replace("{\"title\"}", "{\"name\"}"));
    }

    [Fact]
    public void Changes_when_the_indentation_inside_a_raw_string_changes_its_value()
    {
        AssertDifferentChecksum(Original.Replace("    title TEXT NOT NULL", "        title TEXT NOT NULL"));
    }

    [Fact]
    public void Does_not_depend_on_the_order_of_partial_declarations()
    {
        const string first = """
            using System.Threading;
            using System.Threading.Tasks;
            using GeneratedMigrations;

            namespace Shop.Migrations;

            [Migration(2, "create_books")]
            public sealed partial class CreateBooks : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(Sql, ct);
            }
            """;
        const string second = """
            namespace Shop.Migrations;

            public sealed partial class CreateBooks
            {
                private const string Sql = "CREATE TABLE books (id INTEGER PRIMARY KEY)";
            }
            """;

        var forward = ChecksumOf([new("A.cs", first), new("B.cs", second)]);
        var backward = ChecksumOf([new("A.cs", second), new("B.cs", first)]);

        Assert.Equal(forward, backward);
        Assert.NotEqual(forward, ChecksumOf([new("A.cs", first), new("B.cs", second.Replace("books", "novels"))]));
    }

    private static void AssertSameChecksum(string edited)
    {
        Assert.NotEqual(Original, edited);
        Assert.Equal(ChecksumOf(Original), ChecksumOf(edited));
    }

    private static void AssertDifferentChecksum(string edited)
    {
        Assert.NotEqual(Original, edited);
        Assert.NotEqual(ChecksumOf(Original), ChecksumOf(edited));
    }

    private static string ChecksumOf(string source) => ChecksumOf([new TestSource("Migrations.cs", source)]);

    /// <summary>The checksum of Shop.Migrations.CreateBooks; the sources must compile, so an edit cannot hide a syntax error.</summary>
    private static string ChecksumOf(TestSource[] sources)
    {
        var compilation = GeneratorHarness.CreateCompilation(sources);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var type = compilation.GetTypeByMetadataName("Shop.Migrations.CreateBooks");
        Assert.NotNull(type);
        return MigrationGenerator.Parser.Checksum(type, CancellationToken.None);
    }
}
