using GeneratedMigrations.Generators.Tests.Infrastructure;

namespace GeneratedMigrations.Generators.Tests.SqlLint;

/// <summary>
/// Scripts full of the statements the rules look for, all of them inside strings, comments, quoted identifiers,
/// dollar-quoted bodies (functions, DO blocks) or trigger bodies: no rule may fire there. Each corpus ends with one
/// real statement that breaks a rule, so a lexer that swallowed the rest of the script would fail the test too.
/// </summary>
public sealed class SqlLintCorpusTests
{
    private const string Tail = "\nDROP TABLE loans;\n";

    public static TheoryData<string, string> Corpora => new()
    {
        {
            "dollar-quoted function body",
            """
            CREATE OR REPLACE FUNCTION archive_books() RETURNS void LANGUAGE plpgsql AS $$
            BEGIN
                DROP TABLE old_books;
                ALTER TABLE books ALTER COLUMN title TYPE varchar(300);
                CREATE INDEX ix ON books (title);
                EXECUTE 'VACUUM books';
            END;
            $$;
            """
        },
        {
            "tagged dollar quotes with $$ inside",
            """
            CREATE FUNCTION f() RETURNS text AS $fn$
                SELECT $$DROP TABLE books; ALTER TABLE books RENAME TO x$$;
            $fn$ LANGUAGE sql;
            """
        },
        {
            "DO block",
            """
            DO $do$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'ix_books_title') THEN
                    CREATE INDEX ix_books_title ON books (title);
                    ALTER TABLE books ADD COLUMN isbn text NOT NULL;
                END IF;
            END
            $do$;
            """
        },
        {
            "strings and escape strings",
            """
            INSERT INTO notes (body) VALUES ('DROP TABLE books; ALTER TABLE books RENAME TO x'), (E'it\'s; DROP TABLE books');
            INSERT INTO notes (body) VALUES ('it''s; CREATE INDEX ix ON books (title)');
            """
        },
        {
            "comments",
            """
            -- DROP TABLE books;
            /* ALTER TABLE books ALTER COLUMN title TYPE text;
               /* nested: CREATE INDEX ix ON books (title); */
               VACUUM; */
            SELECT 1; -- ALTER TABLE books DROP COLUMN title;
            """
        },
        {
            "quoted identifiers",
            """
            CREATE TABLE "DROP TABLE books; VACUUM" (id int);
            SELECT "ALTER TABLE books RENAME TO x" FROM "CREATE INDEX ix ON books";
            """
        },
        {
            "SQLite trigger body",
            """
            CREATE TRIGGER books_audit AFTER DELETE ON books
            BEGIN
                DELETE FROM loans WHERE book_id = old.id;
                INSERT INTO audit (what) VALUES (CASE WHEN old.id > 0 THEN 'drop' ELSE 'x' END);
            END;
            """
        },
        {
            "BEGIN ATOMIC body",
            """
            CREATE PROCEDURE tidy() LANGUAGE SQL BEGIN ATOMIC
                DELETE FROM loans;
                UPDATE books SET title = 'x';
            END;
            """
        },
    };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void No_rule_fires_inside_strings_comments_or_bodies(string what, string corpus)
    {
        var sql = corpus + Tail;
        var project = TestProject.Of().WithSql(SqlLintHarness.Folder + "Migrations/0009_change.sql", sql);

        var lines = SqlLintHarness.Lint(project);

        var expectedLine = sql.Split('\n').ToList().IndexOf("DROP TABLE loans;") + 1;
        Assert.True(lines.Count == 1, $"{what}: expected only the tail's GM0208, got:\n{string.Join("\n", lines)}");
        Assert.Equal($"GM0208 ({expectedLine},1)", SqlLintRuleTests.Short(lines)[0]);
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void No_rule_fires_inside_strings_comments_or_bodies_of_a_CSharp_constant(string what, string corpus)
    {
        var literal = "\"\"\"\"\n" + corpus + "\n\"\"\"\"";
        var source = "using System.Threading;\nusing System.Threading.Tasks;\nusing GeneratedMigrations;\n\n"
            + "[Migration(9, \"change\")]\npublic sealed class Change : IMigration\n{\n"
            + "    private const string Sql = " + literal + ";\n\n"
            + "    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(Sql, ct);\n}\n";

        Assert.True(SqlLintHarness.Lint(TestProject.Of(new TestSource("/repo/Shop/Change.cs", source))).Count == 0, what);
    }
}
