namespace GeneratedMigrations;

/// <summary>What <see cref="Migrator.MigrateAsync(CancellationToken)"/> or <see cref="Migrator.RevertAsync"/> did.</summary>
/// <param name="Applied">The migrations applied, in order; empty when the database was up to date.</param>
/// <param name="Plan">The plan the run carried out, made under the lock when there was work.</param>
public sealed record MigrationRunResult(IReadOnlyList<AppliedMigration> Applied, MigrationPlan Plan)
{
    /// <summary>True when nothing needed to run.</summary>
    public bool WasUpToDate => Applied.Count == 0;

    /// <summary>The highest order the database has done after the run (after a down run, the one below the last reverted); <see langword="null"/> when none.</summary>
    public long? LastAppliedOrder { get; init; } = Plan.LastAppliedOrder;
}
