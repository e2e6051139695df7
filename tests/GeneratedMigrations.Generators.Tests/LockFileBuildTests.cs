using System.Text.RegularExpressions;
using GeneratedMigrations.Generators.Tests.Infrastructure;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// Tests that run <c>dotnet build</c> of a sample copy: one at a time (two builds at once on a two-core machine only
/// slow each other down), but beside the in-process tests, so that the build chain is not added to the test run's
/// length after them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DotnetBuildCollection
{
    public const string Name = "dotnet build";
}

/// <summary>
/// migrations.lock through the real build of a copy of the sample: the package's targets pass the lock to the
/// generator, <c>-p:UpdateMigrationsLock=true</c> writes it, and a broken history fails <c>dotnet build</c>.
/// Each build costs seconds, so each test walks through several steps.
/// </summary>
[Collection(DotnetBuildCollection.Name)]
public sealed class LockFileBuildTests
{
    private const string LockFile = "migrations.lock";

    private const string NewMigration = """
        using GeneratedMigrations;

        namespace Bookshelf.Migrations;

        [Migration(10, "add_loan_due_date")]
        public sealed class AddLoanDueDate : IMigration
        {
            public Task UpAsync(MigrationContext db, CancellationToken ct) =>
                db.ExecuteAsync("ALTER TABLE loans ADD COLUMN due_on TEXT", ct);
        }

        """;

    private const string SecondNewMigrationWithTheSameOrder = """
        using GeneratedMigrations;

        namespace Bookshelf.Migrations;

        [Migration(10, "add_book_rating")]
        public sealed class AddBookRating : IMigration
        {
            public Task UpAsync(MigrationContext db, CancellationToken ct) =>
                db.ExecuteAsync("ALTER TABLE books ADD COLUMN rating INTEGER", ct);
        }

        """;

