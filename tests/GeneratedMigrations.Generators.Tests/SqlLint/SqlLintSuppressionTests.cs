using GeneratedMigrations.Generators.Tests.Infrastructure;

namespace GeneratedMigrations.Generators.Tests.SqlLint;

/// <summary>
/// Every rule can be silenced the ways the README names (a <c>-- gm: allow</c> comment on the statement's line, a
/// severity in a .globalconfig or .editorconfig, <c>#pragma</c> and <c>[SuppressMessage]</c> in C#), and a migration
/// already in the lock file is not linted at all.
/// </summary>
public sealed class SqlLintSuppressionTests
{
    private const string Path = SqlLintHarness.Folder + "Migrations/0009_change.sql";

    /// <summary>For each rule, a migration that breaks it (and, for GM0209, the rule it comes with).</summary>
    public static TheoryData<string, string> EveryRule => new()
    {
        { "GM0200", "CREATE INDEX CONCURRENTLY ix_books_title ON books (title);" },
        { "GM0201", "ALTER TYPE mood ADD VALUE 'meh';" },
        { "GM0202", "CREATE INDEX ix_books_title ON books (title);" },
        { "GM0203", "ALTER TABLE books ADD COLUMN isbn text NOT NULL;" },
        { "GM0204", "ALTER TABLE books ALTER COLUMN title TYPE varchar(300);" },
        { "GM0205", "ALTER TABLE books ALTER COLUMN title SET NOT NULL;" },
        { "GM0206", "ALTER TABLE books ADD CONSTRAINT fk FOREIGN KEY (author_id) REFERENCES authors (id);" },
        { "GM0207", "ALTER TABLE books ADD CONSTRAINT uq UNIQUE (isbn);" },
        { "GM0208", "DROP TABLE loans;" },
        { "GM0209", "-- gm: backward-compatible\nALTER TABLE books RENAME COLUMN title TO name;" },
    };

    [Theory]
    [MemberData(nameof(EveryRule))]
    public void Each_rule_fires_on_its_example(string id, string sql)
    {
        Assert.Contains(id, Ids(Lint(Project(sql))));
    }

    [Theory]
    [MemberData(nameof(EveryRule))]
    public void A_gm_allow_comment_with_the_rule_ID_on_the_statement_line_silences_that_rule_only(string id, string sql)
    {
        // The next statement breaks another rule, which the comment does not reach.
        var (next, nextId) = id == "GM0203" ? ("DROP TABLE shelves;", "GM0208") : ("ALTER TABLE shelves ADD COLUMN x int NOT NULL;", "GM0203");
        var allowed = sql + " -- gm: allow " + id + " (reviewed: the table is small)\n" + next + "\n";

        var ids = Ids(Lint(Project(allowed)));

        Assert.DoesNotContain(id, ids);
        Assert.Contains(nextId, ids);
    }

    [Theory]
    [MemberData(nameof(EveryRule))]
    public void A_gm_allow_comment_on_its_own_line_right_above_the_statement_silences_that_rule_for_it_only(string id, string sql)
    {
        var (next, nextId) = id == "GM0203" ? ("DROP TABLE shelves;", "GM0208") : ("ALTER TABLE shelves ADD COLUMN x int NOT NULL;", "GM0203");
        var allowed = "-- Reviewed: the table is small.\n-- gm: allow " + id + "\n" + sql + "\n" + next + "\n";
        var separated = "-- gm: allow " + id + "\n\n" + sql + "\n";

        var ids = Ids(Lint(Project(allowed)));

        Assert.DoesNotContain(id, ids);
        Assert.Contains(nextId, ids);
        // A blank line ends the comment block: the allowance no longer belongs to the statement.
        Assert.Contains(id, Ids(Lint(Project(separated))));
    }

