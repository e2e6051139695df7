using GeneratedMigrations.Generators.Tests.Infrastructure;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>GM0001 and GM0002: two migrations may not share an order or a name.</summary>
public sealed class DuplicateMigrationTests
{
    private const string Books = """
        using System.Threading;
        using System.Threading.Tasks;
        using GeneratedMigrations;

        namespace Shop.Migrations;

        [Migration(1, "create_authors")]
        public sealed class CreateAuthors : IMigration
        {
            public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
        }

        [Migration(2, "create_books")]
        public sealed class CreateBooks : IMigration
        {
            public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
        }
        """;

    private const string Loans = """
        using System.Threading;
        using System.Threading.Tasks;
        using GeneratedMigrations;

        namespace Shop.Lending;

        // A teammate picked the same order on another branch.
        [Migration(2, "create_loans")]
        public sealed class CreateLoans : IMigration
        {
            public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
        }
        """;

    [Fact]
    public void Reports_duplicate_order_on_both_migrations()
    {
        var run = GeneratorHarness.Run([new("Migrations/Books.cs", Books), new("Lending/Loans.cs", Loans)]).AssertOutputCompiles();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.Error("GM0001", "Migrations/Books.cs", Books, "Migration(2, \"create_books\")",
                    "Migration order 2 of 'Shop.Migrations.CreateBooks' is also used by 'Shop.Lending.CreateLoans' (Loans.cs:8); give each migration a unique order"),
                ExpectedDiagnostic.Error("GM0001", "Lending/Loans.cs", Loans, "Migration(2, \"create_loans\")",
                    "Migration order 2 of 'Shop.Lending.CreateLoans' is also used by 'Shop.Migrations.CreateBooks' (Books.cs:13); give each migration a unique order"),
            ],
            run);
        Assert.Equal(["create_authors"], run.LoadCatalog().Migrations.Select(m => m.Name));
    }

    [Fact]
    public void Names_every_other_migration_when_three_share_an_order()
    {
        var third = Loans.Replace("CreateLoans", "CreateMembers").Replace("create_loans", "create_members");
        var run = GeneratorHarness.Run(
            [new("Migrations/Books.cs", Books), new("Lending/Loans.cs", Loans), new("Lending/Members.cs", third)]);

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.Error("GM0001", "Migrations/Books.cs", Books, "Migration(2, \"create_books\")",
                    "Migration order 2 of 'Shop.Migrations.CreateBooks' is also used by 'Shop.Lending.CreateLoans' (Loans.cs:8) and 'Shop.Lending.CreateMembers' (Members.cs:8); give each migration a unique order"),
                ExpectedDiagnostic.Error("GM0001", "Lending/Loans.cs", Loans, "Migration(2, \"create_loans\")",
                    "Migration order 2 of 'Shop.Lending.CreateLoans' is also used by 'Shop.Migrations.CreateBooks' (Books.cs:13) and 'Shop.Lending.CreateMembers' (Members.cs:8); give each migration a unique order"),
                ExpectedDiagnostic.Error("GM0001", "Lending/Members.cs", third, "Migration(2, \"create_members\")",
                    "Migration order 2 of 'Shop.Lending.CreateMembers' is also used by 'Shop.Migrations.CreateBooks' (Books.cs:13) and 'Shop.Lending.CreateLoans' (Loans.cs:8); give each migration a unique order"),
            ],
            run);
    }

    [Fact]
    public void Reports_duplicate_name_on_both_migrations()
    {
        var renamed = Loans.Replace("Migration(2, \"create_loans\")", "Migration(3, \"create_books\")");
        var run = GeneratorHarness.Run([new("Migrations/Books.cs", Books), new("Lending/Loans.cs", renamed)]).AssertOutputCompiles();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.Error("GM0002", "Migrations/Books.cs", Books, "Migration(2, \"create_books\")",
                    "Migration name 'create_books' of 'Shop.Migrations.CreateBooks' is also used by 'Shop.Lending.CreateLoans' (Loans.cs:8); give each migration a unique name"),
                ExpectedDiagnostic.Error("GM0002", "Lending/Loans.cs", renamed, "Migration(3, \"create_books\")",
                    "Migration name 'create_books' of 'Shop.Lending.CreateLoans' is also used by 'Shop.Migrations.CreateBooks' (Books.cs:13); give each migration a unique name"),
            ],
            run);
        Assert.Equal(["create_authors"], run.LoadCatalog().Migrations.Select(m => m.Name));
    }
}
