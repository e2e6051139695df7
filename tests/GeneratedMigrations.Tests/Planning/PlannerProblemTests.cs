using static GeneratedMigrations.Tests.Planning.PlannerInputs;

namespace GeneratedMigrations.Tests.Planning;

/// <summary>When the ledger and the catalogue disagree, the planner reports each disagreement with what to do.</summary>
public sealed class PlannerProblemTests
{
    [Fact]
    public void Refuses_when_an_applied_migration_was_renamed()
    {
        var catalog = new MigrationCatalog([Migration(1), Migration(2, name: "create_novels"), Migration(3)]);

        var plan = MigrationPlanner.PlanUp(catalog, [Entry(1), Entry(2, name: "create_books", checksum: Checksum(2))]);

        var problem = Assert.Single(plan.Problems);
        Assert.Equal(PlanProblemKind.NameChanged, problem.Kind);
        Assert.Equal(2, problem.Order);
        Assert.Equal("create_novels", problem.Name);
        Assert.Contains("'create_books'", problem.Message);
        Assert.Contains("'create_novels'", problem.Message);
        Assert.Contains("Restore its original name", problem.Message);
    }

    [Fact]
    public void Reports_a_rename_once_even_when_the_checksum_changed_with_it()
    {
        // Renaming a class migration edits its attribute, so its checksum changes too: one problem, the rename.
        var catalog = new MigrationCatalog([Migration(1, name: "renamed", checksum: "new-sum")]);

        var plan = MigrationPlanner.PlanUp(catalog, [Entry(1)]);

        Assert.Equal(PlanProblemKind.NameChanged, Assert.Single(plan.Problems).Kind);
    }

    [Fact]
    public void Refuses_when_an_applied_migration_was_edited()
    {
        var catalog = new MigrationCatalog([Migration(1), Migration(2, checksum: "edited")]);

        var plan = MigrationPlanner.PlanUp(catalog, Completed(1, 2));

        var problem = Assert.Single(plan.Problems);
        Assert.Equal(PlanProblemKind.ChecksumChanged, problem.Kind);
        Assert.Equal(2, problem.Order);
        Assert.Equal(Name(2), problem.Name);
        Assert.Contains(Checksum(2), problem.Message);
        Assert.Contains("edited", problem.Message);
        Assert.Contains("put the change in a new migration", problem.Message);
    }

    [Fact]
    public void Refuses_when_ledger_holds_unknown_order()
    {
        var plan = MigrationPlanner.PlanUp(Catalog(1, 2), [Entry(1), Entry(2), Entry(3, name: "added_later")]);

        var problem = Assert.Single(plan.Problems);
        Assert.Equal(PlanProblemKind.UnknownApplied, problem.Kind);
        Assert.Equal(3, problem.Order);
        Assert.Equal("added_later", problem.Name);
        Assert.Contains("ahead of the code", problem.Message);
        Assert.Contains("Deploy a build that contains it", problem.Message);
        Assert.Empty(plan.Pending);
    }

    [Theory]
    [InlineData(LedgerStatus.Started, "STARTED")]
    [InlineData(LedgerStatus.Failed, "FAILED")]
    public void Refuses_when_a_migration_was_left_unfinished(LedgerStatus status, string statusText)
    {
        var plan = MigrationPlanner.PlanUp(Catalog(1, 2, 3), [Entry(1), Entry(2, status)]);

        var problem = Assert.Single(plan.Problems);
        Assert.Equal(PlanProblemKind.NeedsRepair, problem.Kind);
        Assert.Equal(2, problem.Order);
        Assert.Contains($"'{Name(2)}' was left {statusText}", problem.Message);
        Assert.Contains("run repair", problem.Message);
        // Neither applied nor runnable: only a repair decides which it is.
        Assert.Equal([1], Orders(plan.Applied));
        Assert.Equal([3], Orders(plan.Pending));
    }

    [Fact]
    public void A_migration_left_started_does_not_count_as_applied()
    {
        var plan = MigrationPlanner.PlanUp(Catalog(1, 2, 3), [Entry(1), Entry(3, LedgerStatus.Started)]);

        Assert.Equal(1, plan.LastAppliedOrder);
        // So migration 2 is not out of order, and only the repair is reported.
        Assert.Equal(PlanProblemKind.NeedsRepair, Assert.Single(plan.Problems).Kind);
    }

    [Fact]
    public void Lists_every_problem_at_once()
    {
        var catalog = new MigrationCatalog(
            [Migration(1, name: "renamed"), Migration(2, checksum: "edited"), Migration(3), Migration(4), Migration(5), Migration(6)]);
        LedgerEntry[] ledger = [Entry(1), Entry(2), Entry(3, LedgerStatus.Started), Entry(5), Entry(9, name: "from_the_future")];

        var plan = MigrationPlanner.PlanUp(catalog, ledger);

        Assert.Equal(
            [
                (PlanProblemKind.NameChanged, 1L),
                (PlanProblemKind.ChecksumChanged, 2L),
                (PlanProblemKind.NeedsRepair, 3L),
                (PlanProblemKind.UnknownApplied, 9L),
                (PlanProblemKind.OutOfOrder, 4L),
                (PlanProblemKind.OutOfOrder, 6L),
            ],
            plan.Problems.Select(p => (p.Kind, p.Order)));

        var exception = new MigrationPlanException(plan.Problems, MigrationOperation.Up, plan.LastAppliedOrder);
        Assert.StartsWith("The database does not match this build's migrations; nothing was applied. 6 problems:", exception.Message);
        Assert.All(plan.Problems, problem => Assert.Contains(problem.Message, exception.Message));
        Assert.Equal(1, exception.Order);
        Assert.Equal("renamed", exception.MigrationName);
        Assert.Equal(9, exception.LastAppliedOrder);
    }
}
