using GeneratedMigrations.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// What re-runs after an edit, read from the driver's tracked steps: an edit that cannot change the catalogue
/// must not re-emit it (the IDE runs the generator on every keystroke).
/// </summary>
public sealed class IncrementalityTests
{
    private const string Books = """
        using System.Threading;
        using System.Threading.Tasks;
        using GeneratedMigrations;

        namespace Shop.Migrations;

        [Migration(1, "create_books")]
        public sealed class CreateBooks : IMigration
        {
            public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE books (id INTEGER PRIMARY KEY)", ct);
        }

        // Invalid, so that the catalogue carries a diagnostic (GM0004) whose location can move.
        [Migration(0, "order_zero")]
        public sealed class OrderZero : IMigration
        {
            public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
        }
        """;

    private const string Loans = """
        using System.Threading;
        using System.Threading.Tasks;
        using GeneratedMigrations;

        namespace Shop.Migrations;

        [Migration(3, "create_loans")]
        public sealed class CreateLoans : IMigration
        {
            public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE loans (id INTEGER PRIMARY KEY)", ct);
        }
        """;

    private const string Shelf = """
        namespace Shop;

        public static class Shelf
        {
            public static int Capacity => 100;
        }
        """;

    private static readonly IncrementalStepRunReason[] NotRerun = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    private static GeneratorRun FirstRun() =>
        GeneratorHarness.Run([new("Migrations/Books.cs", Books), new("Migrations/Loans.cs", Loans), new("Shelf.cs", Shelf)]).AssertOutputCompiles();

    [Fact]
    public void Adding_a_file_without_migrations_does_not_re_emit_the_catalogue()
    {
        var first = FirstRun();

        var second = first.Rerun(first.InputCompilation.AddSyntaxTrees(
            GeneratorHarness.Parse("Loan.cs", "namespace Shop; public sealed record Loan(int BookId, string Member);")));

        AssertNothingDownstreamReran(first, second);
    }

    [Fact]
    public void Editing_a_file_without_migrations_does_not_re_emit_the_catalogue()
    {
        var first = FirstRun();

        var second = first.RerunWithEditedFile("Shelf.cs", text => text.Replace("=> 100;", "=> 250;\n    public static string Name => \"main\";"));

        AssertNothingDownstreamReran(first, second);
    }

    [Fact]
    public void Editing_a_migration_body_re_emits_the_catalogue_with_its_new_checksum()
    {
        var first = FirstRun();

        var second = first.RerunWithEditedFile("Migrations/Loans.cs", text => text.Replace("id INTEGER PRIMARY KEY", "id INTEGER PRIMARY KEY, due TEXT"));

        var migrations = Reasons(second, TrackingNames.Migrations);
        Assert.Single(migrations, IncrementalStepRunReason.Modified);
        Assert.Equal(2, migrations.Count(NotRerun.Contains));
        AssertReasons(second, TrackingNames.Catalog, IncrementalStepRunReason.Modified);
        AssertReasons(second, TrackingNames.CatalogEntries, IncrementalStepRunReason.Modified);
        AssertReasons(second, TrackingNames.CatalogModel, IncrementalStepRunReason.Modified);
        Assert.Equal([IncrementalStepRunReason.Modified], CatalogSourceOutputReasons(second));

        var before = first.LoadCatalog().Find(3)!;
        var after = second.AssertOutputCompiles().LoadCatalog().Find(3)!;
        Assert.NotEqual(before.Checksum, after.Checksum);
        Assert.Equal(first.LoadCatalog().Find(1)!.Checksum, second.LoadCatalog().Find(1)!.Checksum);
    }

    [Fact]
    public void Changing_a_constant_that_a_Migration_attribute_setting_reads_re_emits_the_catalogue_with_that_setting()
    {
        // Neither the attribute's text nor its location changes, and the checksum leaves the attribute out: only the
        // model's own equality can tell this edit apart. A cached catalogue would keep running the migration inside a
        // transaction in the IDE and under dotnet watch.
        const string settings = "namespace Shop; public static class LoanSettings { public const bool InTransaction = true; }";
        var loans = Loans.Replace("[Migration(3, \"create_loans\")]", "[Migration(3, \"create_loans\", Transactional = LoanSettings.InTransaction)]");
        var first = GeneratorHarness.Run([new("Migrations/Loans.cs", loans), new("LoanSettings.cs", settings)]).AssertOutputCompiles();

        var second = first.RerunWithEditedFile("LoanSettings.cs", text => text.Replace("= true;", "= false;"));

        AssertReasons(second, TrackingNames.CatalogEntries, IncrementalStepRunReason.Modified);
        Assert.Equal([IncrementalStepRunReason.Modified], CatalogSourceOutputReasons(second));
        Assert.True(first.LoadCatalog().Find(3)!.RunsInTransaction);
        var after = second.AssertOutputCompiles().LoadCatalog().Find(3)!;
        Assert.False(after.RunsInTransaction);
        Assert.Equal(first.LoadCatalog().Find(3)!.Checksum, after.Checksum);
    }

