using GeneratedMigrations.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static GeneratedMigrations.Generators.Tests.Infrastructure.TestProject;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// Update mode (<c>UpdateMigrationsLock=true</c>): the generator proposes the new lock as generated source, which
/// the build writes. It only appends; rewriting locked entries needs <c>AcceptMigrationsLockChanges=true</c>.
/// </summary>
public sealed class LockUpdateTests
{
    private const string Authors = "Migrations/Authors.cs";
    private const string Books = "Migrations/Books.cs";
    private const string Loans = "Migrations/Loans.cs";

    private static readonly TestProject Project = TestProject.Of(
        new(Authors, MigrationSource.Class(10, "create_authors", "CreateAuthors", "authors")),
        new(Books, MigrationSource.Class(20, "create_books", "CreateBooks", "books")),
        new(Loans, MigrationSource.Class(30, "create_loans", "CreateLoans", "loans")));

    private static readonly Lazy<string> ReleasedLockText = new(Project.ReleasedLock);

    private static TestProject Released => Project.WithLock(ReleasedLockText.Value);

    private static string LockLineOf(long order) =>
        ReleasedLockText.Value.Split('\n').Single(line => line.StartsWith(order + " ", StringComparison.Ordinal));

    private static string ChecksumOf(long order) => LockLineOf(order).Split(' ')[1];

    [Fact]
    public void Without_a_lock_file_update_mode_proposes_the_header_and_every_migration_in_order()
    {
        var run = Project.With("UpdateMigrationsLock", "true").Run().AssertOutputCompiles();

        Assert.Empty(run.DiagnosticLines);
        Assert.Equal(
            LockHeader +
            $"10 {ChecksumOf(10)} create_authors\n" +
            $"20 {ChecksumOf(20)} create_books\n" +
            $"30 {ChecksumOf(30)} create_loans\n",
            run.ProposedLock);
    }

