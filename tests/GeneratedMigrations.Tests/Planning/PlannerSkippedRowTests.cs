using static GeneratedMigrations.Tests.Planning.PlannerInputs;

namespace GeneratedMigrations.Tests.Planning;

/// <summary>
/// A SKIPPED row (a disabled migration) changed nothing in the database: it does not count as the database's
/// position, and going down one step reverts one real migration, removing only the skip rows above it.
/// </summary>
public sealed class PlannerSkippedRowTests
{
    private static MigrationCatalog CatalogWithDisabled() =>
        new([Reversible(1), Reversible(2, isDisabled: true), Reversible(3), Reversible(4, isDisabled: true)], "App", "1.0.0");

    private static LedgerEntry[] Ledger() =>
        [Entry(1), Entry(2, LedgerStatus.Skipped), Entry(3), Entry(4, LedgerStatus.Skipped)];

    [Fact]
    public void Down_one_step_over_a_disabled_migration_reverts_one_real_migration()
    {
        var plan = MigrationPlanner.PlanDown(CatalogWithDisabled(), Ledger(), MigrationTarget.OneStep);

        Assert.Empty(plan.Problems);
        Assert.Equal([(4L, PlanStepKind.RemoveSkipped), (3L, PlanStepKind.Revert)], plan.Steps.Select(s => (s.Migration.Order, s.Kind)));
    }

    [Fact]
    public void Down_two_steps_reverts_two_real_migrations_and_the_skip_rows_between_them()
    {
        var plan = MigrationPlanner.PlanDown(CatalogWithDisabled(), Ledger(), MigrationTarget.StepCount(2));

        Assert.Empty(plan.Problems);
        Assert.Equal(
            [(4L, PlanStepKind.RemoveSkipped), (3L, PlanStepKind.Revert), (2L, PlanStepKind.RemoveSkipped), (1L, PlanStepKind.Revert)],
            plan.Steps.Select(s => (s.Migration.Order, s.Kind)));
    }

    [Fact]
    public void The_last_applied_order_ignores_skipped_rows()
    {
        var plan = MigrationPlanner.PlanUp(CatalogWithDisabled(), Ledger());

        Assert.True(plan.IsUpToDate);
        Assert.Equal(3, plan.LastAppliedOrder);
        Assert.Null(MigrationPlanner.PlanUp(new MigrationCatalog([Reversible(1, isDisabled: true)], "App", "1.0.0"), [Entry(1, LedgerStatus.Skipped)]).LastAppliedOrder);
    }

    private static MigrationDescriptor Reversible(long order, bool isDisabled = false) =>
        new(order, Name(order), Checksum(order), isReversible: true, typeName: "App.M" + order,
            static () => throw new InvalidOperationException("The planner must never run a migration.")) { IsDisabled = isDisabled };
}
