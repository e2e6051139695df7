using System.Runtime.CompilerServices;
using GeneratedMigrations.Generators.Tests.Infrastructure;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// The emitted catalogue, checked against approved files in Snapshots/ (input, output, diagnostics).
/// Set GM_ACCEPT_SNAPSHOTS=1 to rewrite them after a deliberate change, and review the diff.
/// </summary>
public sealed class CatalogSnapshotTests
{
    [Fact]
    public void Emits_a_typical_catalogue_in_ascending_order()
    {
        var run = VerifySnapshot("TypicalCatalog");

        var catalog = run.LoadCatalog();
        Assert.Equal([1L, 3, 5, 7, 20], catalog.Migrations.Select(m => m.Order));
        Assert.Equal(
            ["create_users", "create_books", "add_user_email", "import \"legacy\" users from C:\\old\\users.csv", "add_book_isbn"],
            catalog.Migrations.Select(m => m.Name));
        Assert.Equal(
            ["Shop.Accounts.AccountMigrations.CreateUsers", "Shop.Migrations.Library.CreateBooks", "AddUserEmail", "Shop.Accounts.ImportLegacyUsers", "Shop.Migrations.Library.AddBookIsbn"],
            catalog.Migrations.Select(m => m.TypeName));
        Assert.Equal([false, true, false, false, false], catalog.Migrations.Select(m => m.IsReversible));
        Assert.All(catalog.Migrations, m => Assert.Equal(m.TypeName, m.CreateMigration().GetType().FullName!.Replace('+', '.')));
        Assert.Equal(GeneratorHarness.AssemblyName, catalog.AssemblyName);
        Assert.Equal("0.0.0.0", catalog.AssemblyVersion);
    }

    [Fact]
    public void Emits_an_empty_catalogue_when_there_are_no_migrations()
    {
        var run = VerifySnapshot("EmptyCatalog");

        Assert.Empty(run.LoadCatalog().Migrations);
    }

    [Fact]
    public void Uses_the_namespace_and_class_name_set_by_build_properties()
    {
        var run = VerifySnapshot("CustomNamespaceAndClassName", new Dictionary<string, string>
        {
            ["RootNamespace"] = "Shop",
            ["MigrationsCatalogNamespace"] = "Shop.Data",
            ["MigrationsCatalogClassName"] = "ShopMigrations",
        });

        Assert.Equal("create_books", Assert.Single(run.LoadCatalog("Shop.Data.ShopMigrations").Migrations).Name);
    }

    [Fact]
    public void Makes_the_catalogue_class_public_when_MigrationsCatalogPublic_is_true()
    {
        var run = VerifySnapshot("PublicCatalog", new Dictionary<string, string>
        {
            ["RootNamespace"] = "Library.Data",
            ["MigrationsCatalogPublic"] = "true",
        });

        Assert.Equal("create_books", Assert.Single(run.LoadCatalog("Library.Data.AppMigrations").Migrations).Name);
        // The case it exists for: an app that references the library names the library's catalogue.
        Assert.Empty(AppReferencing(run).GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
    }

    [Fact]
    public void Keeps_the_catalogue_class_internal_by_default_so_a_referencing_app_cannot_name_it()
    {
        var run = GeneratorHarness.Run(ApprovedFiles.For("PublicCatalog").ReadInput(), new Dictionary<string, string> { ["RootNamespace"] = "Library.Data" });

        Assert.Contains(AppReferencing(run).GetDiagnostics(), d => d.Id == "CS0122"); // inaccessible due to its protection level
    }

    /// <summary>An app assembly that references the generator run's output and uses Library.Data.AppMigrations.Catalog.</summary>
    private static Microsoft.CodeAnalysis.Compilation AppReferencing(GeneratorRun library) =>
        GeneratorHarness.CreateCompilation([new TestSource("App.cs", "public static class App { public static GeneratedMigrations.MigrationCatalog Catalog => Library.Data.AppMigrations.Catalog; }")], "App")
            .AddReferences(library.OutputCompilation.ToMetadataReference());

    [Fact]
    public void Puts_the_catalogue_in_the_root_namespace_made_into_a_valid_name()
    {
        var run = VerifySnapshot("SanitizedRootNamespace", new Dictionary<string, string>
        {
            ["RootNamespace"] = "My-App.Data",
        });

        Assert.Equal("create_books", Assert.Single(run.LoadCatalog("My_App.Data.AppMigrations").Migrations).Name);
    }

    [Fact]
    public void Leaves_invalid_migrations_out_of_the_catalogue_and_reports_them()
    {
        var run = VerifySnapshot("InvalidMigrationsExcluded");

        Assert.Equal(["create_books", "add_book_isbn"], run.LoadCatalog().Migrations.Select(m => m.Name));
        Assert.Equal(["GM0003", "GM0001", "GM0001"], run.Diagnostics.Select(d => d.Id));
    }

    /// <summary>Runs the generator on Snapshots/name.input.cs and compares its output and diagnostics with the approved files.</summary>
    private static GeneratorRun VerifySnapshot(
        string name,
        IReadOnlyDictionary<string, string>? buildProperties = null,
        [CallerFilePath] string callerFilePath = "")
    {
        var files = ApprovedFiles.For(name, callerFilePath);
        var run = GeneratorHarness.Run(files.ReadInput(), buildProperties);
        files
            .Verify("output.cs", SnapshotText.Normalize(run.CatalogSource ?? "// (nothing emitted)\n"))
            .Verify("diagnostics.txt", string.Concat(run.DiagnosticLines.Select(line => line + "\n")))
            .AssertMatched();
        run.AssertOutputCompiles();
        return run;
    }
}
