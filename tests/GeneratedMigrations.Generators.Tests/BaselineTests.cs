using GeneratedMigrations.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// GM0007: a baseline (<c>BaselineThrough = N</c>, or <c>-- gm: baseline-through N</c>) replaces released
/// migrations 1..N on an empty database, so N must be a real, locked order below its own, one baseline per N.
/// </summary>
public sealed class BaselineTests
{
    private const string Squash = "Migrations/Squash.cs";

    private static readonly TestProject History = TestProject.Of(
        new TestSource("Migrations/A.cs", MigrationSource.Class(1, "create_a", "CreateA", "a")),
        new TestSource("Migrations/B.cs", MigrationSource.Class(2, "create_b", "CreateB", "b")),
        new TestSource("Migrations/C.cs", MigrationSource.Class(3, "create_c", "CreateC", "c")));

    private static readonly Lazy<string> HistoryLock = new(History.ReleasedLock);

    private static TestProject WithBaseline(TestProject project, long order, string through, string name = "squash", string className = "Squash", string file = Squash) =>
        project.WithSource(file, MigrationSource.Class(order, name, className, "a", ", BaselineThrough = " + through));

    [Fact]
    public void A_baseline_through_a_locked_order_below_its_own_is_emitted_with_BaselineThrough()
    {
        var project = WithBaseline(History.WithLock(HistoryLock.Value), 10, "3");

        var run = project.Run().AssertOutputCompiles();

        // New and above every locked order: only "not yet locked".
        Assert.Equal([("GM0100", DiagnosticSeverity.Info)], run.GeneratorDiagnostics.Select(d => (d.Id, d.Severity)));
        // The catalogue table carries the baseline as its third column, read only because a migration uses it.
        Assert.Contains("BaselineThrough = baselineThrough,", run.CatalogSource, StringComparison.Ordinal);
        Assert.Matches(@"\\n10 \d+ 3 ", run.CatalogSource);
        var squash = run.LoadCatalog().Find(10)!;
        Assert.Equal(3, squash.BaselineThrough);
        Assert.True(squash.IsBaseline);
        Assert.False(run.LoadCatalog().Find(3)!.IsBaseline);
    }

    [Fact]
    public void Without_a_lock_file_a_baseline_through_an_existing_lower_order_is_valid()
    {
        var run = WithBaseline(History, 10, "2").Run().AssertOutputCompiles();

        Assert.Empty(run.DiagnosticLines);
        Assert.Equal(2, run.LoadCatalog().Find(10)!.BaselineThrough);
    }

