using static GeneratedMigrations.Tests.Planning.PlannerInputs;

namespace GeneratedMigrations.Tests.Planning;

/// <summary>
/// A rolling deploy: an older build (a catalogue without the newest migrations) plans against a database that a newer
/// build migrated. Rows of backward-compatible migrations it does not know are accepted and listed; any other is refused.
/// </summary>
public sealed class PlannerBackwardCompatibleTests
{
    private static LedgerEntry Compatible(long order) => Entry(order) with { IsBackwardCompatible = true };

    [Fact]
    public void A_database_ahead_only_by_backward_compatible_migrations_is_up_to_date_for_an_older_build()
    {
        var plan = MigrationPlanner.PlanUp(Catalog(1, 2), [Entry(1), Entry(2), Compatible(3), Compatible(4)]);

        Assert.True(plan.IsUpToDate);
        Assert.Empty(plan.Steps);
        Assert.Equal([3L, 4L], plan.AheadCompatible.Select(e => e.Order));
        Assert.Equal(4, plan.LastAppliedOrder);
        Assert.Equal(
            "Up to latest: 2 applied, 0 pending, last applied 4, 2 ahead, compatible.\n" +
            "  ahead, compatible 3 m3 (applied by host/App 1.0.0)\n" +
            "  ahead, compatible 4 m4 (applied by host/App 1.0.0)\n" +
            "Nothing to do.",
            plan.Describe());
    }

    [Fact]
    public void An_unknown_applied_migration_without_the_flag_is_refused_even_next_to_compatible_ones()
    {
        var plan = MigrationPlanner.PlanUp(Catalog(1, 2), [Entry(1), Entry(2), Compatible(3), Entry(4)]);

        var problem = Assert.Single(plan.Problems);
        Assert.Equal(PlanProblemKind.UnknownApplied, problem.Kind);
        Assert.Equal(4, problem.Order);
        Assert.Equal([3L], plan.AheadCompatible.Select(e => e.Order));
    }

    [Fact]
    public void The_flag_matters_only_to_builds_that_do_not_know_the_migration()
    {
        // The newer build knows migration 3: its row is simply applied, with the usual checks.
        var plan = MigrationPlanner.PlanUp(Catalog(1, 2, 3), [Entry(1), Entry(2), Compatible(3)]);

        Assert.True(plan.IsUpToDate);
        Assert.Empty(plan.AheadCompatible);
        Assert.Equal([1L, 2L, 3L], Orders(plan.Applied));
    }

    [Fact]
    public void An_older_build_still_applies_its_own_pending_migrations_below_the_compatible_ones_only_when_allowed()
    {
        // Migration 2 of the older build is pending while a newer build's compatible 3 is recorded: that is out of order.
        var refused = MigrationPlanner.PlanUp(Catalog(1, 2), [Entry(1), Compatible(3)]);
        var allowed = MigrationPlanner.PlanUp(Catalog(1, 2), [Entry(1), Compatible(3)], allowOutOfOrder: true);

        Assert.Equal(PlanProblemKind.OutOfOrder, Assert.Single(refused.Problems).Kind);
        Assert.Empty(allowed.Problems);
        Assert.Equal([2L], allowed.Steps.Select(s => s.Migration.Order));
    }

    [Fact]
    public void An_older_build_refuses_to_revert_under_a_newer_builds_migration()
    {
        var plan = MigrationPlanner.PlanDown(Catalog(1, 2), [Entry(1), Entry(2), Compatible(3)], MigrationTarget.OneStep);

        // (Migration 2 has no down step either, which is reported as well.)
        var problem = Assert.Single(plan.Problems, p => p.Kind == PlanProblemKind.UnknownApplied);
        Assert.Equal(3, problem.Order);
        Assert.Contains("Revert with a build that contains it", problem.Message);
    }
}
