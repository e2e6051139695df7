using static GeneratedMigrations.Tests.Planning.PlannerInputs;

namespace GeneratedMigrations.Tests.Planning;

/// <summary>On an empty database a baseline runs first, before every pending migration above the orders it replaces.</summary>
public sealed class PlannerBaselineOrderTests
{
    private static MigrationCatalog CatalogWithBaseline() =>
        new([Migration(1), Migration(2), Migration(3), Baseline(4, through: 2)], "App", "1.0.0");

    [Fact]
    public void Plans_the_baseline_before_a_migration_it_does_not_replace()
    {
        var plan = MigrationPlanner.PlanUp(CatalogWithBaseline(), []);

        Assert.Empty(plan.Problems);
        Assert.Equal([(4L, PlanStepKind.Baseline), (3L, PlanStepKind.Apply)], plan.Steps.Select(s => (s.Migration.Order, s.Kind)));
        Assert.Equal([1L, 2], Orders(plan.Steps[0].Replaces));
    }

    [Fact]
    public void Skips_the_baseline_on_a_database_that_already_has_what_it_replaces()
    {
        var plan = MigrationPlanner.PlanUp(CatalogWithBaseline(), Completed(1, 2));

        Assert.Empty(plan.Problems);
        Assert.Equal([(3L, PlanStepKind.Apply), (4L, PlanStepKind.Skip)], plan.Steps.Select(s => (s.Migration.Order, s.Kind)));
    }

    private static MigrationDescriptor Baseline(long order, long through) =>
        new(order, Name(order), Checksum(order), isReversible: false, typeName: "App.M" + order,
            static () => throw new InvalidOperationException("The planner must never run a migration.")) { BaselineThrough = through };
}
