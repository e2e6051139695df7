namespace GeneratedMigrations;

/// <summary>A migration this run applied, reverted, skipped or baselined.</summary>
/// <param name="Order">Its order.</param>
/// <param name="Name">Its name.</param>
/// <param name="Duration">How long it took, including its ledger write and commit.</param>
/// <param name="Kind">What was done.</param>
public sealed record AppliedMigration(long Order, string Name, TimeSpan Duration, PlanStepKind Kind = PlanStepKind.Apply);
