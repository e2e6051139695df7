using GeneratedMigrations.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static GeneratedMigrations.Generators.Tests.Infrastructure.TestProject;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// <c>.sql</c> migrations: AdditionalFiles tagged <c>GeneratedMigrationsKind=Sql</c> named <c>NNNN_name.sql</c>
/// (and <c>.down.sql</c>) become catalogue entries with their text embedded, in one order space with classes.
/// </summary>
public sealed class SqlMigrationTests
{
    private const string CreateXUp = """
        -- The x table, referenced by every later migration.
        CREATE TABLE x (
            id INTEGER PRIMARY KEY,
            note TEXT NOT NULL DEFAULT 'it''s "quoted" \ and tabbed	here'
        );

        """;

    private const string CreateXDown = "DROP TABLE x;\n";

    private const string SeedX = """
        -- gm: no-transaction
        INSERT INTO x (id, note) VALUES (1, 'first');

        """;

    private static readonly TestProject WithoutSql = TestProject.Of(new TestSource("Migrations/Catalog.cs", MigrationSource.Class(1, "create_authors", "CreateAuthors", "authors")));

    [Fact]
    public void Sql_migrations_are_emitted_between_class_migrations_with_their_text_as_constants()
    {
        var files = ApprovedFiles.For("SqlMigrationsInterleaved");
        var project = TestProject.Of([.. files.ReadInput()])
            // Added in an order unlike the catalogue's, which must not depend on it.
            .WithSql("Migrations/0005_seed_x.sql", SeedX)
            .WithSql("Migrations/0003_create_x.down.sql", CreateXDown)
            .WithSql("Migrations/0003_create_x.sql", CreateXUp);

        var run = project.Run();

        files
            .Verify("output.cs", SnapshotText.Normalize(run.CatalogSource ?? "// (nothing emitted)\n"))
            .Verify("diagnostics.txt", string.Concat(run.DiagnosticLines.Select(line => line + "\n")))
            .AssertMatched();
        var catalog = run.AssertOutputCompiles().LoadCatalog();
        Assert.Equal([1L, 2, 3, 4, 5], catalog.Migrations.Select(m => m.Order));
        Assert.Equal(["create_authors", "create_books", "create_x", "add_book_isbn", "seed_x"], catalog.Migrations.Select(m => m.Name));

        var createX = catalog.Find(3)!;
        Assert.Equal(CreateXUp, createX.UpSql);
        Assert.Equal(CreateXDown, createX.DownSql);
        Assert.True(createX.IsReversible);
        Assert.True(createX.RunsInTransaction);
        Assert.Equal("0003_create_x.sql", createX.TypeName);
        Assert.IsType<SqlMigration>(createX.CreateMigration());

        var seedX = catalog.Find(5)!;
        Assert.Equal(SeedX, seedX.UpSql);
        Assert.Null(seedX.DownSql);
        Assert.False(seedX.IsReversible);
        Assert.False(seedX.RunsInTransaction);

        Assert.Null(catalog.Find(4)!.UpSql);
    }

    [Fact]
    public void Line_endings_and_a_leading_byte_order_mark_do_not_change_the_checksum_or_the_embedded_text()
    {
        var lf = ChecksumAndText(CreateXUp);
        var crlf = ChecksumAndText(CreateXUp.Replace("\n", "\r\n"));
        var bomAndCrlf = ChecksumAndText("\uFEFF" + CreateXUp.Replace("\n", "\r\n"));
        var cr = ChecksumAndText(CreateXUp.Replace("\n", "\r"));

        Assert.Equal(lf, crlf);
        Assert.Equal(lf, bomAndCrlf);
        Assert.Equal(lf, cr);
        Assert.Equal(CreateXUp, lf.Text);
        Assert.NotEqual(lf.Checksum, ChecksumAndText(CreateXUp.Replace("NOT NULL", "NULL")).Checksum);
    }

