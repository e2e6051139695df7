using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GeneratedMigrations;

/// <summary>Settings of a <see cref="Migrator"/>.</summary>
public sealed class MigratorOptions
{
    /// <summary>
    /// Apply pending migrations ordered below the last applied one instead of refusing. Off by default:
    /// such a migration usually comes from a merge and was never run where its successors were.
    /// </summary>
    public bool AllowOutOfOrder { get; set; }

    /// <summary>How the cross-process lock is waited for and kept.</summary>
    public MigrationLockOptions Lock { get; set; } = new();

    /// <summary>Where the runner logs; see the README for the event ids. Default: nowhere.</summary>
    public ILogger Logger { get; set; } = NullLogger.Instance;

    /// <summary>
    /// Recorded in the ledger as who applied each migration. Default: the host name, then the
    /// catalogue's assembly name and version.
    /// </summary>
    public string? AppliedBy { get; set; }

    /// <summary>Called after each migration commits, for progress output.</summary>
    public Action<AppliedMigration>? MigrationApplied { get; set; }

    /// <summary>
    /// Run the whole batch in one transaction instead of one transaction per migration: either every
    /// migration of the run is applied, or none. Refused for a batch holding a non-transactional migration.
    /// </summary>
    public bool SingleTransaction { get; set; }
}
