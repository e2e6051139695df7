namespace GeneratedMigrations;

/// <summary>The direction a migration runs in.</summary>
public enum MigrationOperation
{
    /// <summary>Applying migrations.</summary>
    Up,

    /// <summary>Reverting migrations.</summary>
    Down,

    /// <summary>Checking the database without changing it.</summary>
    Verify,

    /// <summary>Repairing a ledger row by hand.</summary>
    Repair,
}
