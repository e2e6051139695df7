using Microsoft.Extensions.Logging;

namespace GeneratedMigrations.Sqlite;

/// <summary>Log events of the SQLite store, with stable ids (documented in the README).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2001, EventName = "LockWaiting", Level = LogLevel.Information,
        Message = "Waiting for the migration lock on {Database}, held by {Holder}")]
    public static partial void LockWaiting(ILogger logger, string database, string holder);

    [LoggerMessage(EventId = 2002, EventName = "LeaseTakenOver", Level = LogLevel.Warning,
        Message = "Took over the migration lock on {Database}: the lease of {Holder} had expired (its process probably died)")]
    public static partial void LeaseTakenOver(ILogger logger, string database, string holder);

    [LoggerMessage(EventId = 2003, EventName = "HeartbeatFailed", Level = LogLevel.Debug,
        Message = "Could not renew the migration lease on {Database} this time; retrying at the next heartbeat")]
    public static partial void HeartbeatFailed(ILogger logger, string database, Exception exception);

    [LoggerMessage(EventId = 2004, EventName = "LeaseLost", Level = LogLevel.Error,
        Message = "The migration lease of {Owner} on {Database} was taken over by another process")]
    public static partial void LeaseLost(ILogger logger, string database, string owner);

    [LoggerMessage(EventId = 2005, EventName = "LeaseReleaseFailed", Level = LogLevel.Warning,
        Message = "Could not release the migration lease on {Database}; it will expire on its own")]
    public static partial void LeaseReleaseFailed(ILogger logger, string database, Exception exception);

    [LoggerMessage(EventId = 2006, EventName = "LedgerUpgraded", Level = LogLevel.Information,
        Message = "Upgraded the ledger {Ledger} on {Database} in place: added column {Column}")]
    public static partial void LedgerUpgraded(ILogger logger, string database, string ledger, string column);
}
