using GeneratedMigrations.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static GeneratedMigrations.Generators.Tests.Infrastructure.TestProject;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// GM0100–GM0107: the generator judges the migrations against migrations.lock, given as an AdditionalFile the
/// way the package's targets pass it. Each rule is shown firing at the right place with the locked and the new
/// value, and staying silent when the history is intact.
/// </summary>
public sealed class LockRuleTests
{
    private const string Authors = "Migrations/Authors.cs";
    private const string Books = "Migrations/Books.cs";
    private const string Loans = "Migrations/Loans.cs";
    private const string Members = "Migrations/Members.cs";

    /// <summary>The released project: orders 10, 20, 30, so that a new migration can slot in between.</summary>
    private static readonly TestProject Project = TestProject.Of(
        new(Authors, MigrationSource.Class(10, "create_authors", "CreateAuthors", "authors")),
        new(Books, MigrationSource.Class(20, "create_books", "CreateBooks", "books")),
        new(Loans, MigrationSource.Class(30, "create_loans", "CreateLoans", "loans")));

    private static readonly Lazy<string> ReleasedLockText = new(Project.ReleasedLock);

    /// <summary>The released project with its committed lock: header on lines 1–3, then 10, 20, 30 on lines 4, 5, 6.</summary>
    private static TestProject Released => Project.WithLock(ReleasedLockText.Value);

    private static string LockedChecksum(long order) =>
        ReleasedLockText.Value.Split('\n').Single(line => line.StartsWith(order + " ", StringComparison.Ordinal)).Split(' ')[1];

    private static string LockLineOf(long order) =>
        ReleasedLockText.Value.Split('\n').Single(line => line.StartsWith(order + " ", StringComparison.Ordinal));

    [Fact]
    public void The_released_lock_has_the_documented_header_and_one_sorted_line_per_migration()
    {
        var lines = ReleasedLockText.Value.Split('\n');

        Assert.Equal(LockHeader, string.Concat(lines.Take(3).Select(line => line + "\n")));
        Assert.Matches("^10 [0-9a-f]{32} create_authors$", lines[3]);
        Assert.Matches("^20 [0-9a-f]{32} create_books$", lines[4]);
        Assert.Matches("^30 [0-9a-f]{32} create_loans$", lines[5]);
        Assert.Equal("", lines[6]);
        Assert.Equal(7, lines.Length);
    }

    [Fact]
    public void A_project_that_matches_its_lock_builds_with_no_diagnostic_and_proposes_no_lock()
    {
        var run = Released.Run().AssertOutputCompiles();

        Assert.Empty(run.DiagnosticLines);
        Assert.Null(run.ProposedLock);
        Assert.Equal(3, run.LoadCatalog().Migrations.Count);
    }

    [Fact]
    public void Without_a_lock_file_and_outside_locked_mode_nothing_is_reported()
    {
        var run = Project.WithSource(Members, MigrationSource.Class(40, "create_members", "CreateMembers", "members")).Run();

        Assert.Empty(run.DiagnosticLines);
    }

