using static GeneratedMigrations.Tests.Planning.PlannerInputs;

namespace GeneratedMigrations.Tests.Planning;

/// <summary>When catalogue and ledger agree, the planner returns what is applied and what would run.</summary>
public sealed class PlannerPendingTests
{
    [Fact]
    public void Plans_every_migration_on_an_empty_ledger()
    {
        var plan = MigrationPlanner.PlanUp(Catalog(1, 2, 3), []);

        Assert.Equal([1, 2, 3], Orders(plan.Pending));
        Assert.Empty(plan.Applied);
        Assert.Empty(plan.Problems);
        Assert.Null(plan.LastAppliedOrder);
        Assert.False(plan.IsUpToDate);
    }

    [Fact]
    public void Plans_nothing_when_every_migration_is_applied()
    {
        var plan = MigrationPlanner.PlanUp(Catalog(1, 2, 3), Completed(1, 2, 3));

        Assert.Empty(plan.Pending);
        Assert.Equal([1, 2, 3], Orders(plan.Applied));
        Assert.Empty(plan.Problems);
        Assert.Equal(3, plan.LastAppliedOrder);
        Assert.True(plan.IsUpToDate);
    }

    [Fact]
    public void Plans_only_the_migrations_after_the_applied_ones()
    {
        var plan = MigrationPlanner.PlanUp(Catalog(1, 2, 3, 4), Completed(1, 2));

        Assert.Equal([3, 4], Orders(plan.Pending));
        Assert.Equal([1, 2], Orders(plan.Applied));
        Assert.Empty(plan.Problems);
        Assert.Equal(2, plan.LastAppliedOrder);
        Assert.False(plan.IsUpToDate);
    }

    [Fact]
    public void Reads_ledger_rows_given_in_any_order()
    {
        var plan = MigrationPlanner.PlanUp(Catalog(1, 5, 10, 20), Completed(10, 1, 5));

        Assert.Equal([1, 5, 10], Orders(plan.Applied));
        Assert.Equal([20], Orders(plan.Pending));
        Assert.Empty(plan.Problems);
        Assert.Equal(10, plan.LastAppliedOrder);
    }

    [Fact]
    public void Is_up_to_date_with_an_empty_catalogue_and_an_empty_ledger()
    {
        var plan = MigrationPlanner.PlanUp(Catalog(), []);

        Assert.True(plan.IsUpToDate);
        Assert.Null(plan.LastAppliedOrder);
    }

    [Fact]
    public void Plans_one_apply_step_per_pending_migration_in_ascending_order_whatever_the_ledger_order()
    {
        var plan = MigrationPlanner.PlanUp(Catalog(1, 5, 10, 20, 30), Completed(10, 1, 5));

        Assert.Equal([(20L, PlanStepKind.Apply), (30L, PlanStepKind.Apply)], plan.Steps.Select(step => (step.Migration.Order, step.Kind)));
        Assert.Equal([1L, 5L, 10L], plan.Ledger.Select(entry => entry.Order).Order());
    }
}
