using GeneratedMigrations.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// The lock rules are their own branch of the pipeline: editing migrations.lock re-evaluates them without
/// rebuilding the catalogue, and editing code without migrations re-runs neither.
/// </summary>
public sealed class LockIncrementalityTests
{
    private static readonly IncrementalStepRunReason[] NotRerun = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    private static readonly TestProject Project = TestProject.Of(
            new TestSource("Migrations/Authors.cs", MigrationSource.Class(1, "create_authors", "CreateAuthors", "authors")),
            new TestSource("Migrations/Books.cs", MigrationSource.Class(2, "create_books", "CreateBooks", "books")),
            new TestSource("Shelf.cs", "namespace Shop;\n\npublic static class Shelf\n{\n    public static int Capacity => 100;\n}\n"))
        .WithSql("Migrations/0003_create_loans.sql", "CREATE TABLE loans (id INTEGER PRIMARY KEY);\n");

    private static readonly Lazy<string> ReleasedLockText = new(Project.ReleasedLock);

    [Fact]
    public void Editing_the_lock_re_evaluates_the_lock_rules_but_not_the_catalogue()
    {
        var (first, lockFile) = FirstRun();
        var editedChecksum = string.Join("\n", ReleasedLockText.Value.Split('\n').Select(line =>
            line.EndsWith(" create_books", StringComparison.Ordinal) ? "2 " + new string('0', 32) + " create_books" : line));

        var second = first.Rerun(first.InputCompilation, driver => driver.ReplaceAdditionalText(lockFile, new InMemoryAdditionalText(TestProject.DefaultLockPath, editedChecksum)));

        AssertReasons(second, TrackingNames.LockFile, IncrementalStepRunReason.Modified);
        AssertReasons(second, TrackingNames.LockRules, IncrementalStepRunReason.Modified);
        AssertReasons(second, TrackingNames.Migrations, NotRerun);
        AssertReasons(second, TrackingNames.SqlMigrations, NotRerun);
        AssertReasons(second, TrackingNames.AllMigrations, NotRerun);
        AssertReasons(second, TrackingNames.Catalog, NotRerun);
        AssertReasons(second, TrackingNames.CatalogEntries, NotRerun);
        AssertReasons(second, TrackingNames.CatalogModel, NotRerun);
        Assert.Equal([IncrementalStepRunReason.Cached], SourceOutputReasons(second, TrackingNames.CatalogModel));
        Assert.Equal(first.CatalogSource, second.CatalogSource);
        // The rules really were evaluated again: the edited line now disagrees with the code.
        Assert.Empty(first.DiagnosticLines);
        Assert.Equal(["GM0105"], second.GeneratorDiagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Editing_a_file_without_migrations_re_runs_neither_the_lock_rules_nor_the_catalogue()
    {
        var (first, _) = FirstRun();

        var second = first.RerunWithEditedFile("Shelf.cs", text => text.Replace("=> 100;", "=> 250;"));

        AssertReasons(second, TrackingNames.LockFile, NotRerun);
        AssertReasons(second, TrackingNames.LockSettings, NotRerun);
        AssertReasons(second, TrackingNames.LockRules, NotRerun);
        AssertReasons(second, TrackingNames.AllMigrations, NotRerun);
        AssertReasons(second, TrackingNames.CatalogModel, NotRerun);
        Assert.All(SourceOutputReasons(second, TrackingNames.LockRules), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.Equal(first.DiagnosticLines, second.DiagnosticLines);
    }

    [Fact]
    public void Editing_a_locked_migration_re_evaluates_the_lock_rules()
    {
        var (first, _) = FirstRun();

        var second = first.RerunWithEditedFile("Migrations/Books.cs", text => text.Replace("id INTEGER PRIMARY KEY", "id INTEGER PRIMARY KEY, title TEXT"));

        AssertReasons(second, TrackingNames.AllMigrations, IncrementalStepRunReason.Modified);
        AssertReasons(second, TrackingNames.LockFile, NotRerun);
        AssertReasons(second, TrackingNames.LockRules, IncrementalStepRunReason.Modified);
        Assert.Equal(["GM0105"], second.GeneratorDiagnostics.Select(d => d.Id));
    }

    private static (GeneratorRun Run, AdditionalText LockFile) FirstRun()
    {
        var project = Project.WithLock(ReleasedLockText.Value);
        var texts = project.AdditionalTexts;
        var run = GeneratorHarness.Run(project.Sources, project.Properties, texts, project.PerFileOptions).AssertOutputCompiles();
        Assert.Empty(run.DiagnosticLines);
        return (run, texts.Single(t => t.Path == TestProject.DefaultLockPath));
    }

    private static void AssertReasons(GeneratorRun run, string stepName, params IncrementalStepRunReason[] allowed)
    {
        Assert.True(run.Result.TrackedSteps.TryGetValue(stepName, out var steps), $"No tracked step named {stepName}.");
        var reasons = steps.SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
        Assert.NotEmpty(reasons);
        Assert.True(reasons.All(allowed.Contains), $"{stepName}: expected only {string.Join(" or ", allowed)}, got {string.Join(", ", reasons)}.");
    }

    /// <summary>The reasons of the source output fed by the named step.</summary>
    private static List<IncrementalStepRunReason> SourceOutputReasons(GeneratorRun run, string stepName)
    {
        var steps = run.Result.TrackedOutputSteps.SelectMany(pair => pair.Value)
            .Where(step => step.Inputs.Any(input => input.Source.Name == stepName))
            .ToList();
        Assert.NotEmpty(steps);
        return steps.SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
    }
}
