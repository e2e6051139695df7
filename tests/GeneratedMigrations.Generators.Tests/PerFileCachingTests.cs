using GeneratedMigrations.Generators.Models;
using GeneratedMigrations.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// What an edit costs, read from the driver's tracked steps: the per-class parse (<see cref="TrackingNames.Migrations"/>)
/// runs again only for the classes of the edited file (reason Modified or Unchanged) and is skipped (Cached) for every
/// other class; nothing binds a class (<see cref="TrackingNames.BoundMigrations"/> stays empty); a comment changes no
/// output; a file without migrations re-runs no per-class step.
/// </summary>
public sealed class PerFileCachingTests
{
    private const int Files = 6;

    private static readonly IncrementalStepRunReason[] NotRerun = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    /// <summary>Six files of two migrations each (orders 2i+1 and 2i+2), and a file without migrations.</summary>
    private static GeneratorRun FirstRun()
    {
        var sources = Enumerable.Range(0, Files).Select(i => new TestSource($"Migrations/M{i}.cs", TwoMigrations(i))).Append(new("Shelf.cs", Shelf("100")));
        var run = GeneratorHarness.Run(sources).AssertOutputCompiles();
        Assert.Equal(Files * 2, run.LoadCatalog().Migrations.Count);
        return run;
    }

    [Fact]
    public void A_body_edit_re_parses_the_classes_of_that_file_only()
    {
        var first = FirstRun();

        var second = first.RerunWithEditedFile("Migrations/M3.cs", text => text.Replace("(id INTEGER PRIMARY KEY)\", ct); // 7", "(id INTEGER PRIMARY KEY, title TEXT)\", ct); // 7"));

        var parses = ParseReasons(second);
        Assert.Equal(Files * 2, parses.Count);
        // Both classes of the file are parsed again; both models changed (the second's attribute moved down by the edit).
        Assert.Equal([IncrementalStepRunReason.Modified, IncrementalStepRunReason.Modified], parses.Where(p => p.File == "Migrations/M3.cs").Select(p => p.Reason));
        Assert.All(parses.Where(p => p.File != "Migrations/M3.cs"), p => Assert.Equal(IncrementalStepRunReason.Cached, p.Reason));
        Assert.Empty(Bound(second));
        Assert.Equal([IncrementalStepRunReason.Modified], CatalogSourceOutputReasons(second));
        Assert.NotEqual(first.LoadCatalog().Find(7)!.Checksum, second.AssertOutputCompiles().LoadCatalog().Find(7)!.Checksum);
        Assert.Equal(first.LoadCatalog().Find(8)!.Checksum, second.LoadCatalog().Find(8)!.Checksum);
    }

    [Fact]
    public void A_comment_edit_re_parses_that_file_but_changes_no_output()
    {
        var first = FirstRun();

        var second = first.RerunWithEditedFile("Migrations/M2.cs", text => text.Replace("// 6", "// 6: creates the table for migration six, see the wiki"));

        var parses = ParseReasons(second);
        Assert.Equal([IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Unchanged], parses.Where(p => p.File == "Migrations/M2.cs").Select(p => p.Reason));
        Assert.All(parses.Where(p => p.File != "Migrations/M2.cs"), p => Assert.Equal(IncrementalStepRunReason.Cached, p.Reason));
        AssertReasons(second, TrackingNames.AllMigrations, NotRerun);
        AssertReasons(second, TrackingNames.Catalog, NotRerun);
        AssertReasons(second, TrackingNames.LockRules, NotRerun);
        Assert.Equal([IncrementalStepRunReason.Cached], CatalogSourceOutputReasons(second));
        Assert.Equal(first.CatalogSource, second.CatalogSource);
    }

    [Fact]
    public void An_edit_of_a_file_without_migrations_re_runs_no_per_class_step()
    {
        var first = FirstRun();

        var second = first.RerunWithEditedFile("Shelf.cs", text => text.Replace("100", "250"));

        var parses = ParseReasons(second);
        Assert.Equal(Files * 2, parses.Count);
        Assert.All(parses, p => Assert.Equal(IncrementalStepRunReason.Cached, p.Reason));
        Assert.Empty(Bound(second));
        AssertReasons(second, TrackingNames.AllMigrations, NotRerun);
        AssertReasons(second, TrackingNames.Catalog, NotRerun);
        Assert.Equal([IncrementalStepRunReason.Cached], CatalogSourceOutputReasons(second));
    }

    [Fact]
    public void A_new_migration_file_parses_that_file_only()
    {
        var first = FirstRun();

        var second = first.Rerun(first.InputCompilation.AddSyntaxTrees(GeneratorHarness.Parse("Migrations/M9.cs", TwoMigrations(9))));

        var parses = ParseReasons(second);
        Assert.Equal([IncrementalStepRunReason.New, IncrementalStepRunReason.New], parses.Where(p => p.File == "Migrations/M9.cs").Select(p => p.Reason));
        Assert.All(parses.Where(p => p.File != "Migrations/M9.cs"), p => Assert.Equal(IncrementalStepRunReason.Cached, p.Reason));
        Assert.Equal(Files * 2 + 2, second.AssertOutputCompiles().LoadCatalog().Migrations.Count);
    }

    private static string TwoMigrations(int file)
    {
        var (a, b) = (file * 2 + 1, file * 2 + 2);
        return $$"""
            using System.Threading;
            using System.Threading.Tasks;
            using GeneratedMigrations;

            namespace Shop.Migrations;

            [Migration({{a}}, "create_t{{a}}")]
            public sealed class CreateT{{a}} : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t{{a}} (id INTEGER PRIMARY KEY)", ct); // {{a}}
            }

            [Migration({{b}}, "create_t{{b}}")]
            public sealed class CreateT{{b}} : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t{{b}} (id INTEGER PRIMARY KEY)", ct); // {{b}}
            }
            """;
    }

    private static string Shelf(string capacity) => $$"""
        namespace Shop;

        public static class Shelf
        {
            public static int Capacity => {{capacity}};
        }
        """;

    /// <summary>Each per-class parse of this run: the file of the class (from its model) and why the step did or did not run.</summary>
    private static List<(string File, IncrementalStepRunReason Reason)> ParseReasons(GeneratorRun run) =>
        run.Result.TrackedSteps[TrackingNames.Migrations]
            .SelectMany(step => step.Outputs)
            .Select(output => (((ParsedMigration)output.Value).AttributeLocation.FilePath, output.Reason))
            .OrderBy(p => p.FilePath, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<MigrationInfo> Bound(GeneratorRun run) =>
        run.Result.TrackedSteps[TrackingNames.BoundMigrations].SelectMany(step => step.Outputs).Select(output => output.Value).Cast<IEnumerable<MigrationInfo>>().Single();

    private static void AssertReasons(GeneratorRun run, string stepName, IncrementalStepRunReason[] allowed)
    {
        var reasons = run.Result.TrackedSteps[stepName].SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
        Assert.NotEmpty(reasons);
        Assert.True(reasons.All(allowed.Contains), $"{stepName}: expected only {string.Join(" or ", allowed)}, got {string.Join(", ", reasons)}.");
    }

    private static List<IncrementalStepRunReason> CatalogSourceOutputReasons(GeneratorRun run) =>
        run.Result.TrackedOutputSteps.SelectMany(pair => pair.Value)
            .Where(step => step.Inputs.Any(input => input.Source.Name == TrackingNames.CatalogModel))
            .SelectMany(step => step.Outputs)
            .Select(output => output.Reason)
            .ToList();
}