    [Fact]
    public void Outside_update_mode_no_lock_is_proposed()
    {
        var run = Project.WithSource("Migrations/Members.cs", MigrationSource.Class(40, "create_members", "CreateMembers", "members")).WithLock(ReleasedLockText.Value).Run();

        Assert.Equal(["GM0100"], run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Null(run.ProposedLock);
    }

    [Fact]
    public void With_an_up_to_date_lock_update_mode_proposes_the_same_text()
    {
        var run = Released.With("UpdateMigrationsLock", "true").Run();

        Assert.Empty(run.DiagnosticLines);
        Assert.Equal(ReleasedLockText.Value, run.ProposedLock);
    }

    [Fact]
    public void Update_mode_adds_new_migrations_in_order_and_keeps_every_existing_line_as_written()
    {
        // Valid but not as the generator writes it: a zero-padded order, a name with spaces, a comment, a blank line.
        var handWritten =
            LockHeader +
            "# Orders below 20 came from the old FluentMigrator history.\n" +
            $"010 {ChecksumOf(10)} create_authors\n" +
            "\n" +
            LockLineOf(20) + "\n" +
            LockLineOf(30) + "\n";
        var project = Released
            .WithLock(handWritten)
            .WithSource("Migrations/Members.cs", MigrationSource.Class(15, "create_members", "CreateMembers", "members", ", AllowOutOfOrder = true"))
            .WithSource("Migrations/Fines.cs", MigrationSource.Class(40, "create fines", "CreateFines", "fines"))
            .With("UpdateMigrationsLock", "true");

        var run = project.Run().AssertOutputCompiles();

        var catalog = run.LoadCatalog();
        Assert.Equal(["GM0100", "GM0100"], run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Equal(
            LockHeader +
            "# Orders below 20 came from the old FluentMigrator history.\n" +
            $"010 {ChecksumOf(10)} create_authors\n" +
            "\n" +
            $"15 {catalog.Find(15)!.Checksum} create_members\n" +
            LockLineOf(20) + "\n" +
            LockLineOf(30) + "\n" +
            $"40 {catalog.Find(40)!.Checksum} create fines\n",
            run.ProposedLock);
    }

    [Fact]
    public void A_lock_without_a_final_line_break_is_proposed_with_one_in_source_that_compiles()
    {
        var run = Released.WithLock(ReleasedLockText.Value.TrimEnd('\n')).With("UpdateMigrationsLock", "true").Run().AssertOutputCompiles();

        Assert.Empty(run.DiagnosticLines);
        Assert.Equal(ReleasedLockText.Value, run.ProposedLock);
    }

    [Fact]
    public void Update_mode_does_not_propose_an_inserted_migration_that_has_not_opted_in()
    {
        var run = Released
            .WithSource("Migrations/Members.cs", MigrationSource.Class(15, "create_members", "CreateMembers", "members"))
            .With("UpdateMigrationsLock", "true")
            .Run();

        Assert.Equal(["GM0104"], run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Equal(ReleasedLockText.Value, run.ProposedLock);
    }

    [Fact]
    public void Update_mode_keeps_an_edited_entry_as_locked_and_still_reports_GM0105()
    {
        var run = Released
            .EditSource(Books, text => text.Replace("id INTEGER PRIMARY KEY", "id INTEGER PRIMARY KEY, title TEXT"))
            .With("UpdateMigrationsLock", "true")
            .Run();

        Assert.Equal([("GM0105", DiagnosticSeverity.Error)], run.GeneratorDiagnostics.Select(d => (d.Id, d.Severity)));
        Assert.Equal(ReleasedLockText.Value, run.ProposedLock);
    }

    [Fact]
    public void Update_mode_in_locked_mode_reports_new_migrations_as_not_yet_locked_instead_of_failing()
    {
        var run = Released
            .WithSource("Migrations/Members.cs", MigrationSource.Class(40, "create_members", "CreateMembers", "members"))
            .With("UpdateMigrationsLock", "true")
            .With("MigrationsLockedMode", "true")
            .Run();

        Assert.Equal([("GM0100", DiagnosticSeverity.Info)], run.GeneratorDiagnostics.Select(d => (d.Id, d.Severity)));
        Assert.EndsWith($" create_members\n", run.ProposedLock, StringComparison.Ordinal);
    }

    [Fact]
    public void Accept_mode_rewrites_changed_entries_from_the_code_and_reports_each_as_GM0108()
    {
        var project = Released
            .EditSource(Authors, text => text.Replace("id INTEGER PRIMARY KEY", "id INTEGER PRIMARY KEY, name TEXT"))
            .EditSource(Books, text => text.Replace("\"create_books\"", "\"create_book_table\""))
            .EditSource(Loans, text => text.Replace("Migration(30,", "Migration(35,"))
            .WithSource("Migrations/Members.cs", MigrationSource.Class(40, "create_members", "CreateMembers", "members"))
            .With("UpdateMigrationsLock", "true")
            .With("AcceptMigrationsLockChanges", "true");

        var run = project.Run().AssertOutputCompiles();

        var catalog = run.LoadCatalog();
        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.At("info", "GM0108", Authors, project.Source(Authors), MigrationSource.Attribute(10, "create_authors"),
                    $"migrations.lock: accepted migration 10 'create_authors' checksum {ChecksumOf(10)} -> {catalog.Find(10)!.Checksum}"),
                ExpectedDiagnostic.At("info", "GM0108", Books, project.Source(Books), MigrationSource.Attribute(20, "create_book_table"),
                    "migrations.lock: accepted migration 20 name 'create_books' -> 'create_book_table'"),
                ExpectedDiagnostic.At("info", "GM0108", Loans, project.Source(Loans), MigrationSource.Attribute(35, "create_loans"),
                    "migrations.lock: accepted migration 'create_loans' order 30 -> 35"),
                ExpectedDiagnostic.At("info", "GM0100", "Migrations/Members.cs", project.Source("Migrations/Members.cs"), MigrationSource.Attribute(40, "create_members"),
                    $"Migration 40 'create_members' is not yet locked in migrations.lock; before you release it, run '{UpdateCommand}' (or apply the code fix) and commit migrations.lock"),
            ],
            run);
        Assert.Equal(
            LockHeader +
            $"10 {catalog.Find(10)!.Checksum} create_authors\n" +
            $"20 {ChecksumOf(20)} create_book_table\n" +
            $"35 {ChecksumOf(30)} create_loans\n" +
            $"40 {catalog.Find(40)!.Checksum} create_members\n",
            run.ProposedLock);
    }

    [Fact]
    public void Accept_mode_keeps_the_comment_and_blank_lines_of_the_lock()
    {
        var commented = ReleasedLockText.Value
            .Replace(LockLineOf(10) + "\n", LockLineOf(10) + "\n\n# 20 and 30 shipped in release 2.0\n")
            .Replace(LockLineOf(30) + "\n", LockLineOf(30) + "\n# end of release 2.0\n");
        var project = Released.WithLock(commented)
            .EditSource(Books, text => text.Replace("\"create_books\"", "\"create_book_table\""))
            .WithoutSource(Loans)
            .With("UpdateMigrationsLock", "true")
            .With("AcceptMigrationsLockChanges", "true");

        var run = project.Run();

        Assert.Equal(["GM0108", "GM0108"], run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Equal(
            LockHeader +
            LockLineOf(10) + "\n" +
            "\n" +
            "# 20 and 30 shipped in release 2.0\n" +
            $"20 {ChecksumOf(20)} create_book_table\n" +
            "# end of release 2.0\n",
            run.ProposedLock);
    }

    [Fact]
    public void Accept_mode_drops_a_removed_entry_and_reports_it_as_GM0108_on_its_lock_line()
    {
        var run = Released.WithoutSource(Loans)
            .With("UpdateMigrationsLock", "true")
            .With("AcceptMigrationsLockChanges", "true")
            .Run();

        DiagnosticAssert.Reported(
            [ExpectedDiagnostic.OnLine("info", "GM0108", DefaultLockPath, 6, "migrations.lock: accepted migration 30 'create_loans' removed")],
            run);
        Assert.Equal(ReleasedLockText.Value.Replace(LockLineOf(30) + "\n", ""), run.ProposedLock);
    }

    [Fact]
    public void AcceptMigrationsLockChanges_without_update_mode_accepts_nothing_and_the_removal_stays_an_error()
    {
        var run = Released.WithoutSource(Loans).With("AcceptMigrationsLockChanges", "true").Run();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.OnLine("error", "GM0101", DefaultLockPath, 6,
                    $"Migration 30 'create_loans' is locked in migrations.lock (line 6) but is no longer in the project; restore it, because released migrations must not be removed (or accept the removal with '{AcceptCommand}')"),
                $"warning GM0109: AcceptMigrationsLockChanges=true did not accept the changes to locked migrations reported above: it takes effect only together with UpdateMigrationsLock=true; run '{AcceptCommand}' and commit migrations.lock",
            ],
            run);
        Assert.Null(run.ProposedLock);
    }

