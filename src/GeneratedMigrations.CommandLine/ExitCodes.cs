namespace GeneratedMigrations.CommandLine;

/// <summary>The exit codes of the migration commands. Stable: deploy scripts rely on them.</summary>
public static class ExitCodes
{
    /// <summary>Done: applied, reverted, verified, or nothing to do.</summary>
    public const int Success = 0;

    /// <summary>A migration failed (and was rolled back, unless it runs outside a transaction), or the lock was lost, or the deadline passed.</summary>
    public const int MigrationFailed = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>Refused: the database and this build disagree (renamed, edited or unknown migrations, out of order, needs repair, irreversible).</summary>
    public const int Refused = 3;

    /// <summary>verify: migrations are pending; the database is behind this build.</summary>
    public const int Pending = 4;

    /// <summary>Another process held the migration lock past the wait timeout; nothing was applied.</summary>
    public const int LockTimeout = 5;

    /// <summary>Any other error: the ledger could not be read, a repair or script could not be made, the database could not be reached.</summary>
    public const int Error = 6;

    /// <summary>
    /// Stopped by Ctrl+C or SIGTERM (or a cancelled token): the running migration was rolled back (or, outside a
    /// transaction, recorded FAILED), the lock released, and what was stopped and where the database is were printed.
    /// </summary>
    public const int Canceled = 7;
}
