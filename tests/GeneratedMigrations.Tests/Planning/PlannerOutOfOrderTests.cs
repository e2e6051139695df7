using static GeneratedMigrations.Tests.Planning.PlannerInputs;

namespace GeneratedMigrations.Tests.Planning;

/// <summary>A pending migration ordered below the last applied one is refused unless explicitly allowed.</summary>
public sealed class PlannerOutOfOrderTests
{
    [Fact]
    public void Refuses_a_pending_migration_ordered_below_the_last_applied_one()
    {
        var plan = MigrationPlanner.PlanUp(Catalog(1, 2, 3), Completed(1, 3));

        var problem = Assert.Single(plan.Problems);
        Assert.Equal(PlanProblemKind.OutOfOrder, problem.Kind);
        Assert.Equal(2, problem.Order);
        Assert.Equal(Name(2), problem.Name);
        Assert.Contains("Give it an order above 3", problem.Message);
        Assert.Contains("MigratorOptions.AllowOutOfOrder", problem.Message);
    }

    [Fact]
    public void Plans_it_when_out_of_order_migrations_are_allowed()
    {
        var plan = MigrationPlanner.PlanUp(Catalog(1, 2, 3, 4), Completed(1, 3), allowOutOfOrder: true);

        Assert.Empty(plan.Problems);
        Assert.Equal([2, 4], Orders(plan.Pending));
        Assert.Equal([1, 3], Orders(plan.Applied));
    }

    [Fact]
    public void Allowing_out_of_order_still_refuses_every_other_problem()
    {
        var catalog = new MigrationCatalog([Migration(1, checksum: "edited"), Migration(2), Migration(3)]);

        var plan = MigrationPlanner.PlanUp(catalog, Completed(1, 3), allowOutOfOrder: true);

        Assert.Equal(PlanProblemKind.ChecksumChanged, Assert.Single(plan.Problems).Kind);
    }
}