    [Theory]
    [MemberData(nameof(EveryRule))]
    public void A_migration_in_the_lock_file_is_not_linted(string id, string sql)
    {
        var locked = Project(sql).WithLock(TestProject.LockHeader + TestProject.LockLine(9, new string('0', 32), "change") + "\n");
        var lockedOther = Project(sql).WithLock(TestProject.LockHeader + TestProject.LockLine(8, new string('0', 32), "before") + "\n");

        Assert.Empty(Lint(locked));
        Assert.Contains(id, Ids(Lint(lockedOther)));
    }

    [Fact]
    public void A_renamed_or_reordered_locked_migration_is_still_history_and_not_linted()
    {
        var locked = (string line) => Project("DROP TABLE loans;").WithLock(TestProject.LockHeader + line + "\n");

        Assert.Empty(Lint(locked(TestProject.LockLine(9, new string('0', 32), "old_name"))));
        Assert.Empty(Lint(locked(TestProject.LockLine(5, new string('0', 32), "change"))));
        // A malformed line still names its migration: the lock rules report the line (GM0106), the lint stays out of it.
        Assert.Empty(Lint(locked("9 not-a-checksum change")));
    }

    [Fact]
    public void A_project_without_a_lock_file_is_not_linted_so_it_can_create_its_lock_on_an_existing_history()
    {
        var project = Project("DROP TABLE loans;");

        Assert.Empty(SqlLintHarness.Diagnostics(project));
        Assert.Single(SqlLintHarness.Diagnostics(project.WithLock(TestProject.LockHeader)));
    }

    [Theory]
    [MemberData(nameof(EveryRule))]
    public void A_globalconfig_severity_of_none_silences_the_rule_in_sql_files(string id, string sql)
    {
        var config = $"is_global = true\ndotnet_diagnostic.{id}.severity = none\n";

        Assert.DoesNotContain(id, Ids(Lint(Project(sql), globalConfig: config)));
    }

    [Fact]
    public void A_globalconfig_severity_can_raise_a_warning_to_an_error()
    {
        var lines = Lint(Project("DROP TABLE loans;"), globalConfig: "is_global = true\ndotnet_diagnostic.GM0208.severity = error\n");

        Assert.StartsWith("error GM0208 ", Assert.Single(lines), StringComparison.Ordinal);
    }

    [Fact]
    public void The_allow_comment_takes_the_rule_name_several_rules_and_may_sit_on_any_line_of_the_statement()
    {
        const string sql = """
            ALTER TABLE books
                ADD COLUMN isbn text NOT NULL, -- gm: allow not-null-without-default, GM0208
                DROP COLUMN blurb;
            DROP TABLE loans;
            -- gm: allow GM0208 (a comment line of its own belongs to no statement above)
            ALTER TABLE books ALTER COLUMN title SET NOT NULL; -- gm: allow GM0202
            CREATE INDEX ix_books_isbn ON books (isbn); -- gm: allow GM0202: the table is small
            """;

        Assert.Equal(["GM0208 (4,1)", "GM0205 (6,19)"], SqlLintRuleTests.Short(Lint(Project(sql))));
    }

    [Fact]
    public void A_gm_allow_inside_a_string_or_block_comment_is_not_a_comment_and_allows_nothing()
    {
        const string sql = "DROP TABLE loans; /* -- gm: allow GM0208 */\nINSERT INTO notes VALUES ('-- gm: allow GM0208'); DROP TABLE shelves;\n";

        Assert.Equal(["GM0208 (1,1)", "GM0208 (2,51)"], SqlLintRuleTests.Short(Lint(Project(sql))));
    }

    private static TestProject Project(string sql) => TestProject.Of().WithSql(Path, sql);

    private static IReadOnlyList<string> Lint(TestProject project, string? globalConfig = null) => SqlLintHarness.Lint(project, globalConfig: globalConfig);

    private static IReadOnlyList<string> Ids(IEnumerable<string> lines) => lines.Select(line => line.Split(' ')[1]).ToList();
}
