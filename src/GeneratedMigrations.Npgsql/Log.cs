using Microsoft.Extensions.Logging;

namespace GeneratedMigrations.Npgsql;

/// <summary>Log events of the PostgreSQL store, with stable ids (documented in the README). Never logs connection strings.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, EventName = "LockWaiting", Level = LogLevel.Information,
        Message = "Waiting for the migration lock on {Database}, held by {Holder}")]
    public static partial void LockWaiting(ILogger logger, string database, string holder);

    [LoggerMessage(EventId = 3002, EventName = "LedgerCreated", Level = LogLevel.Information,
        Message = "Created the migration ledger {Ledger} on {Database}")]
    public static partial void LedgerCreated(ILogger logger, string database, string ledger);

    [LoggerMessage(EventId = 3003, EventName = "HeartbeatFailed", Level = LogLevel.Debug,
        Message = "The migration lock heartbeat on {Database} failed this time; retrying at the next heartbeat")]
    public static partial void HeartbeatFailed(ILogger logger, string database, Exception exception);

    [LoggerMessage(EventId = 3004, EventName = "LockLost", Level = LogLevel.Error,
        Message = "The migration lock of {Owner} on {Database} was lost: its session ended (terminated by an administrator, a server restart or a network failure)")]
    public static partial void LockLost(ILogger logger, string database, string owner, Exception? exception);

    [LoggerMessage(EventId = 3005, EventName = "LockReleaseFailed", Level = LogLevel.Warning,
        Message = "Could not release the migration lock on {Database} explicitly; closing its session releases it")]
    public static partial void LockReleaseFailed(ILogger logger, string database, Exception exception);

    [LoggerMessage(EventId = 3006, EventName = "FenceWaiting", Level = LogLevel.Information,
        Message = "Took the migration lock on {Database}; waiting for a migration transaction of an earlier holder, whose lock session ended, to commit or roll back before reading the ledger")]
    public static partial void FenceWaiting(ILogger logger, string database);

    [LoggerMessage(EventId = 3007, EventName = "LedgerUpgraded", Level = LogLevel.Information,
        Message = "Upgraded the ledger {Ledger} on {Database} in place: added column {Column}")]
    public static partial void LedgerUpgraded(ILogger logger, string database, string ledger, string column);
}
