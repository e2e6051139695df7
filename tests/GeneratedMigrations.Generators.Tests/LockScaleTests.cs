using System.Diagnostics;
using System.Globalization;
using System.Text;
using GeneratedMigrations.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// A long-lived project: 2,000 migrations and their lock. It must build clean and re-check quickly after an edit.
/// The generator times are written to the test output for people to read; nothing asserts on them.
/// </summary>
public sealed class LockScaleTests(ITestOutputHelper output)
{
    private const int MigrationCount = 2000;
    private const int MigrationsPerFile = 50;

    [Fact]
    public void A_project_with_2000_migrations_and_its_lock_builds_clean_and_re_checks_after_edits()
    {
        var project = LargeProject();
        var lockText = project.ReleasedLock();
        Assert.Equal(3 + MigrationCount, lockText.Count(c => c == '\n'));
        var lockFile = new InMemoryAdditionalText(TestProject.DefaultLockPath, lockText);

        var clock = Stopwatch.StartNew();
        var first = GeneratorHarness.Run(project.Sources, additionalTexts: [lockFile]);
        var firstWall = clock.Elapsed;
        var firstGenerator = first.Driver.GetTimingInfo().ElapsedTime;

        Assert.Empty(first.DiagnosticLines);
        // Each class migration has its case in the catalogue's CreateMigration switches, through the alias of its namespace.
        Assert.Contains("using __N0 = global::Shop.Migrations;", first.CatalogSource!, StringComparison.Ordinal);
        Assert.Equal(MigrationCount, CountOf(first.CatalogSource!, ": return new __N0."));

        clock.Restart();
        var unrelated = first.RerunWithEditedFile("Shelf.cs", text => text.Replace("=> 100;", "=> 250;"));
        var unrelatedWall = clock.Elapsed;
        var unrelatedGenerator = unrelated.Driver.GetTimingInfo().ElapsedTime;

        Assert.Empty(unrelated.DiagnosticLines);
        Assert.All(Reasons(unrelated, TrackingNames.LockRules), reason => Assert.Contains(reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        Assert.All(Reasons(unrelated, TrackingNames.Migrations), reason => Assert.Contains(reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));

        // Again, once the re-run paths are warm, as in an IDE session.
        clock.Restart();
        var unrelatedAgain = unrelated.RerunWithEditedFile("Shelf.cs", text => text.Replace("=> 250;", "=> 300;"));
        var unrelatedAgainWall = clock.Elapsed;
        var unrelatedAgainGenerator = unrelatedAgain.Driver.GetTimingInfo().ElapsedTime;
        Assert.Empty(unrelatedAgain.DiagnosticLines);

        clock.Restart();
        var edited = unrelatedAgain.RerunWithEditedFile(FileOf(1234), text => text.Replace("table_1234 (id INTEGER PRIMARY KEY)", "table_1234 (id INTEGER PRIMARY KEY, note TEXT)"));
        var editedWall = clock.Elapsed;
        var editedGenerator = edited.Driver.GetTimingInfo().ElapsedTime;

        var diagnostic = Assert.Single(edited.GeneratorDiagnostics);
        Assert.Equal("GM0105", diagnostic.Id);
        Assert.StartsWith("Migration 1234 'create_table_1234' was edited after it was locked", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        // Only the edited file was parsed again (its later migrations moved down a line, so they changed too).
        var modified = Reasons(edited, TrackingNames.Migrations).Count(reason => reason == IncrementalStepRunReason.Modified);
        Assert.InRange(modified, 1, MigrationsPerFile);
        Assert.Equal(MigrationCount - modified, Reasons(edited, TrackingNames.Migrations).Count(reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        output.WriteLine($"{MigrationCount} migrations in {MigrationCount / MigrationsPerFile} files, lock of {lockText.Length:N0} characters.");
        output.WriteLine($"First run:                       generator {Ms(firstGenerator)}, driver wall clock {Ms(firstWall)}");
        output.WriteLine($"Re-run after an unrelated edit:  generator {Ms(unrelatedGenerator)}, driver wall clock {Ms(unrelatedWall)}");
        output.WriteLine($"... and after a second one:      generator {Ms(unrelatedAgainGenerator)}, driver wall clock {Ms(unrelatedAgainWall)}");
        output.WriteLine($"Re-run after editing migration:  generator {Ms(editedGenerator)}, driver wall clock {Ms(editedWall)}");
        // Where a no-op re-run spends its time (Roslyn re-runs each [Migration] class's semantic transform when the compilation changes).
        foreach (var (name, steps) in unrelatedAgain.Result.TrackedSteps.OrderByDescending(p => p.Value.Sum(s => s.ElapsedTime.Ticks)).Take(3))
        {
            output.WriteLine($"  second unrelated re-run, step {name}: {steps.Length} runs, {Ms(TimeSpan.FromTicks(steps.Sum(s => s.ElapsedTime.Ticks)))}");
        }
    }

    private static TestProject LargeProject()
    {
        var sources = new List<TestSource> { new("Shelf.cs", "namespace Shop;\n\npublic static class Shelf\n{\n    public static int Capacity => 100;\n}\n") };
        for (var fileStart = 1; fileStart <= MigrationCount; fileStart += MigrationsPerFile)
        {
            var text = new StringBuilder("using System.Threading;\nusing System.Threading.Tasks;\nusing GeneratedMigrations;\n\nnamespace Shop.Migrations;\n");
            for (var order = fileStart; order < fileStart + MigrationsPerFile; order++)
            {
                text.Append(CultureInfo.InvariantCulture, $$"""

                    [Migration({{order}}, "create_table_{{order}}")]
                    public sealed class CreateTable{{order}} : IMigration
                    {
                        public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE table_{{order}} (id INTEGER PRIMARY KEY)", ct);
                    }

                    """);
            }
            sources.Add(new TestSource(FileOf(fileStart), text.ToString()));
        }
        return TestProject.Of([.. sources]);
    }

    private static string FileOf(int order)
    {
        var first = ((order - 1) / MigrationsPerFile * MigrationsPerFile) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"Migrations/Batch{first:D4}.cs");
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRun run, string stepName) =>
        run.Result.TrackedSteps[stepName].SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture) + " ms";
}