    [Fact]
    public void A_lock_file_with_only_its_header_lists_every_migration_as_not_yet_locked()
    {
        var run = Project.WithLock(LockHeader).Run();

        Assert.Equal(["GM0100", "GM0100", "GM0100"], run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
    }

    [Fact]
    public void Removing_a_locked_migration_is_GM0101_on_its_lock_line()
    {
        var run = Released.WithoutSource(Loans).Run();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.OnLine("error", "GM0101", DefaultLockPath, 6,
                    $"Migration 30 'create_loans' is locked in migrations.lock (line 6) but is no longer in the project; restore it, because released migrations must not be removed (or accept the removal with '{AcceptCommand}')"),
            ],
            run);
        var location = Assert.Single(run.GeneratorDiagnostics).Location.GetLineSpan();
        Assert.Equal(LockLineOf(30).Length, location.EndLinePosition.Character);
    }

    [Fact]
    public void Renaming_a_locked_migration_is_GM0102_showing_the_locked_and_the_new_name()
    {
        var project = Released.EditSource(Books, text => text.Replace("\"create_books\"", "\"create_book_table\""));

        var run = project.Run();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.Error("GM0102", Books, project.Source(Books), MigrationSource.Attribute(20, "create_book_table"),
                    $"Migration 20 is locked as 'create_books' in migrations.lock but is now named 'create_book_table' ('Shop.Migrations.CreateBooks'); restore the name 'create_books', because released migrations must not be renamed (or accept the change with '{AcceptCommand}')"),
            ],
            run);
    }

    [Fact]
    public void Moving_a_locked_migration_to_a_free_order_is_GM0103_showing_the_locked_and_the_new_order()
    {
        var project = Released.EditSource(Loans, text => text.Replace("Migration(30,", "Migration(35,"));

        var run = project.Run();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.Error("GM0103", Loans, project.Source(Loans), MigrationSource.Attribute(35, "create_loans"),
                    $"Migration 'create_loans' ('Shop.Migrations.CreateLoans') is locked at order 30 in migrations.lock but now has order 35; restore order 30, because released migrations must not be reordered (or accept the change with '{AcceptCommand}')"),
            ],
            run);
    }

    [Fact]
    public void Swapping_the_orders_of_two_locked_migrations_is_GM0103_on_both()
    {
        var project = Released
            .EditSource(Authors, text => text.Replace("Migration(10,", "Migration(20,"))
            .EditSource(Books, text => text.Replace("Migration(20,", "Migration(10,"));

        var run = project.Run();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.Error("GM0103", Books, project.Source(Books), MigrationSource.Attribute(10, "create_books"),
                    $"Migration 'create_books' ('Shop.Migrations.CreateBooks') is locked at order 20 in migrations.lock but now has order 10; restore order 20, because released migrations must not be reordered (or accept the change with '{AcceptCommand}')"),
                ExpectedDiagnostic.Error("GM0103", Authors, project.Source(Authors), MigrationSource.Attribute(20, "create_authors"),
                    $"Migration 'create_authors' ('Shop.Migrations.CreateAuthors') is locked at order 10 in migrations.lock but now has order 20; restore order 10, because released migrations must not be reordered (or accept the change with '{AcceptCommand}')"),
            ],
            run);
    }

    [Fact]
    public void A_new_migration_below_the_highest_locked_order_is_GM0104_and_is_not_offered_for_locking()
    {
        var project = Released.WithSource(Members, MigrationSource.Class(15, "create_members", "CreateMembers", "members"));

        var run = project.Run();

        // Only the error: a "not yet locked" diagnostic would carry the code fix, which would lock the migration
        // out of order and silence GM0104 without the explicit opt-in.
        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.Error("GM0104", Members, project.Source(Members), MigrationSource.Attribute(15, "create_members"),
                    "Migration 15 'create_members' is new but ordered below 30, the highest migration locked in migrations.lock, so databases that already ran 30 would run it out of order; give it an order above 30, or opt in with AllowOutOfOrder = true on its [Migration] attribute"),
            ],
            run);
    }

    [Fact]
    public void A_new_migration_given_the_order_of_a_locked_one_is_only_the_GM0001_duplicate()
    {
        var project = Released.WithSource(Members, MigrationSource.Class(20, "create_members", "CreateMembers", "members"));

        var run = project.Run();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.Error("GM0001", Books, project.Source(Books), MigrationSource.Attribute(20, "create_books"),
                    "Migration order 20 of 'Shop.Migrations.CreateBooks' is also used by 'Shop.Migrations.CreateMembers' (Members.cs:7); give each migration a unique order"),
                ExpectedDiagnostic.Error("GM0001", Members, project.Source(Members), MigrationSource.Attribute(20, "create_members"),
                    "Migration order 20 of 'Shop.Migrations.CreateMembers' is also used by 'Shop.Migrations.CreateBooks' (Books.cs:7); give each migration a unique order"),
            ],
            run);
    }

    [Fact]
    public void A_new_migration_with_order_zero_is_only_GM0004_and_not_also_judged_against_the_lock()
    {
        // Judged once its order is fixed: meanwhile a GM0104 would be a second, misleading error, and a GM0100 would
        // offer a code fix that writes a lock line no build can read.
        var project = Released.WithSource(Members, MigrationSource.Class(0, "create_members", "CreateMembers", "members"));

        var run = project.Run();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.Error("GM0004", Members, project.Source(Members), MigrationSource.Attribute(0, "create_members"),
                    "Migration 'Shop.Migrations.CreateMembers' has order 0; a migration order must be greater than zero"),
            ],
            run);
    }

    [Fact]
    public void A_new_migration_with_an_invalid_name_is_only_GM0005_and_not_also_judged_against_the_lock()
    {
        // Not also "not yet locked" (GM0100), whose code fix would write a lock line no build can read.
        var project = Released.WithSource(Members, MigrationSource.Class(40, " ", "CreateMembers", "members"));

        var run = project.Run();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.Error("GM0005", Members, project.Source(Members), MigrationSource.Attribute(40, " "),
                    "Migration 'Shop.Migrations.CreateMembers' has an invalid name: the name is only whitespace; give it a short descriptive name such as \"create_books\""),
            ],
            run);
    }

    [Fact]
    public void A_new_migration_given_the_name_of_a_locked_one_is_only_the_GM0002_duplicate()
    {
        var project = Released.WithSource(Members, MigrationSource.Class(40, "create_books", "CreateMembers", "members"));

        var run = project.Run();

        Assert.Equal(["GM0002", "GM0002"], run.GeneratorDiagnostics.Select(d => d.Id));
    }

    [Fact]
    public void A_new_migration_below_the_highest_locked_order_is_accepted_with_AllowOutOfOrder()
    {
        var project = Released.WithSource(Members, MigrationSource.Class(15, "create_members", "CreateMembers", "members", ", AllowOutOfOrder = true"));

        var run = project.Run().AssertOutputCompiles();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.At("info", "GM0100", Members, project.Source(Members), MigrationSource.Attribute(15, "create_members"),
                    $"Migration 15 'create_members' is not yet locked in migrations.lock; before you release it, run '{UpdateCommand}' (or apply the code fix) and commit migrations.lock"),
            ],
            run);
        Assert.True(run.LoadCatalog().Find(15)!.AllowOutOfOrder);
    }

    [Fact]
    public void Editing_a_locked_migration_is_GM0105_showing_the_locked_and_the_new_checksum()
    {
        var project = Released.EditSource(Books, text => text.Replace("id INTEGER PRIMARY KEY", "id INTEGER PRIMARY KEY, title TEXT"));

        var run = project.Run();

        var newChecksum = run.LoadCatalog().Find(20)!.Checksum;
        Assert.NotEqual(LockedChecksum(20), newChecksum);
        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.Error("GM0105", Books, project.Source(Books), MigrationSource.Attribute(20, "create_books"),
                    $"Migration 20 'create_books' was edited after it was locked (checksum {LockedChecksum(20)} in migrations.lock, {newChecksum} now); revert the edit and put the change in a new migration (or accept it with '{AcceptCommand}')"),
            ],
            run);
    }

    [Fact]
    public void Editing_a_locked_migration_is_a_GM0105_warning_with_MigrationsLockEditsAsWarnings()
    {
        var project = Released
            .EditSource(Books, text => text.Replace("id INTEGER PRIMARY KEY", "id INTEGER PRIMARY KEY, title TEXT"))
            .With("MigrationsLockEditsAsWarnings", "true");

        var run = project.Run();

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GM0105", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains($"checksum {LockedChecksum(20)} in migrations.lock", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void MigrationsLockEditsAsWarnings_does_not_soften_other_lock_rules()
    {
        var run = Released.WithoutSource(Loans).With("MigrationsLockEditsAsWarnings", "true").Run();

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("GM0101", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
    }

    [Fact]
    public void Comment_and_whitespace_only_edits_of_a_locked_migration_report_nothing()
    {
        var project = Released.EditSource(Books, text => text
            .Replace("public sealed class CreateBooks : IMigration\n{\n",
                "/// <summary>Books, reformatted.</summary>\npublic sealed class CreateBooks : IMigration\n{\n    // The table every loan points at.\n\n")
            .Replace(" => db.ExecuteAsync(", " =>\n        db.ExecuteAsync(  ")
            .Replace("\n", "\r\n"));

        var run = project.Run();

        Assert.Empty(run.DiagnosticLines);
    }

    [Fact]
    public void New_migrations_above_every_locked_order_are_each_GM0100_carrying_the_line_to_lock()
    {
        var project = Released
            .WithSource(Members, MigrationSource.Class(40, "create_members", "CreateMembers", "members"))
            .WithSource("Migrations/Fines.cs", MigrationSource.Class(50, "create_fines", "CreateFines", "fines"));

        var run = project.Run().AssertOutputCompiles();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.At("info", "GM0100", Members, project.Source(Members), MigrationSource.Attribute(40, "create_members"),
                    $"Migration 40 'create_members' is not yet locked in migrations.lock; before you release it, run '{UpdateCommand}' (or apply the code fix) and commit migrations.lock"),
                ExpectedDiagnostic.At("info", "GM0100", "Migrations/Fines.cs", project.Source("Migrations/Fines.cs"), MigrationSource.Attribute(50, "create_fines"),
                    $"Migration 50 'create_fines' is not yet locked in migrations.lock; before you release it, run '{UpdateCommand}' (or apply the code fix) and commit migrations.lock"),
            ],
            run);
        var catalog = run.LoadCatalog();
        Assert.Equal(
            [LockLine(40, catalog.Find(40)!.Checksum, "create_members"), LockLine(50, catalog.Find(50)!.Checksum, "create_fines")],
            run.GeneratorDiagnostics.Select(d => d.Properties["LockLine"]));
        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(DefaultLockPath, d.Properties["LockPath"]));
    }

    [Fact]
    public void A_malformed_lock_line_is_GM0106_and_the_other_lines_are_still_checked()
    {
        var project = Released
            .WithLock(ReleasedLockText.Value.Replace(LockLineOf(20), "20 " + LockedChecksum(20)))
            .EditSource(Authors, text => text.Replace("id INTEGER PRIMARY KEY", "id INTEGER PRIMARY KEY, name TEXT"))
            .WithoutSource(Loans);

        var run = project.Run();

        Assert.Equal(["GM0106", "GM0105", "GM0101"], run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Equal(
            ExpectedDiagnostic.OnLine("error", "GM0106", DefaultLockPath, 5,
                $"migrations.lock line 5 is not valid: '20 {LockedChecksum(20)}' has fewer than three fields; expected '<order> <checksum> <name>', so fix the line or restore the file from version control"),
            run.DiagnosticLines[0]);
        Assert.StartsWith($"error GM0105 {Authors}(7,2): Migration 10 'create_authors' was edited", run.DiagnosticLines[1], StringComparison.Ordinal);
        Assert.StartsWith($"error GM0101 {DefaultLockPath}(6,1): Migration 30 'create_loans' is locked", run.DiagnosticLines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_lock_line_with_an_order_that_is_not_a_whole_number_above_zero_is_GM0106()
    {
        AssertMalformed(LockLineOf(20).Replace("20 ", "2O "), "the order '2O' is not a whole number greater than zero");
        AssertMalformed(LockLineOf(20).Replace("20 ", "0 "), "the order '0' is not a whole number greater than zero");
        AssertMalformed(LockLineOf(20).Replace("20 ", "-20 "), "the order '-20' is not a whole number greater than zero");
    }

    [Fact]
    public void A_lock_line_with_a_checksum_that_is_not_32_lowercase_hex_digits_is_GM0106()
    {
        AssertMalformed(LockLineOf(20).Replace(LockedChecksum(20), LockedChecksum(20).ToUpperInvariant()),
            $"the checksum '{LockedChecksum(20).ToUpperInvariant()}' is not 32 lowercase hexadecimal digits");
        AssertMalformed(LockLineOf(20).Replace(LockedChecksum(20), LockedChecksum(20)[..31]),
            $"the checksum '{LockedChecksum(20)[..31]}' is not 32 lowercase hexadecimal digits");
        // One digit too many is malformed too, not an edit of migration 20 (GM0105) that the accept switch would rewrite.
        AssertMalformed(LockLineOf(20).Replace(LockedChecksum(20), LockedChecksum(20) + "0"),
            $"the checksum '{LockedChecksum(20)}0' is not 32 lowercase hexadecimal digits");
    }

    [Fact]
    public void A_lock_line_with_missing_fields_is_GM0106()
    {
        AssertMalformed("20 create_books", "'20 create_books' has fewer than three fields");
        AssertMalformed("20", "'20' has fewer than three fields");
    }

    [Fact]
    public void A_lock_line_repeating_an_order_is_GM0106_naming_the_first_line()
    {
        var duplicate = "20 " + LockedChecksum(30) + " create_book_copies";
        var run = Released.WithLock(ReleasedLockText.Value.Replace(LockLineOf(20) + "\n", LockLineOf(20) + "\n" + duplicate + "\n")).Run();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.OnLine("error", "GM0106", DefaultLockPath, 6,
                    "migrations.lock line 6 is not valid: order 20 is already locked on line 5; expected '<order> <checksum> <name>', so fix the line or restore the file from version control"),
            ],
            run);
    }

    [Fact]
    public void A_lock_line_repeating_a_name_is_GM0106_naming_the_first_line()
    {
        var duplicate = "25 " + LockedChecksum(20) + " create_books";
        var run = Released.WithLock(ReleasedLockText.Value.Replace(LockLineOf(20) + "\n", LockLineOf(20) + "\n" + duplicate + "\n")).Run();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.OnLine("error", "GM0106", DefaultLockPath, 6,
                    "migrations.lock line 6 is not valid: name 'create_books' is already locked on line 5; expected '<order> <checksum> <name>', so fix the line or restore the file from version control"),
            ],
            run);
    }

    [Fact]
    public void Lock_lines_out_of_order_are_GM0106_on_the_line_that_breaks_the_order()
    {
        var unsorted = ReleasedLockText.Value.Replace(LockLineOf(20) + "\n" + LockLineOf(30) + "\n", LockLineOf(30) + "\n" + LockLineOf(20) + "\n");
        var run = Released.WithLock(unsorted).Run();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.OnLine("error", "GM0106", DefaultLockPath, 6,
                    "migrations.lock line 6 is not valid: order 20 comes after 30; lines must be sorted by order; expected '<order> <checksum> <name>', so fix the line or restore the file from version control"),
            ],
            run);
    }

    [Fact]
    public void Comment_and_blank_lines_in_the_lock_are_not_malformed()
    {
        var commented = ReleasedLockText.Value.Replace(LockLineOf(20) + "\n", "\n# create_books was released in 1.2\n" + LockLineOf(20) + "\n   \n");

        Assert.Empty(Released.WithLock(commented).Run().DiagnosticLines);
    }

    [Fact]
    public void A_lock_checked_out_with_CRLF_line_endings_reads_like_LF()
    {
        Assert.Empty(Released.WithLock(ReleasedLockText.Value.Replace("\n", "\r\n")).Run().DiagnosticLines);
    }

    [Fact]
    public void In_locked_mode_a_missing_lock_file_is_GM0107_on_every_migration()
    {
        var project = Project.With("MigrationsLockedMode", "true");

        var run = project.Run();

        Assert.Equal(["GM0107", "GM0107", "GM0107"], run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Equal(
            ExpectedDiagnostic.Error("GM0107", Authors, project.Source(Authors), MigrationSource.Attribute(10, "create_authors"),
                $"Migration 10 'create_authors' is not locked in migrations.lock, and this build is in locked mode (ContinuousIntegrationBuild or MigrationsLockedMode); run '{UpdateCommand}' and commit migrations.lock"),
            run.DiagnosticLines[0]);
        // The code fix creates the lock from these properties.
        Assert.Equal(LockLine(10, run.LoadCatalog().Find(10)!.Checksum, "create_authors"), run.GeneratorDiagnostics[0].Properties["LockLine"]);
    }

    [Fact]
    public void In_locked_mode_a_migration_missing_from_the_lock_is_GM0107()
    {
        var project = Released
            .WithSource(Members, MigrationSource.Class(40, "create_members", "CreateMembers", "members"))
            .With("MigrationsLockedMode", "true");

        var run = project.Run();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.Error("GM0107", Members, project.Source(Members), MigrationSource.Attribute(40, "create_members"),
                    $"Migration 40 'create_members' is not locked in migrations.lock, and this build is in locked mode (ContinuousIntegrationBuild or MigrationsLockedMode); run '{UpdateCommand}' and commit migrations.lock"),
            ],
            run);
    }

    [Fact]
    public void In_locked_mode_an_up_to_date_lock_reports_nothing()
    {
        Assert.Empty(Released.With("MigrationsLockedMode", "true").Run().DiagnosticLines);
    }

    [Fact]
    public void A_file_named_migrations_lock_without_metadata_is_read_as_the_lock()
    {
        var run = (Released with { TagLock = false }).WithoutSource(Loans).Run();

        Assert.Equal(["GM0101"], run.GeneratorDiagnostics.Select(d => d.Id));
    }

    [Fact]
    public void A_lock_file_under_another_name_is_found_by_its_metadata_and_named_in_messages()
    {
        var project = (Released with { LockPath = "db/history.lock" }).WithoutSource(Loans);

        var run = project.Run();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.OnLine("error", "GM0101", "db/history.lock", 6,
                    $"Migration 30 'create_loans' is locked in history.lock (line 6) but is no longer in the project; restore it, because released migrations must not be removed (or accept the removal with '{AcceptCommand}')"),
            ],
            run);
    }

    [Fact]
    public void A_file_with_another_name_and_no_metadata_is_not_a_lock()
    {
        var project = (Released with { LockPath = "db/history.lock", TagLock = false }).WithoutSource(Loans);

        Assert.Empty(project.Run().DiagnosticLines);
    }

    /// <summary>Replaces the lock line of order 20 by <paramref name="line"/>: GM0106 on line 5 and nothing else, since 20 is still in the code.</summary>
    private static void AssertMalformed(string line, string what)
    {
        var run = Released.WithLock(ReleasedLockText.Value.Replace(LockLineOf(20), line)).Run();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.OnLine("error", "GM0106", DefaultLockPath, 5,
                    $"migrations.lock line 5 is not valid: {what}; expected '<order> <checksum> <name>', so fix the line or restore the file from version control"),
            ],
            run);
    }
}
