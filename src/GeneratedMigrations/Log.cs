using Microsoft.Extensions.Logging;

namespace GeneratedMigrations;

/// <summary>Every log event of the runner, with stable ids (documented in the README). Never logs connection strings.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, EventName = "PlanSummary", Level = LogLevel.Information,
        Message = "Migration plan for {Database}: {AppliedCount} applied, {PendingCount} pending, last applied {LastApplied}")]
    public static partial void PlanSummary(ILogger logger, string database, int appliedCount, int pendingCount, long? lastApplied);

    [LoggerMessage(EventId = 1002, EventName = "UpToDate", Level = LogLevel.Information,
        Message = "Database {Database} is up to date at migration {LastApplied}")]
    public static partial void UpToDate(ILogger logger, string database, long? lastApplied);

    [LoggerMessage(EventId = 1003, EventName = "MigrationStarting", Level = LogLevel.Information,
        Message = "Applying migration {Order} {MigrationName}")]
    public static partial void MigrationStarting(ILogger logger, long order, string migrationName);

    [LoggerMessage(EventId = 1004, EventName = "MigrationApplied", Level = LogLevel.Information,
        Message = "Applied migration {Order} {MigrationName} in {DurationMs} ms")]
    public static partial void MigrationApplied(ILogger logger, long order, string migrationName, long durationMs);

    [LoggerMessage(EventId = 1005, EventName = "MigrationFailed", Level = LogLevel.Error,
        Message = "Migration {Order} {MigrationName} failed after {DurationMs} ms and was rolled back")]
    public static partial void MigrationFailed(ILogger logger, long order, string migrationName, long durationMs, Exception exception);

    [LoggerMessage(EventId = 1006, EventName = "PlanRefused", Level = LogLevel.Error,
        Message = "Refused to migrate {Database}: {ProblemCount} problem(s) between the ledger and this build")]
    public static partial void PlanRefused(ILogger logger, string database, int problemCount);

    [LoggerMessage(EventId = 1007, EventName = "LockAcquired", Level = LogLevel.Information,
        Message = "Migration lock acquired on {Database} after {WaitedMs} ms")]
    public static partial void LockAcquired(ILogger logger, string database, long waitedMs);

    [LoggerMessage(EventId = 1008, EventName = "MigrationReverting", Level = LogLevel.Information,
        Message = "Reverting migration {Order} {MigrationName}")]
    public static partial void MigrationReverting(ILogger logger, long order, string migrationName);

    [LoggerMessage(EventId = 1009, EventName = "MigrationReverted", Level = LogLevel.Information,
        Message = "Reverted migration {Order} {MigrationName} in {DurationMs} ms")]
    public static partial void MigrationReverted(ILogger logger, long order, string migrationName, long durationMs);

    [LoggerMessage(EventId = 1010, EventName = "MigrationSkipped", Level = LogLevel.Information,
        Message = "Recorded migration {Order} {MigrationName} as skipped")]
    public static partial void MigrationSkipped(ILogger logger, long order, string migrationName);

    [LoggerMessage(EventId = 1011, EventName = "Repaired", Level = LogLevel.Warning,
        Message = "Repaired ledger row {Order} {MigrationName} (was {PreviousStatus}): {Action}")]
    public static partial void Repaired(ILogger logger, long order, string migrationName, string previousStatus, string action);

    [LoggerMessage(EventId = 1012, EventName = "LockWaiting", Level = LogLevel.Information,
        Message = "Waiting for the migration lock on {Database}, held by {Holder}")]
    public static partial void LockWaiting(ILogger logger, string database, string holder);

    [LoggerMessage(EventId = 1013, EventName = "RunStopped", Level = LogLevel.Warning,
        Message = "Migration run on {Database} stopped ({Reason}) during migration {Order} {MigrationName}; the database is at migration {LastApplied}")]
    public static partial void RunStopped(ILogger logger, string database, string reason, long? order, string? migrationName, long? lastApplied);

    [LoggerMessage(EventId = 1014, EventName = "FailedRowNotRecorded", Level = LogLevel.Error,
        Message = "Could not record migration {Order} {MigrationName} as FAILED; its ledger row {LedgerRow}")]
    public static partial void FailedRowNotRecorded(ILogger logger, long order, string migrationName, string ledgerRow, Exception exception);
}
