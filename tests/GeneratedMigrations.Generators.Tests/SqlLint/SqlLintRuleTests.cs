using GeneratedMigrations.Generators.Tests.Infrastructure;

namespace GeneratedMigrations.Generators.Tests.SqlLint;

/// <summary>Each lint rule (GM0200–GM0209) on a .sql migration: where it fires, with its message, and where it must not.</summary>
public sealed class SqlLintRuleTests
{
    private const string Path = SqlLintHarness.Folder + "Migrations/0009_change.sql";

    [Theory]
    [InlineData("CREATE INDEX CONCURRENTLY ix_books_title ON books (title);", "CREATE INDEX CONCURRENTLY")]
    [InlineData("DROP INDEX CONCURRENTLY ix_books_title;", "DROP INDEX CONCURRENTLY")]
    [InlineData("REINDEX INDEX CONCURRENTLY ix_books_title;", "REINDEX … CONCURRENTLY")]
    [InlineData("REINDEX (VERBOSE) TABLE CONCURRENTLY books;", "REINDEX … CONCURRENTLY")]
    [InlineData("VACUUM ANALYZE books;", "VACUUM")]
    public void A_statement_that_cannot_run_in_a_transaction_is_GM0200_in_a_transactional_migration(string statement, string what)
    {
        var sql = "-- the table is big\n" + statement + "\n";

        Assert.Equal(
            [At("error", "GM0200", sql, statement.TrimEnd(';'), $"{what} cannot run inside a transaction, and this migration runs in one; move it to a migration of its own marked '-- gm: no-transaction'")],
            Lint(sql));
        Assert.Empty(Lint("-- gm: no-transaction\n" + statement + "\n"));
    }

    [Fact]
    public void ALTER_TYPE_ADD_VALUE_in_a_transaction_is_GM0201_on_PostgreSQL_only()
    {
        const string sql = "ALTER TYPE mood ADD VALUE 'meh' AFTER 'sad';\n";

        Assert.Equal(
            [At("warning", "GM0201", sql, "ALTER TYPE", "ALTER TYPE … ADD VALUE fails inside a transaction before PostgreSQL 12, and from 12 on the new value cannot be used until the transaction commits; move it to a migration of its own marked '-- gm: no-transaction'")],
            Lint(sql));
        Assert.Empty(Lint("-- gm: no-transaction\n" + sql));
        Assert.Empty(Lint(sql, engines: "sqlite"));
        Assert.Empty(Lint("ALTER TYPE mood RENAME VALUE 'sad' TO 'blue';\n"));
    }

    [Fact]
    public void CREATE_INDEX_on_an_existing_table_is_GM0202()
    {
        const string sql = "CREATE UNIQUE INDEX IF NOT EXISTS ix_books_isbn ON ONLY public.books (isbn);\n";

        Assert.Equal(
            [At("warning", "GM0202", sql, "CREATE UNIQUE", "CREATE INDEX on public.books, a table this migration did not create, blocks writes to it until the index is built; use CREATE INDEX CONCURRENTLY, in a migration of its own marked '-- gm: no-transaction'")],
            Lint(sql));
        Assert.Empty(Lint(sql, engines: "sqlite"));
    }

    [Fact]
    public void CREATE_INDEX_on_a_table_created_earlier_in_the_same_migration_is_quiet()
    {
        const string sql = """
            CREATE TABLE IF NOT EXISTS "Reviews" (id bigint PRIMARY KEY, book_id bigint NOT NULL);
            CREATE INDEX ix_reviews_book ON public."Reviews" (book_id);
            CREATE INDEX ix_reviews_other ON reviews (book_id);
            """;

        // "Reviews" quoted keeps its case, so the unquoted reviews (folded to lower case) is another, existing table.
        Assert.Equal(["GM0202 (3,1)"], Short(Lint(sql)));
    }

    [Fact]
    public void CREATE_INDEX_CONCURRENTLY_outside_a_transaction_is_quiet()
    {
        Assert.Empty(Lint("-- gm: no-transaction\nCREATE INDEX CONCURRENTLY ix_books_title ON books (title);\n"));
    }

    [Fact]
    public void ADD_COLUMN_NOT_NULL_without_DEFAULT_is_GM0203_on_both_engines()
    {
        const string sql = "ALTER TABLE books ADD COLUMN isbn text NOT NULL;\n";
        var expected = At("warning", "GM0203", sql, "ADD COLUMN", "Adding column isbn to books as NOT NULL without a DEFAULT fails when the table has rows; give it a DEFAULT, or add it nullable, backfill it and set NOT NULL later");

        Assert.Equal([expected], Lint(sql));
        Assert.Equal([expected], Lint(sql, engines: "sqlite"));
    }