    [Fact]
    public void A_baseline_through_its_own_order_or_a_later_one_is_GM0007_and_left_out_of_the_catalogue()
    {
        var own = WithBaseline(History, 3, "3", file: "Migrations/C.cs", name: "create_c", className: "CreateC");
        var later = WithBaseline(History, 10, "11");

        var ownRun = own.Run().AssertOutputCompiles();
        var laterRun = later.Run().AssertOutputCompiles();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.Error("GM0007", "Migrations/C.cs", own.Source("Migrations/C.cs"), MigrationSource.Attribute(3, "create_c"),
                    "Baseline 'Shop.Migrations.CreateC' replaces orders through 3, which is not below its own order 3; a baseline must come after the migrations it replaces"),
            ],
            ownRun);
        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.Error("GM0007", Squash, later.Source(Squash), MigrationSource.Attribute(10, "squash"),
                    "Baseline 'Shop.Migrations.Squash' replaces orders through 11, which is not below its own order 10; a baseline must come after the migrations it replaces"),
            ],
            laterRun);
        Assert.Null(ownRun.LoadCatalog().Find(3));
        Assert.Null(laterRun.LoadCatalog().Find(10));
    }

    [Fact]
    public void A_baseline_through_a_negative_order_is_GM0007_saying_so()
    {
        var project = WithBaseline(History, 10, "-1");

        var run = project.Run();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.Error("GM0007", Squash, project.Source(Squash), MigrationSource.Attribute(10, "squash"),
                    "Baseline 'Shop.Migrations.Squash' replaces orders through -1, which is not an order; name the last migration it replaces, an order greater than zero"),
            ],
            run);
    }

    [Fact]
    public void A_baseline_through_an_order_no_migration_has_is_GM0007()
    {
        var project = WithBaseline(History.WithoutSource("Migrations/C.cs"), 10, "3");

        var run = project.Run();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.Error("GM0007", Squash, project.Source(Squash), MigrationSource.Attribute(10, "squash"),
                    "Baseline 'Shop.Migrations.Squash' replaces orders through 3, but no migration has order 3; name the last migration it replaces"),
            ],
            run);
    }

    [Fact]
    public void With_a_lock_a_baseline_through_an_order_no_migration_has_is_reported_once()
    {
        var project = WithBaseline(History.WithLock(HistoryLock.Value), 10, "5");

        var run = project.Run();

        Assert.Equal(["GM0007"], run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id));
        Assert.Contains("no migration has order 5", run.GeneratorDiagnostics.Single(d => d.Id == "GM0007").GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_baselines_through_the_same_order_are_GM0007_on_both_naming_each_other()
    {
        var project = WithBaseline(WithBaseline(History, 10, "3"), 11, "3", name: "squash_again", className: "SquashAgain", file: "Migrations/SquashAgain.cs");

        var run = project.Run().AssertOutputCompiles();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.Error("GM0007", Squash, project.Source(Squash), MigrationSource.Attribute(10, "squash"),
                    "Baseline 'Shop.Migrations.Squash' replaces orders through 3, as 'Shop.Migrations.SquashAgain' (SquashAgain.cs:7) does; keep one baseline per order"),
                ExpectedDiagnostic.Error("GM0007", "Migrations/SquashAgain.cs", project.Source("Migrations/SquashAgain.cs"), MigrationSource.Attribute(11, "squash_again"),
                    "Baseline 'Shop.Migrations.SquashAgain' replaces orders through 3, as 'Shop.Migrations.Squash' (Squash.cs:7) does; keep one baseline per order"),
            ],
            run);
        Assert.Equal([1L, 2, 3], run.LoadCatalog().Migrations.Select(m => m.Order));
    }

    [Fact]
    public void Two_baselines_through_different_orders_are_both_valid()
    {
        var run = WithBaseline(WithBaseline(History, 10, "2"), 11, "3", name: "squash_again", className: "SquashAgain", file: "Migrations/SquashAgain.cs").Run();

        Assert.Empty(run.DiagnosticLines);
    }

    [Fact]
    public void With_a_lock_a_baseline_through_an_order_that_is_not_locked_is_GM0007()
    {
        // Released: 1 and 2. Migration 3 is new, and the baseline would already replace it.
        var project = WithBaseline(History.WithLock(History.WithoutSource("Migrations/C.cs").ReleasedLock()), 10, "3");

        var run = project.Run();

        Assert.Equal(["GM0007", "GM0100", "GM0100"], run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Equal(
            ExpectedDiagnostic.Error("GM0007", Squash, project.Source(Squash), MigrationSource.Attribute(10, "squash"),
                "Baseline 'Shop.Migrations.Squash' replaces orders through 3, which is not locked in migrations.lock; a baseline may only replace released (locked) migrations"),
            run.DiagnosticLines[0]);
    }

    [Fact]
    public void A_sql_baseline_is_checked_like_a_class_baseline()
    {
        var valid = History.WithSql("Migrations/0010_squash.sql", "-- gm: baseline-through 3\nCREATE TABLE a (id INTEGER);\n");
        var invalid = History.WithSql("Migrations/0010_squash.sql", "-- gm: baseline-through 7\nCREATE TABLE a (id INTEGER);\n");

        var validRun = valid.Run().AssertOutputCompiles();
        var invalidRun = invalid.Run();

        Assert.Empty(validRun.DiagnosticLines);
        Assert.Equal(3, validRun.LoadCatalog().Find(10)!.BaselineThrough);
        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.OnLine("error", "GM0007", "Migrations/0010_squash.sql", 1,
                    "Baseline '0010_squash.sql' replaces orders through 7, but no migration has order 7; name the last migration it replaces"),
            ],
            invalidRun);
    }
}