    [Fact]
    public void Moving_migrations_down_a_file_re_reports_diagnostics_but_does_not_re_emit_the_catalogue()
    {
        var first = FirstRun();

        var second = first.RerunWithEditedFile("Migrations/Books.cs", text => text.Replace("namespace Shop.Migrations;\n", "namespace Shop.Migrations;\n\n\n\n"));

        // The parse step saw the new locations...
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.Migrations));
        AssertReasons(second, TrackingNames.Catalog, IncrementalStepRunReason.Modified);
        AssertReasons(second, TrackingNames.Diagnostics, IncrementalStepRunReason.Modified);
        Assert.Equal("Migrations/Books.cs(14,2)", LocationOf(Assert.Single(first.GeneratorDiagnostics)));
        Assert.Equal("Migrations/Books.cs(17,2)", LocationOf(Assert.Single(second.GeneratorDiagnostics)));

        // ...but the entries, and so the emitted source, are the same.
        AssertReasons(second, TrackingNames.CatalogEntries, NotRerun);
        AssertReasons(second, TrackingNames.CatalogModel, NotRerun);
        Assert.Equal([IncrementalStepRunReason.Cached], CatalogSourceOutputReasons(second));
        Assert.Equal(first.CatalogSource, second.CatalogSource);
    }

    [Fact]
    public void Changing_the_catalogue_namespace_re_emits_without_parsing_migrations_again()
    {
        var first = FirstRun();

        var second = first.RerunWithBuildProperties(new Dictionary<string, string> { ["MigrationsCatalogNamespace"] = "Shop.Data" });

        AssertReasons(second, TrackingNames.Migrations, IncrementalStepRunReason.Cached);
        AssertReasons(second, TrackingNames.Settings, IncrementalStepRunReason.Modified);
        AssertReasons(second, TrackingNames.CatalogModel, IncrementalStepRunReason.Modified);
        Assert.Equal([IncrementalStepRunReason.Modified], CatalogSourceOutputReasons(second));
        Assert.Contains("namespace Shop.Data", second.CatalogSource);
    }

    private static void AssertNothingDownstreamReran(GeneratorRun first, GeneratorRun second)
    {
        Assert.Equal(3, Reasons(second, TrackingNames.Migrations).Count);
        AssertReasons(second, TrackingNames.Migrations, NotRerun);
        AssertReasons(second, TrackingNames.Catalog, NotRerun);
        AssertReasons(second, TrackingNames.CatalogEntries, NotRerun);
        AssertReasons(second, TrackingNames.Diagnostics, NotRerun);
        AssertReasons(second, TrackingNames.CatalogModel, NotRerun);
        Assert.Equal([IncrementalStepRunReason.Cached], CatalogSourceOutputReasons(second));
        Assert.Equal(first.CatalogSource, second.CatalogSource);
        Assert.Equal(first.DiagnosticLines, second.DiagnosticLines);
    }

    /// <summary>The output reasons of every run of the named step; fails if the step did not run at all.</summary>
    private static List<IncrementalStepRunReason> Reasons(GeneratorRun run, string stepName)
    {
        Assert.True(run.Result.TrackedSteps.TryGetValue(stepName, out var steps), $"No tracked step named {stepName}.");
        return steps.SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
    }

    private static void AssertReasons(GeneratorRun run, string stepName, params IncrementalStepRunReason[] allowed)
    {
        var reasons = Reasons(run, stepName);
        Assert.NotEmpty(reasons);
        Assert.True(reasons.All(allowed.Contains), $"{stepName}: expected only {string.Join(" or ", allowed)}, got {string.Join(", ", reasons)}.");
    }

    /// <summary>The reasons of the source output fed by the CatalogModel step (the other source output only reports diagnostics).</summary>
    private static List<IncrementalStepRunReason> CatalogSourceOutputReasons(GeneratorRun run)
    {
        var steps = run.Result.TrackedOutputSteps.SelectMany(pair => pair.Value)
            .Where(step => step.Inputs.Any(input => input.Source.Name == TrackingNames.CatalogModel))
            .ToList();
        Assert.NotEmpty(steps);
        return steps.SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
    }

    private static string LocationOf(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }
}
