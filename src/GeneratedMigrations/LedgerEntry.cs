namespace GeneratedMigrations;

/// <summary>The state of a migration as recorded in the ledger.</summary>
public enum LedgerStatus
{
    /// <summary>Applied and committed.</summary>
    Completed,

    /// <summary>A migration that runs outside a transaction began and has not reported its end (its process may have died).</summary>
    Started,

    /// <summary>A migration that runs outside a transaction failed part way.</summary>
    Failed,

    /// <summary>Recorded without running: the migration is disabled, or is a baseline the database did not need.</summary>
    Skipped,

    /// <summary>Recorded without running: a baseline migration replaced it on an empty database.</summary>
    Baselined,

    /// <summary>
    /// A skipped migration released for running by an explicit repair: it runs at the next up, even below
    /// migrations applied after it was skipped (the repair is the decision to run it out of order).
    /// </summary>
    Pending,
}

/// <summary>One row of the ledger table: a migration the database has seen.</summary>
/// <param name="Order">The migration's order.</param>
/// <param name="Name">The migration's name when it was applied.</param>
/// <param name="Checksum">The migration's checksum when it was applied.</param>
/// <param name="Status">Whether it completed.</param>
/// <param name="AppliedAt">When it was applied (UTC).</param>
/// <param name="Duration">How long it took.</param>
/// <param name="AppliedBy">Who applied it: host, application and version.</param>
public sealed record LedgerEntry(
    long Order,
    string Name,
    string Checksum,
    LedgerStatus Status,
    DateTimeOffset AppliedAt,
    TimeSpan Duration,
    string AppliedBy)
{
    /// <summary>True for a row the runner has finished with: completed, skipped or baselined (not STARTED, FAILED or PENDING).</summary>
    public bool IsSettled => Status is LedgerStatus.Completed or LedgerStatus.Skipped or LedgerStatus.Baselined;

    /// <summary>True for a row whose changes are in the database: completed, or replaced by a baseline that ran (not skipped).</summary>
    public bool IsApplied => Status is LedgerStatus.Completed or LedgerStatus.Baselined;

    /// <summary>
    /// Whether the migration was declared backward compatible when it was recorded: a build that does not know it may
    /// keep running against this database. False for rows written before the ledger had the flag.
    /// </summary>
    public bool IsBackwardCompatible { get; init; }
}

/// <summary>Names of <see cref="LedgerStatus"/> values as stored in the ledger table.</summary>
internal static class LedgerStatusNames
{
    /// <summary>Stored text of <see cref="LedgerStatus.Completed"/>.</summary>
    public const string Completed = "COMPLETED";

    /// <summary>Stored text of <see cref="LedgerStatus.Started"/>.</summary>
    public const string Started = "STARTED";

    /// <summary>Stored text of <see cref="LedgerStatus.Failed"/>.</summary>
    public const string Failed = "FAILED";

    /// <summary>Stored text of <see cref="LedgerStatus.Skipped"/>.</summary>
    public const string Skipped = "SKIPPED";

    /// <summary>Stored text of <see cref="LedgerStatus.Baselined"/>.</summary>
    public const string Baselined = "BASELINED";

    /// <summary>Stored text of <see cref="LedgerStatus.Pending"/>.</summary>
    public const string Pending = "PENDING";

    /// <summary>Returns the stored text of a status.</summary>
    public static string ToText(LedgerStatus status) => status switch
    {
        LedgerStatus.Completed => Completed,
        LedgerStatus.Started => Started,
        LedgerStatus.Failed => Failed,
        LedgerStatus.Skipped => Skipped,
        LedgerStatus.Baselined => Baselined,
        LedgerStatus.Pending => Pending,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Parses the stored text of a status; <see langword="false"/> when the text is not a known status.</summary>
    public static bool TryParse(string text, out LedgerStatus status)
    {
        switch (text)
        {
            case Completed: status = LedgerStatus.Completed; return true;
            case Started: status = LedgerStatus.Started; return true;
            case Failed: status = LedgerStatus.Failed; return true;
            case Skipped: status = LedgerStatus.Skipped; return true;
            case Baselined: status = LedgerStatus.Baselined; return true;
            case Pending: status = LedgerStatus.Pending; return true;
            default: status = default; return false;
        }
    }

    /// <summary>Parses the stored text of a status.</summary>
    /// <exception cref="FormatException">The text is not a known status; the ledger was written by a newer version or edited by hand.</exception>
    public static LedgerStatus Parse(string text) => text switch
    {
        Completed => LedgerStatus.Completed,
        Started => LedgerStatus.Started,
        Failed => LedgerStatus.Failed,
        Skipped => LedgerStatus.Skipped,
        Baselined => LedgerStatus.Baselined,
        Pending => LedgerStatus.Pending,
        _ => throw new FormatException($"Unknown ledger status '{text}'."),
    };
}