    [Fact]
    public void In_locked_mode_the_accept_switch_accepts_nothing_even_with_the_update_switch()
    {
        var project = Released
            .EditSource(Books, text => text.Replace("\"create_books\"", "\"create_book_table\""))
            .With("UpdateMigrationsLock", "true")
            .With("AcceptMigrationsLockChanges", "true")
            .With("MigrationsLockedMode", "true");

        var run = project.Run();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.Error("GM0102", Books, project.Source(Books), MigrationSource.Attribute(20, "create_book_table"),
                    $"Migration 20 is locked as 'create_books' in migrations.lock but is now named 'create_book_table' ('Shop.Migrations.CreateBooks'); restore the name 'create_books', because released migrations must not be renamed (or accept the change with '{AcceptCommand}')"),
                $"warning GM0109: AcceptMigrationsLockChanges=true did not accept the changes to locked migrations reported above: this build is in locked mode (ContinuousIntegrationBuild or MigrationsLockedMode), which never rewrites migrations.lock; accept the changes locally with '{AcceptCommand}' and commit migrations.lock",
            ],
            run);
        // The proposal only appends (here: nothing), so the locked line stays as released.
        Assert.Equal(ReleasedLockText.Value, run.ProposedLock);
    }

    [Fact]
    public void The_accept_switch_with_an_intact_history_reports_nothing()
    {
        var run = Released.With("AcceptMigrationsLockChanges", "true").With("MigrationsLockedMode", "true").Run();

        Assert.Empty(run.DiagnosticLines);
    }

    [Fact]
    public void A_malformed_lock_gets_no_proposal_even_in_accept_mode()
    {
        var malformed = ReleasedLockText.Value.Replace(LockLineOf(20), "20 create_books");

        var update = Released.WithLock(malformed).With("UpdateMigrationsLock", "true").Run();
        var accept = Released.WithLock(malformed).With("UpdateMigrationsLock", "true").With("AcceptMigrationsLockChanges", "true").Run();

        Assert.Equal([("GM0106", DiagnosticSeverity.Error)], update.GeneratorDiagnostics.Select(d => (d.Id, d.Severity)));
        Assert.Null(update.ProposedLock);
        Assert.Equal([("GM0106", DiagnosticSeverity.Error)], accept.GeneratorDiagnostics.Select(d => (d.Id, d.Severity)));
        Assert.Null(accept.ProposedLock);
    }

    [Fact]
    public void A_name_with_runs_of_quotes_survives_the_proposal_source()
    {
        const string name = "import \"\"\"legacy\"\"\"\" rows";
        var run = TestProject.Of(new TestSource(Authors, MigrationSource.Class(1, "import \\\"\\\"\\\"legacy\\\"\\\"\\\"\\\" rows", "ImportLegacy", "legacy")))
            .With("UpdateMigrationsLock", "true")
            .Run()
            .AssertOutputCompiles();

        Assert.Equal(name, Assert.Single(run.LoadCatalog().Migrations).Name);
        Assert.EndsWith(" " + name + "\n", run.ProposedLock, StringComparison.Ordinal);
    }
}
