using GeneratedMigrations.Generators.Tests.Infrastructure;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// <c>dotnet msbuild -t:NewMigration</c> from the package's build targets, on a fresh copy of the sample that was never
/// built: the file it writes, where, with which order and name, and that the build then takes it.
/// </summary>
[Collection(DotnetBuildCollection.Name)]
public sealed class NewMigrationTests
{
    private const string LockCommand = "dotnet build -p:UpdateMigrationsLock=true";

    [Fact]
    public void NewMigration_writes_the_next_class_migration_in_the_samples_style_which_builds_and_locks()
    {
        using var copy = SampleCopy.Create();

        var (exitCode, output) = copy.RunTarget("NewMigration", "MigrationName=add loan due date");

        Assert.True(exitCode == 0, "NewMigration failed:\n" + output);
        var file = Path.Combine("Migrations", "M0010_AddLoanDueDate.cs");
        Assert.True(File.Exists(copy.PathOf(file)), "NewMigration wrote no " + file + ":\n" + output);
        Assert.Contains($"Created {copy.PathOf(file)} (migration 10 add_loan_due_date).", output);
        Assert.Contains(LockCommand, output);
        var text = copy.Read(file);
        Assert.Contains("namespace Bookshelf.Migrations;", text);
        Assert.Contains("[Migration(10, \"add_loan_due_date\")]", text);
        Assert.Contains("public sealed class AddLoanDueDate : IMigration", text);

        // The user writes the migration; the build takes it (as "not yet locked") and the update step locks it.
        copy.Edit(file, "        throw new NotImplementedException(\"Migration 10 'add_loan_due_date' is not written yet.\");\n",
            "        return db.ExecuteAsync(\"ALTER TABLE loans ADD COLUMN due_on TEXT\", ct);\n");
        var (locked, lockedOutput) = copy.Build("UpdateMigrationsLock=true");
        Assert.True(locked == 0, "The update build failed:\n" + lockedOutput);
        Assert.Contains("migrations.lock: locked 10 ", lockedOutput);
        Assert.Matches(@"\n10 [0-9a-f]{32} add_loan_due_date\n$", copy.Read("migrations.lock"));
    }

    [Fact]
    public void NewMigration_of_kind_Sql_takes_the_order_above_a_class_migration_that_is_not_locked_yet()
    {
        using var copy = SampleCopy.Create();
        copy.Write(Path.Combine("Migrations", "M0012_AddAuthorBio.cs"), """
            using GeneratedMigrations;

            namespace Bookshelf.Migrations;

            [Migration(12, "add_author_bio")]
            public sealed class AddAuthorBio : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) =>
                    db.ExecuteAsync("ALTER TABLE authors ADD COLUMN bio TEXT", ct);
            }
            """);

        var (exitCode, output) = copy.RunTarget("NewMigration", "MigrationName=IndexLoansByBook", "MigrationKind=Sql");

        Assert.True(exitCode == 0, "NewMigration failed:\n" + output);
        var file = copy.PathOf(Path.Combine("Migrations", "0013_index_loans_by_book.sql"));
        Assert.True(File.Exists(file), "NewMigration wrote no 0013_index_loans_by_book.sql:\n" + output);
        Assert.Contains($"Created {file} (migration 13 index_loans_by_book).", output);
        Assert.StartsWith("-- Migration 13 index_loans_by_book:", File.ReadAllText(file));
    }

    [Fact]
    public void NewMigration_takes_the_order_above_the_lock_even_when_a_locked_migration_is_gone()
    {
        using var copy = SampleCopy.Create();
        // A lock entry with no migration left in the project (the build would report GM0101): its order stays taken.
        File.AppendAllText(copy.PathOf("migrations.lock"), "20 00000000000000000000000000000000 retired_report\n");

        var (exitCode, output) = copy.RunTarget("NewMigration", "MigrationName=add loan due date");

        Assert.True(exitCode == 0, "NewMigration failed:\n" + output);
        Assert.True(File.Exists(copy.PathOf(Path.Combine("Migrations", "M0021_AddLoanDueDate.cs"))), "NewMigration wrote no M0021_AddLoanDueDate.cs:\n" + output);
    }

    [Theory]
    [InlineData("create reviews", "0008_create_reviews.sql")]   // a .sql migration
    [InlineData("Create Books", "M0002_CreateBooks.cs")]        // a class migration
    [InlineData("retired report", "migrations.lock")]           // only in the lock
    public void NewMigration_refuses_a_name_already_used_and_writes_nothing(string name, string usedIn)
    {
        using var copy = SampleCopy.Create();
        File.AppendAllText(copy.PathOf("migrations.lock"), "20 00000000000000000000000000000000 retired_report\n");
        var before = Directory.GetFiles(copy.PathOf("Migrations")).Length;

        var (exitCode, output) = copy.RunTarget("NewMigration", "MigrationName=" + name);

        Assert.True(exitCode != 0, "NewMigration accepted a name already used:\n" + output);
        Assert.Contains($"error : GeneratedMigrations: a migration named '{name.ToLowerInvariant().Replace(' ', '_')}' already exists ({usedIn}); choose another name.", output);
        Assert.Equal(before, Directory.GetFiles(copy.PathOf("Migrations")).Length);
    }
}