    [Fact]
    public void The_update_step_creates_the_lock_then_appends_one_line_per_new_migration_and_locked_mode_requires_it()
    {
        using var copy = SampleCopy.Create();
        var committedLock = copy.Read(LockFile);
        File.Delete(copy.PathOf(LockFile));

        // 1. No lock: the update step creates it, identical to the sample's committed lock.
        var (created, createdOutput) = copy.Build("UpdateMigrationsLock=true");
        Assert.True(created == 0, "The update build failed:\n" + createdOutput);
        Assert.True(File.Exists(copy.PathOf(LockFile)), "The update build wrote no lock:\n" + createdOutput);
        Assert.Equal(committedLock, copy.Read(LockFile));
        Assert.Contains($"Created {copy.PathOf(LockFile)}; commit it.", createdOutput);
        Assert.Contains("migrations.lock: locked 8 fb808beb1679eaed092e547249d56d28 create_reviews", createdOutput);

        // 2. A plain rebuild is clean, even after a comment is added inside a locked migration, and with the .sql
        //    migrations moved to another folder named by MigrationsSqlFolder (migrations 8 and 9 are still found, unchanged).
        copy.Edit(Path.Combine("Migrations", "M0003_SeedClassics.cs"),
            "        foreach (var (id, author, title, year) in Classics)\n",
            "        // Ids are fixed so that later migrations can refer to these books.\n        foreach (var (id, author, title, year) in Classics)\n");
        MoveSqlMigrations(copy, "Migrations", "Sql");
        var (rebuilt, rebuiltOutput) = copy.Build("MigrationsSqlFolder=Sql");
        Assert.True(rebuilt == 0, "The rebuild failed:\n" + rebuiltOutput);
        Assert.DoesNotContain(": warning ", rebuiltOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(": error ", rebuiltOutput, StringComparison.Ordinal);
        Assert.Contains("0 Warning(s)", rebuiltOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("not yet locked", rebuiltOutput, StringComparison.Ordinal);
        Assert.Equal(committedLock, copy.Read(LockFile));
        MoveSqlMigrations(copy, "Sql", "Migrations");

        // 3. A new migration that is not locked fails a CI build (locked mode), and only that.
        copy.Write(Path.Combine("Migrations", "M0010_AddLoanDueDate.cs"), NewMigration);
        var (ci, ciOutput) = copy.Build("ContinuousIntegrationBuild=true");
        Assert.True(ci != 0, "The CI build passed with an unlocked migration:\n" + ciOutput);
        Assert.Contains(
            "M0010_AddLoanDueDate.cs(5,2): error GM0107: Migration 10 'add_loan_due_date' is not locked in migrations.lock, and this build is in locked mode (ContinuousIntegrationBuild or MigrationsLockedMode); run 'dotnet build -p:UpdateMigrationsLock=true' and commit migrations.lock",
            ciOutput);
        Assert.Equal(["GM0107"], ErrorIds(ciOutput));

        // 3b. An ordinary build passes and names it, once, with the command that locks it.
        var (plain, plainOutput) = copy.Build();
        Assert.True(plain == 0, "The ordinary build failed with an unlocked migration:\n" + plainOutput);
        Assert.Equal(
            ["GeneratedMigrations: migration 10 'add_loan_due_date' not yet locked in migrations.lock; before you release, run 'dotnet build -p:UpdateMigrationsLock=true' and commit it."],
            plainOutput.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith("GeneratedMigrations: ", StringComparison.Ordinal)).ToList());
        Assert.Contains("0 Warning(s)", plainOutput, StringComparison.Ordinal);

        // 4. The update step appends exactly that migration's line and leaves every other line as it was.
        var (updated, updatedOutput) = copy.Build("UpdateMigrationsLock=true");
        Assert.True(updated == 0, "The second update build failed:\n" + updatedOutput);
        var newLock = copy.Read(LockFile);
        Assert.StartsWith(committedLock, newLock, StringComparison.Ordinal);
        Assert.Matches("^10 [0-9a-f]{32} add_loan_due_date\n$", newLock[committedLock.Length..]);
        Assert.Contains("migrations.lock: locked " + newLock[committedLock.Length..].TrimEnd('\n'), updatedOutput);

        // 5. Now the CI build passes.
        var (ciAgain, ciAgainOutput) = copy.Build("ContinuousIntegrationBuild=true");
        Assert.True(ciAgain == 0, "The CI build failed with an up-to-date lock:\n" + ciAgainOutput);
    }

    [Fact]
    public void Breaking_the_locked_history_fails_dotnet_build_with_an_error_for_each_break()
    {
        // One build for every break (each costs seconds): the generator loaded by MSBuild reports each at its place.
        using var copy = SampleCopy.Create();
        var migrations = copy.PathOf("Migrations");
        var lockPath = copy.PathOf(LockFile);

        // Swap two orders, rename one, delete one, edit a class body and a .sql file, corrupt a lock line.
        copy.Edit(Path.Combine("Migrations", "M0001_CreateAuthors.cs"), "[Migration(1, \"create_authors\")]", "[Migration(2, \"create_authors\")]");
        copy.Edit(Path.Combine("Migrations", "M0002_CreateBooks.cs"), "[Migration(2, \"create_books\")]", "[Migration(1, \"create_books\")]");
        copy.Edit(Path.Combine("Migrations", "M0006_IndexBooksByTitle.cs"), "\"index_books_by_title\"", "\"index_books_on_title\"");
        File.Delete(Path.Combine(migrations, "M0004_SplitAuthorNames.cs"));
        copy.Edit(Path.Combine("Migrations", "M0005_CreateLoans.cs"), "                returned_on TEXT\n", "                returned_on TEXT,\n                due_on TEXT\n");
        copy.Edit(Path.Combine("Migrations", "0008_create_reviews.sql"), "stars BETWEEN 1 AND 5", "stars BETWEEN 0 AND 5");
        copy.Edit(LockFile, "7 1c9e48e3697ecaa8f8adc3da62420a7a add_book_isbn", "7 1c9e48e3697ecaa8 add_book_isbn");
        // And two new migrations given the same order.
        copy.Write(Path.Combine("Migrations", "M0010_AddLoanDueDate.cs"), NewMigration);
        copy.Write(Path.Combine("Migrations", "M0010_AddBookRating.cs"), SecondNewMigrationWithTheSameOrder);
        var accept = "dotnet build -p:UpdateMigrationsLock=true -p:AcceptMigrationsLockChanges=true";

        var (exitCode, output) = copy.Build();

        Assert.True(exitCode != 0, "The build passed with a broken history:\n" + output);
        Assert.Contains(
            $"{Path.Combine(migrations, "M0002_CreateBooks.cs")}(5,2): error GM0103: Migration 'create_books' ('Bookshelf.Migrations.CreateBooks') is locked at order 2 in migrations.lock but now has order 1; restore order 2, because released migrations must not be reordered (or accept the change with '{accept}')",
            output);
        Assert.Contains(
            $"{Path.Combine(migrations, "M0001_CreateAuthors.cs")}(5,2): error GM0103: Migration 'create_authors' ('Bookshelf.Migrations.CreateAuthors') is locked at order 1 in migrations.lock but now has order 2; restore order 1, because released migrations must not be reordered (or accept the change with '{accept}')",
            output);
        Assert.Contains(
            $"{Path.Combine(migrations, "M0006_IndexBooksByTitle.cs")}(5,2): error GM0102: Migration 6 is locked as 'index_books_by_title' in migrations.lock but is now named 'index_books_on_title' ('Bookshelf.Migrations.IndexBooksByTitle')",
            output);
        Assert.Contains(
            $"{lockPath}(7,1): error GM0101: Migration 4 'split_author_names' is locked in migrations.lock (line 7) but is no longer in the project",
            output);
        Assert.Contains(
            $"{Path.Combine(migrations, "M0005_CreateLoans.cs")}(5,2): error GM0105: Migration 5 'create_loans' was edited after it was locked (checksum 6e4e9326e630f03dbc709f3d03f3776d in migrations.lock, ",
            output);
        Assert.Contains(
            $"{Path.Combine(migrations, "0008_create_reviews.sql")}(1,1): error GM0105: Migration 8 'create_reviews' was edited after it was locked (checksum fb808beb1679eaed092e547249d56d28 in migrations.lock, ",
            output);
        Assert.Contains(
            $"{lockPath}(10,1): error GM0106: migrations.lock line 10 is not valid: the checksum '1c9e48e3697ecaa8' is not 32 lowercase hexadecimal digits; expected '<order> <checksum> <name>', so fix the line or restore the file from version control",
            output);
        Assert.Contains(
            $"{Path.Combine(migrations, "M0010_AddBookRating.cs")}(5,2): error GM0001: Migration order 10 of 'Bookshelf.Migrations.AddBookRating' is also used by 'Bookshelf.Migrations.AddLoanDueDate' (M0010_AddLoanDueDate.cs:5); give each migration a unique order",
            output);
        Assert.Contains(
            $"{Path.Combine(migrations, "M0010_AddLoanDueDate.cs")}(5,2): error GM0001: Migration order 10 of 'Bookshelf.Migrations.AddLoanDueDate' is also used by 'Bookshelf.Migrations.AddBookRating' (M0010_AddBookRating.cs:5); give each migration a unique order",
            output);
        // One error per break and nothing else: no follow-on errors, and migration 7 (its lock line broken) is not called new.
        Assert.Equal(["GM0001", "GM0001", "GM0101", "GM0102", "GM0103", "GM0103", "GM0105", "GM0105", "GM0106"], ErrorIds(output));
        Assert.DoesNotContain("error CS", output);
    }

    [Fact]
    public void A_sql_migration_in_a_subfolder_of_the_migrations_folder_and_a_lock_file_named_by_MigrationsLockFile_are_part_of_the_build()
    {
        using var copy = SampleCopy.Create();
        var subfolder = copy.PathOf(Path.Combine("Migrations", "v2"));
        Directory.CreateDirectory(subfolder);
        var file = Path.Combine(subfolder, "0010_add_loan_due_date.sql");
        File.WriteAllText(file, "ALTER TABLE loans ADD COLUMN due_on TEXT;\n");
        var duplicate = Path.Combine(subfolder, "0008_rate_books.sql");
        File.WriteAllText(duplicate, "ALTER TABLE reviews ADD COLUMN rated_on TEXT;\n");
        // A lock under another name is the lock only through the item metadata the package's targets give it: without
        // that, the locked history would go unchecked, and in locked mode every migration would be called unlocked.
        Directory.CreateDirectory(copy.PathOf("db"));
        File.Move(copy.PathOf(LockFile), copy.PathOf(Path.Combine("db", "history.lock")));

        var (exitCode, output) = copy.Build("ContinuousIntegrationBuild=true", "MigrationsLockFile=db/history.lock");

        // Seen as a migration: CI refuses it as not locked, and the one in the same order space as 0008 is a duplicate.
        Assert.True(exitCode != 0, "The CI build passed with an unlocked migration in a subfolder:\n" + output);
        Assert.Contains(
            $"{file}(1,1): error GM0107: Migration 10 'add_loan_due_date' is not locked in history.lock",
            output);
        Assert.Contains(
            $"{duplicate}(1,1): error GM0001: Migration order 8 of '0008_rate_books.sql' is also used by '0008_create_reviews.sql'",
            output);
        // One error per mistake: the duplicate is not also called a rename of the locked 8, and the locked 1-9 are locked.
        Assert.Equal(["GM0001", "GM0001", "GM0107"], ErrorIds(output));
    }

    [Fact]
    public void A_multi_targeted_project_writes_the_lock_once_per_build()
    {
        using var copy = SampleCopy.Create();
        var committedLock = copy.Read(LockFile);
        File.Delete(copy.PathOf(LockFile));
        // The sample's migrations as a library built for two frameworks (the app's entry point needs the stores).
        File.Delete(copy.PathOf("Program.cs"));
        File.Delete(copy.PathOf("Shelf.cs"));
        copy.Write(SampleCopy.ProjectFile, """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>$(AppTargetFramework);$(LibraryTargetFramework)</TargetFrameworks>
                <UseGeneratedMigrations>true</UseGeneratedMigrations>
                <RootNamespace>Bookshelf</RootNamespace>
              </PropertyGroup>
            </Project>
            """);

        var (exitCode, output) = copy.Build("UpdateMigrationsLock=true");

        Assert.True(exitCode == 0, "The update build failed:\n" + output);
        Assert.Equal(committedLock, copy.Read(LockFile));
        // The write step reports once each time it runs: created, updated or up to date.
        var reports = output.Split('\n').Count(line => line.Contains($"Created {copy.PathOf(LockFile)}; commit it.", StringComparison.Ordinal)
            || line.Contains($"Updated {copy.PathOf(LockFile)}; commit it.", StringComparison.Ordinal)
            || line.Contains("migrations.lock is up to date.", StringComparison.Ordinal));
        Assert.True(reports == 1, $"The lock was written {reports} times:\n" + output);
        Assert.Equal(1, output.Split('\n').Count(line => line.Contains("migrations.lock: locked 8 ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Pragma_SuppressMessage_and_editorconfig_each_silence_GM0105_in_dotnet_build()
    {
        using var copy = SampleCopy.Create();
        // Three locked migrations edited after release, each silenced in one of the three ways.
        copy.Edit(Path.Combine("Migrations", "M0006_IndexBooksByTitle.cs"), "ON books (title)\"", "ON books (title, id)\"");
        copy.Edit(Path.Combine("Migrations", "M0006_IndexBooksByTitle.cs"), "[Migration(6,", "#pragma warning disable GM0105\n[Migration(6,");
        copy.Edit(Path.Combine("Migrations", "M0003_SeedClassics.cs"), "(1, \"Jane Austen\"", "(1, \"J. Austen\"");
        copy.Edit(Path.Combine("Migrations", "M0003_SeedClassics.cs"), "[Migration(3,",
            "[System.Diagnostics.CodeAnalysis.SuppressMessage(\"GeneratedMigrations\", \"GM0105:Locked migration edited\", Justification = \"test\")]\n[Migration(3,");
        copy.Edit(Path.Combine("Migrations", "M0005_CreateLoans.cs"), "                returned_on TEXT\n", "                returned_on TEXT,\n                due_on TEXT\n");
        copy.Write(".editorconfig", "[Migrations/M0005_CreateLoans.cs]\ndotnet_diagnostic.GM0105.severity = none\n");

        var (exitCode, output) = copy.Build();

        Assert.True(exitCode == 0, "The build failed although every edit was suppressed:\n" + output);
        Assert.DoesNotContain("GM0105", output, StringComparison.Ordinal);

        // The control: without the .editorconfig line the third edit fails the build, so the build did see the edits.
        // (A removed input does not make MSBuild recompile, so the edited file is touched too.)
        File.Delete(copy.PathOf(".editorconfig"));
        File.SetLastWriteTimeUtc(copy.PathOf(Path.Combine("Migrations", "M0005_CreateLoans.cs")), DateTime.UtcNow);
        var (controlExit, controlOutput) = copy.Build();
        Assert.True(controlExit != 0, "The build passed with an unsuppressed edit:\n" + controlOutput);
        Assert.Equal(["GM0105"], ErrorIds(controlOutput));
        Assert.Contains("M0005_CreateLoans.cs(5,2): error GM0105", controlOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_build_task_assembly_fails_the_build_naming_the_file_rather_than_a_task_that_could_not_load()
    {
        using var copy = SampleCopy.Create();
        var missing = copy.PathOf(Path.Combine("tasks", "netstandard2.0", "GeneratedMigrations.Tasks.dll"));

        var (exitCode, output) = copy.Build("GeneratedMigrationsTasksAssembly=" + missing);

        Assert.True(exitCode != 0, "The build passed without its task assembly:\n" + output);
        Assert.Contains($"error : GeneratedMigrations: its build tasks are missing: '{missing}' does not exist.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("MSB4062", output, StringComparison.Ordinal);
    }

    private static void MoveSqlMigrations(SampleCopy copy, string from, string to)
    {
        Directory.CreateDirectory(copy.PathOf(to));
        var files = Directory.GetFiles(copy.PathOf(from), "*.sql");
        Assert.Equal(4, files.Length); // 0008_create_reviews.sql, 0009_index_loans_by_borrower.sql and their .down.sql
        foreach (var file in files) File.Move(file, Path.Combine(copy.PathOf(to), Path.GetFileName(file)));
    }

    /// <summary>The IDs of the distinct error lines (MSBuild repeats each error in its summary), sorted.</summary>
    private static List<string> ErrorIds(string output) =>
        output.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Contains(": error ", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Select(line => Regex.Match(line, ": error (?<id>[A-Z]+[0-9]+):").Groups["id"].Value)
            .Order(StringComparer.Ordinal)
            .ToList();
}
