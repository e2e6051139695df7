namespace GeneratedMigrations;

/// <summary>What a repair does to a ledger row.</summary>
public enum RepairAction
{
    /// <summary>Record the migration as completed, with this build's name and checksum (its changes are all in place, or an edit is accepted).</summary>
    MarkCompleted,

    /// <summary>
    /// Forget the row, so the migration runs again (a failed idempotent migration). A SKIPPED row becomes PENDING
    /// instead: the migration runs at the next up, even below migrations applied since.
    /// </summary>
    Forget,
}