    [Theory]
    [InlineData("ALTER TABLE books ADD COLUMN isbn text NOT NULL DEFAULT '';")]
    [InlineData("ALTER TABLE books ADD COLUMN isbn text;")]
    [InlineData("ALTER TABLE books ADD COLUMN id2 bigint NOT NULL GENERATED ALWAYS AS IDENTITY;")]
    [InlineData("ALTER TABLE books ADD COLUMN seq bigserial NOT NULL;")]
    [InlineData("ALTER TABLE books ADD CONSTRAINT ck_title CHECK (title IS NOT NULL) NOT VALID;")]
    public void A_column_that_is_nullable_or_filled_is_quiet(string sql)
    {
        Assert.Empty(Lint(sql));
    }

    [Theory]
    [InlineData("ALTER TABLE books ALTER COLUMN title TYPE varchar(300);", "ALTER COLUMN")]
    [InlineData("ALTER TABLE books ALTER title SET DATA TYPE varchar(300) USING title::varchar(300);", "ALTER title")]
    public void ALTER_COLUMN_TYPE_is_GM0204(string sql, string at)
    {
        Assert.Equal(
            [At("warning", "GM0204", sql, at, "Changing the type of column title of books rewrites the table and its indexes while reads and writes wait, and breaks the previous build's queries; add a column of the new type, backfill it in batches, then switch over")],
            Lint(sql));
        Assert.Empty(Lint(sql, engines: "sqlite"));
    }

    [Fact]
    public void SET_NOT_NULL_on_an_existing_column_is_GM0205_and_DROP_NOT_NULL_is_not()
    {
        const string sql = "ALTER TABLE books ALTER COLUMN title SET NOT NULL;\n";

        Assert.Equal(
            [At("warning", "GM0205", sql, "ALTER COLUMN", "SET NOT NULL on column title of books scans the whole table while reads and writes wait; first ADD CONSTRAINT … CHECK (column IS NOT NULL) NOT VALID and VALIDATE CONSTRAINT it, then SET NOT NULL (PostgreSQL 12+ then skips the scan)")],
            Lint(sql));
        Assert.Empty(Lint("ALTER TABLE books ALTER COLUMN title DROP NOT NULL;\n"));
        Assert.Empty(Lint("ALTER TABLE books ALTER COLUMN title SET DEFAULT 'untitled';\n"));
    }

    [Theory]
    [InlineData("ALTER TABLE books ADD CONSTRAINT fk_books_author FOREIGN KEY (author_id) REFERENCES authors (id);", "a FOREIGN KEY")]
    [InlineData("ALTER TABLE books ADD CHECK (length(title) > 0);", "a CHECK")]
    public void ADD_CONSTRAINT_without_NOT_VALID_is_GM0206(string sql, string kind)
    {
        Assert.Equal(
            [At("warning", "GM0206", sql, "ADD", $"Adding {kind} constraint to books checks every row while writes wait; add it NOT VALID, then VALIDATE CONSTRAINT in a later statement, which lets writes through")],
            Lint(sql));
        Assert.Empty(Lint(sql.TrimEnd(';') + " NOT VALID;\nALTER TABLE books VALIDATE CONSTRAINT fk_books_author;"));
    }

    [Theory]
    [InlineData("ALTER TABLE books ADD CONSTRAINT uq_books_isbn UNIQUE (isbn);", "UNIQUE")]
    [InlineData("ALTER TABLE books ADD PRIMARY KEY (id);", "PRIMARY KEY")]
    public void UNIQUE_or_PRIMARY_KEY_not_on_an_existing_index_is_GM0207(string sql, string kind)
    {
        Assert.Equal(
            [At("warning", "GM0207", sql, "ADD", $"Adding a {kind} constraint to books builds its index while reads and writes wait; CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT … {kind} USING INDEX")],
            Lint(sql));
        Assert.Empty(Lint("ALTER TABLE books ADD CONSTRAINT uq_books_isbn UNIQUE USING INDEX ix_books_isbn;"));
    }

    [Theory]
    [InlineData("DROP TABLE IF EXISTS loans;", "DROP", "DROP TABLE loans")]
    [InlineData("ALTER TABLE books DROP COLUMN IF EXISTS isbn;", "DROP COLUMN", "DROP COLUMN isbn of books")]
    [InlineData("ALTER TABLE books DROP isbn CASCADE;", "DROP isbn", "DROP COLUMN isbn of books")]
    [InlineData("ALTER TABLE books RENAME TO volumes;", "RENAME", "RENAME of table books")]
    [InlineData("ALTER TABLE books RENAME COLUMN title TO name;", "RENAME", "RENAME of column title of books")]
    public void DROP_TABLE_DROP_COLUMN_and_RENAME_are_GM0208_on_both_engines(string sql, string at, string what)
    {
        var expected = At("warning", "GM0208", sql, at, $"{what} breaks instances of the previous build that still use it during a rolling deploy; expand and contract: stop using it in one release, then drop or rename it in a later one");

        Assert.Equal([expected], Lint(sql));
        Assert.Equal([expected], Lint(sql, engines: "sqlite"));
    }