    [Fact]
    public void A_sql_file_whose_name_has_no_order_is_GM0006_on_that_file()
    {
        var run = WithoutSql.WithSql("Migrations/create_x.sql", CreateXUp).Run().AssertOutputCompiles();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.OnLine("error", "GM0006", "Migrations/create_x.sql", 1,
                    "'create_x.sql' is not a valid SQL migration file: its name must be <order>_<name>.sql or <order>_<name>.down.sql, such as 0001_create_books.sql"),
            ],
            run);
        Assert.Equal([1L], run.LoadCatalog().Migrations.Select(m => m.Order));
    }

    [Fact]
    public void A_sql_file_with_order_zero_or_no_name_is_GM0006_on_that_file()
    {
        var run = WithoutSql.WithSql("Migrations/0000_x.sql", CreateXUp).WithSql("Migrations/0003_.sql", CreateXUp).Run();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.OnLine("error", "GM0006", "Migrations/0000_x.sql", 1,
                    "'0000_x.sql' is not a valid SQL migration file: its order must be a whole number greater than zero, such as 0001"),
                ExpectedDiagnostic.OnLine("error", "GM0006", "Migrations/0003_.sql", 1,
                    "'0003_.sql' is not a valid SQL migration file: its name must be <order>_<name>.sql or <order>_<name>.down.sql, such as 0001_create_books.sql"),
            ],
            run);
    }

    [Fact]
    public void A_down_file_without_its_up_file_is_GM0006_on_the_down_file()
    {
        var run = WithoutSql.WithSql("Migrations/0003_create_x.down.sql", CreateXDown).Run().AssertOutputCompiles();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.OnLine("error", "GM0006", "Migrations/0003_create_x.down.sql", 1,
                    "'0003_create_x.down.sql' is not a valid SQL migration file: it has no matching up file; add 0003_create_x.sql or rename it"),
            ],
            run);
        Assert.Equal([1L], run.LoadCatalog().Migrations.Select(m => m.Order));
    }

    [Theory]
    [InlineData("Migrations/6_create_x.down.sql", "6_create_x.sql")]
    [InlineData("Migrations/000006_create_x.DOWN.SQL", "000006_create_x.SQL")]
    public void The_orphan_down_file_message_suggests_the_up_file_in_the_same_padding(string path, string suggested)
    {
        var run = WithoutSql.WithSql(path, CreateXDown).Run();

        Assert.EndsWith($"it has no matching up file; add {suggested} or rename it", Assert.Single(run.DiagnosticLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_down_file_whose_name_differs_from_the_up_file_is_GM0006_and_the_up_file_stays_irreversible()
    {
        var run = WithoutSql
            .WithSql("Migrations/0003_create_x.sql", CreateXUp)
            .WithSql("Migrations/0003_create_y.down.sql", CreateXDown)
            .Run();

        Assert.Equal(["GM0006"], run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Equal("Migrations/0003_create_y.down.sql", run.GeneratorDiagnostics[0].Location.GetLineSpan().Path);
        Assert.False(run.LoadCatalog().Find(3)!.IsReversible);
    }

    [Fact]
    public void A_sql_file_with_the_order_of_a_class_migration_is_GM0001_on_both()
    {
        var project = WithoutSql.WithSql("Migrations/0001_create_x.sql", CreateXUp);

        var run = project.Run().AssertOutputCompiles();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.Error("GM0001", "Migrations/Catalog.cs", project.Source("Migrations/Catalog.cs"), MigrationSource.Attribute(1, "create_authors"),
                    "Migration order 1 of 'Shop.Migrations.CreateAuthors' is also used by '0001_create_x.sql'; give each migration a unique order"),
                ExpectedDiagnostic.OnLine("error", "GM0001", "Migrations/0001_create_x.sql", 1,
                    "Migration order 1 of '0001_create_x.sql' is also used by 'Shop.Migrations.CreateAuthors' (Catalog.cs:7); give each migration a unique order"),
            ],
            run);
        Assert.Empty(run.LoadCatalog().Migrations);
    }

    [Fact]
    public void A_sql_file_with_the_name_of_a_class_migration_is_GM0002()
    {
        var run = WithoutSql.WithSql("Migrations/0002_create_authors.sql", CreateXUp).Run();

        Assert.Equal(["GM0002", "GM0002"], run.GeneratorDiagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Directives_in_the_leading_comments_reach_the_descriptor()
    {
        var project = TestProject.Of(
                new TestSource("Migrations/A.cs", MigrationSource.Class(1, "create_a", "CreateA", "a")),
                new TestSource("Migrations/B.cs", MigrationSource.Class(2, "create_b", "CreateB", "b")))
            .WithSql("Migrations/0003_index_a.sql", "-- Builds the index without locking writers.\n-- gm: no-transaction\nCREATE INDEX CONCURRENTLY ix_a ON a (id);\n")
            .WithSql("Migrations/0004_superseded.sql", "-- gm: disabled\nUPDATE a SET id = id;\n")
            .WithSql("Migrations/0005_hotfix.sql", "--gm: allow-out-of-order\n\nUPDATE b SET id = id;\n")
            .WithSql("Migrations/0006_squash.sql", "-- gm: baseline-through 2\n-- gm: no-transaction\nCREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (id INTEGER PRIMARY KEY);\n");

        var run = project.Run().AssertOutputCompiles();

        Assert.Empty(run.DiagnosticLines);
        var catalog = run.LoadCatalog();
        Assert.Equal(
            [
                (3L, false, false, false, 0L),
                (4L, true, false, true, 0L),
                (5L, true, true, false, 0L),
                (6L, false, false, false, 2L),
            ],
            catalog.Migrations.Where(m => m.UpSql is not null).Select(m => (m.Order, m.RunsInTransaction, m.AllowOutOfOrder, m.IsDisabled, m.BaselineThrough)));
        Assert.True(catalog.Find(6)!.IsBaseline);
    }

    [Fact]
    public void Backward_compatible_from_the_attribute_and_the_directive_reaches_the_descriptor()
    {
        var project = TestProject.Of(
                new TestSource("Migrations/A.cs", MigrationSource.Class(1, "create_a", "CreateA", "a")),
                new TestSource("Migrations/B.cs", MigrationSource.Class(2, "create_b", "CreateB", "b", ", BackwardCompatible = true")))
            .WithSql("Migrations/0003_index_a.sql", "-- Only adds an index: older builds ignore it.\n-- gm: backward-compatible\nCREATE INDEX ix_a ON a (id);\n")
            .WithSql("Migrations/0004_seed_b.sql", "INSERT INTO b (id) VALUES (1);\n");

        var run = project.Run().AssertOutputCompiles();

        Assert.Empty(run.DiagnosticLines);
        Assert.Equal(
            [(1L, false), (2L, true), (3L, true), (4L, false)],
            run.LoadCatalog().Migrations.Select(m => (m.Order, m.IsBackwardCompatible)));
    }

    [Fact]
    public void A_backward_compatible_directive_with_a_value_is_GM0008()
    {
        var run = WithoutSql.WithSql("Migrations/0002_x.sql", "-- gm: backward-compatible yes\nCREATE TABLE x (id INTEGER);\n").Run();

        Assert.Equal(["GM0008"], run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Contains("'backward-compatible' takes no value", run.GeneratorDiagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_directive_after_the_first_statement_is_GM0008_on_its_line_and_not_applied()
    {
        var run = WithoutSql.WithSql("Migrations/0002_late.sql", "UPDATE a SET id = id;\n-- gm: disabled\n-- a plain comment is fine\n  -- gm: no-transaction\n").Run();

        const string Late = "it comes after the first statement (or block comment), and directives are read only from the '--' comment lines at the top of the file, so this one would be ignored; move it up there";
        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.OnLine("error", "GM0008", "Migrations/0002_late.sql", 2, $"'0002_late.sql' line 2 is not a valid directive: {Late}; the directives are {KnownDirectives}"),
                ExpectedDiagnostic.OnLine("error", "GM0008", "Migrations/0002_late.sql", 4, $"'0002_late.sql' line 4 is not a valid directive: {Late}; the directives are {KnownDirectives}"),
            ],
            run);
        var late = run.LoadCatalog().Find(2)!;
        Assert.False(late.IsDisabled);
        Assert.True(late.RunsInTransaction);
    }

    [Fact]
    public void A_directive_below_a_block_comment_is_GM0008_but_directives_above_it_apply()
    {
        var run = WithoutSql.WithSql("Migrations/0002_x.sql", "-- gm: no-transaction\n/* Builds the index\n   without locking writers. */\n-- gm: allow-out-of-order\nCREATE INDEX CONCURRENTLY ix_a ON a (id);\n").Run();

        var diagnostic = Assert.Single(run.DiagnosticLines);
        Assert.StartsWith("error GM0008 Migrations/0002_x.sql(4,1): '0002_x.sql' line 4 is not a valid directive: it comes after the first statement", diagnostic, StringComparison.Ordinal);
        var migration = run.LoadCatalog().Find(2)!;
        Assert.False(migration.RunsInTransaction);
        Assert.False(migration.AllowOutOfOrder);
    }

    [Fact]
    public void A_lint_allowance_on_its_own_line_below_the_first_statement_is_not_a_misplaced_directive()
    {
        var run = WithoutSql.WithSql("Migrations/0002_x.sql",
            "-- gm: no-transaction\nCREATE TABLE b (id INTEGER);\n-- gm: allow GM0202 (b is tiny)\nCREATE INDEX ix_a ON a (id);\n").Run();

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "GM0008");
        Assert.False(run.LoadCatalog().Find(2)!.RunsInTransaction);
    }

    [Fact]
    public void A_directive_in_a_down_file_is_GM0008_naming_the_up_file_and_the_up_files_settings_stand()
    {
        var run = WithoutSql
            .WithSql("Migrations/0002_index_a.sql", "CREATE INDEX ix_a ON a (id);\n")
            .WithSql("Migrations/0002_index_a.down.sql", "-- Drops the index.\n-- gm: no-transaction\n-- gm: allow GM0202\nDROP INDEX ix_a;\n")
            .Run();

        const string InDownFile = "a down file takes no directives, the migration's settings are those of its up file, so this one would be ignored; put it in 0002_index_a.sql";
        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.OnLine("error", "GM0008", "Migrations/0002_index_a.down.sql", 2, $"'0002_index_a.down.sql' line 2 is not a valid directive: {InDownFile}; the directives are {KnownDirectives}"),
            ],
            run);
        var migration = run.LoadCatalog().Find(2)!;
        Assert.True(migration.RunsInTransaction);
        Assert.True(migration.IsReversible);
    }

    private const string KnownDirectives = "'-- gm: no-transaction', '-- gm: allow-out-of-order', '-- gm: disabled', '-- gm: backward-compatible' and '-- gm: baseline-through N'";

    [Fact]
    public void A_misspelt_directive_is_GM0008_on_its_line_naming_the_known_directives()
    {
        var run = WithoutSql
            .WithSql("Migrations/0002_index_a.sql", "-- Builds the index without locking writers.\n-- gm: no-transactoin\nCREATE INDEX CONCURRENTLY ix_a ON a (id);\n")
            .WithSql("Migrations/0003_old.sql", "-- gm: disable\nUPDATE a SET id = id;\n")
            .Run();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.OnLine("error", "GM0008", "Migrations/0002_index_a.sql", 2,
                    $"'0002_index_a.sql' line 2 is not a valid directive: 'no-transactoin' is not a directive; the directives are {KnownDirectives}"),
                ExpectedDiagnostic.OnLine("error", "GM0008", "Migrations/0003_old.sql", 1,
                    $"'0003_old.sql' line 1 is not a valid directive: 'disable' is not a directive; the directives are {KnownDirectives}"),
            ],
            run);
        var line = run.GeneratorDiagnostics[0].Location.GetLineSpan();
        Assert.Equal("-- gm: no-transactoin".Length, line.EndLinePosition.Character);
    }

    [Theory]
    [InlineData("-- gm: baseline-through 0", ", not '0'")]
    [InlineData("-- gm: baseline-through -1", ", not '-1'")]
    [InlineData("-- gm: baseline-through all", ", not 'all'")]
    [InlineData("-- gm: baseline-through 1 2", ", not '1 2'")]
    [InlineData("-- gm: baseline-through", "")]
    public void A_baseline_directive_without_an_order_above_zero_is_GM0008(string directive, string given)
    {
        var run = WithoutSql.WithSql("Migrations/0002_squash.sql", directive + "\nSELECT 1;\n").Run();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.OnLine("error", "GM0008", "Migrations/0002_squash.sql", 1,
                    $"'0002_squash.sql' line 1 is not a valid directive: 'baseline-through' needs the order of the last migration it replaces, a whole number greater than zero{given}; the directives are {KnownDirectives}"),
            ],
            run);
    }

    [Theory]
    [InlineData("-- gm: disabled for now", "'disabled' takes no value, but 'for now' follows it")]
    [InlineData("-- gm:", "it names no directive")]
    [InlineData("-- gm: no-transaction\n-- gm: NO-TRANSACTION", "'no-transaction' is given twice")]
    public void A_malformed_directive_is_GM0008(string directives, string problem)
    {
        var run = WithoutSql.WithSql("Migrations/0002_x.sql", directives + "\nSELECT 1;\n").Run();

        var diagnostic = Assert.Single(run.DiagnosticLines);
        Assert.EndsWith($"is not a valid directive: {problem}; the directives are {KnownDirectives}", diagnostic, StringComparison.Ordinal);
        Assert.StartsWith("error GM0008 Migrations/0002_x.sql(", diagnostic, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_that_only_mention_gm_are_not_directives()
    {
        var run = WithoutSql.WithSql("Migrations/0002_x.sql", "-- gm handles this file\n-- see gm: docs\nSELECT 1;\n").Run();

        Assert.Empty(run.DiagnosticLines);
    }

    [Fact]
    public void A_sql_additional_file_without_the_Sql_kind_is_not_a_migration()
    {
        var run = GeneratorHarness.Run(WithoutSql.Sources, additionalTexts: [new InMemoryAdditionalText("Migrations/0002_create_x.sql", CreateXUp)]);

        Assert.Empty(run.DiagnosticLines);
        Assert.Equal([1L], run.LoadCatalog().Migrations.Select(m => m.Order));
    }

    [Fact]
    public void Editing_a_locked_sql_migration_is_GM0105_on_its_file()
    {
        var released = WithoutSql.WithSql("Migrations/0002_create_x.sql", CreateXUp);
        var locked = released.ReleasedLock();
        var lockedChecksum = locked.Split('\n').Single(line => line.StartsWith("2 ", StringComparison.Ordinal)).Split(' ')[1];

        var run = released.WithLock(locked).WithSql("Migrations/0002_create_x.sql", CreateXUp.Replace("NOT NULL", "NULL")).Run();

        var newChecksum = run.LoadCatalog().Find(2)!.Checksum;
        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.OnLine("error", "GM0105", "Migrations/0002_create_x.sql", 1,
                    $"Migration 2 'create_x' was edited after it was locked (checksum {lockedChecksum} in migrations.lock, {newChecksum} now); revert the edit and put the change in a new migration (or accept it with '{AcceptCommand}')"),
            ],
            run);
    }

    [Fact]
    public void A_locked_sql_migration_checked_out_with_CRLF_line_endings_reports_nothing()
    {
        var released = WithoutSql.WithSql("Migrations/0002_create_x.sql", CreateXUp);

        var run = released.WithLock(released.ReleasedLock()).WithSql("Migrations/0002_create_x.sql", CreateXUp.Replace("\n", "\r\n")).Run();

        Assert.Empty(run.DiagnosticLines);
    }

    [Fact]
    public void Removing_a_locked_sql_migration_is_GM0101_and_a_new_one_is_GM0100()
    {
        var released = WithoutSql.WithSql("Migrations/0002_create_x.sql", CreateXUp);

        var run = (released.WithLock(released.ReleasedLock()) with { SqlFiles = [] }).WithSql("Migrations/0003_seed_x.sql", SeedX).Run();

        Assert.Equal(["GM0101", "GM0100"], run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Equal("Migrations/0003_seed_x.sql", run.GeneratorDiagnostics[1].Location.GetLineSpan().Path);
        Assert.StartsWith("3 ", run.GeneratorDiagnostics[1].Properties["LockLine"], StringComparison.Ordinal);
    }

    private static (string Checksum, string? Text) ChecksumAndText(string sql)
    {
        var run = WithoutSql.WithSql("Migrations/0002_create_x.sql", sql).Run();
        Assert.Empty(run.DiagnosticLines);
        var descriptor = run.LoadCatalog().Find(2)!;
        return (descriptor.Checksum, descriptor.UpSql);
    }
}