    [Theory]
    [InlineData("ALTER TABLE books DROP CONSTRAINT fk_books_author;")]
    [InlineData("ALTER TABLE books RENAME CONSTRAINT fk_a TO fk_b;")]
    [InlineData("CREATE TABLE scratch (id int);\nALTER TABLE scratch RENAME COLUMN id TO key;\nDROP TABLE scratch;")]
    [InlineData("DROP INDEX ix_books_title;")]
    public void Dropping_a_constraint_or_what_this_migration_created_is_quiet(string sql)
    {
        Assert.Empty(Lint(sql));
    }

    [Fact]
    public void Each_action_of_a_multi_action_ALTER_TABLE_is_checked_at_its_own_place()
    {
        const string sql = "ALTER TABLE books\n    ADD COLUMN isbn text NOT NULL,\n    ADD COLUMN pages int,\n    ALTER COLUMN title TYPE varchar(300),\n    DROP COLUMN blurb;\n";

        Assert.Equal(["GM0203 (2,5)", "GM0204 (4,5)", "GM0208 (5,5)"], Short(Lint(sql)));
    }

    [Fact]
    public void A_backward_compatible_migration_with_a_breaking_statement_is_GM0209_for_each_of_them()
    {
        const string sql = """
            -- gm: backward-compatible
            CREATE TABLE shelves (id bigint PRIMARY KEY);
            ALTER TABLE books ADD COLUMN shelf_id bigint;
            DROP TABLE loans;
            ALTER TABLE books DROP COLUMN blurb, RENAME COLUMN title TO name;
            ALTER TABLE authors RENAME TO writers;
            ALTER TABLE books ALTER COLUMN pages TYPE bigint;
            ALTER TABLE books ALTER COLUMN isbn SET NOT NULL;
            """;

        var lines = Lint(sql);

        Assert.Equal(
            ["GM0208 (4,1)", "GM0209 (4,1)", "GM0208 (5,19)", "GM0209 (5,19)", "GM0208 (5,38)", "GM0209 (5,38)", "GM0208 (6,21)", "GM0209 (6,21)",
             "GM0204 (7,19)", "GM0209 (7,19)", "GM0205 (8,19)", "GM0209 (8,19)"],
            Short(lines));
        Assert.Equal(
            At("warning", "GM0209", sql, "DROP TABLE", "Migration 9 'change' is marked backward-compatible, but its DROP TABLE loans breaks builds that do not know this migration; remove the mark, or move the statement to a migration that is not backward-compatible"),
            lines[1]);
        // On SQLite only, the type change and SET NOT NULL are not PostgreSQL lock warnings, but still break the mark.
        Assert.Contains("GM0209 (7,19)", Short(Lint(sql, engines: "sqlite")));
    }

    [Fact]
    public void A_backward_compatible_migration_that_only_adds_is_quiet()
    {
        Assert.Empty(Lint("-- gm: backward-compatible\n-- gm: no-transaction\nCREATE TABLE shelves (id bigint PRIMARY KEY);\nALTER TABLE books ADD COLUMN shelf_id bigint;\nCREATE INDEX CONCURRENTLY ix_books_shelf ON books (shelf_id);\n"));
    }

    [Fact]
    public void Down_files_and_misnamed_files_are_not_linted()
    {
        var project = TestProject.Of()
            .WithSql(SqlLintHarness.Folder + "Migrations/0009_change.down.sql", "DROP TABLE books;\n")
            .WithSql(SqlLintHarness.Folder + "Migrations/change.sql", "DROP TABLE books;\n");

        Assert.Empty(SqlLintHarness.Lint(project));
    }

    [Theory]
    [InlineData("sqlite", new[] { "GM0203", "GM0208" })]
    [InlineData("postgresql", new[] { "GM0202", "GM0203", "GM0208" })]
    [InlineData("SQLite; PostgreSQL", new[] { "GM0202", "GM0203", "GM0208" })]
    [InlineData("", new[] { "GM0202", "GM0203", "GM0208" })]
    [InlineData("none", new string[0])]
    public void GeneratedMigrationsEngines_chooses_the_rules(string engines, string[] expected)
    {
        const string sql = "CREATE INDEX ix ON books (title);\nALTER TABLE books ADD COLUMN isbn text NOT NULL;\nDROP TABLE loans;\n";

        Assert.Equal(expected, Lint(sql, engines).Select(line => line.Split(' ')[1]));
    }

    internal static IReadOnlyList<string> Lint(string sql, string? engines = null)
    {
        var project = TestProject.Of().WithSql(Path, sql);
        if (engines is not null) project = project.With("GeneratedMigrationsEngines", engines);
        return SqlLintHarness.Lint(project);
    }

    /// <summary><c>GM0202 (3,1)</c>: the ID and line,column of each line, for tests about where rules fire.</summary>
    internal static IReadOnlyList<string> Short(IEnumerable<string> lines) =>
        lines.Select(line => line.Split(' ')[1] + " " + line.Substring(line.IndexOf('(', StringComparison.Ordinal), line.IndexOf(')', StringComparison.Ordinal) - line.IndexOf('(', StringComparison.Ordinal) + 1)).ToList();

    private static string At(string severity, string id, string sql, string at, string message) =>
        ExpectedDiagnostic.At(severity, id, Path, sql, at, message);
}
