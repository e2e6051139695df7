using Microsoft.Extensions.Logging;

namespace GeneratedMigrations.Hosting;

/// <summary>Every log event of the hosting package, with stable ids (4001-4099, documented in the README).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4001, EventName = "StartupMigrated", Level = LogLevel.Information,
        Message = "Start-up migration of {Database} done: {AppliedCount} migration(s) applied, last applied {LastApplied}, in {DurationMs} ms")]
    public static partial void StartupMigrated(ILogger logger, string database, int appliedCount, long? lastApplied, long durationMs);

    [LoggerMessage(EventId = 4002, EventName = "StartupVerified", Level = LogLevel.Information,
        Message = "Start-up verification of {Database} passed in {DurationMs} ms: the database matches this build")]
    public static partial void StartupVerified(ILogger logger, string database, long durationMs);

    [LoggerMessage(EventId = 4003, EventName = "StartupSkipped", Level = LogLevel.Debug,
        Message = "Migrations:OnStartup is None: the database is neither migrated nor verified at start-up")]
    public static partial void StartupSkipped(ILogger logger);

    [LoggerMessage(EventId = 4004, EventName = "StartupRefused", Level = LogLevel.Critical,
        Message = "Start refused: migrations at start-up ({Mode}) failed on {Database}; the app will not serve. {Reason}")]
    public static partial void StartupRefused(ILogger logger, MigrationStartupMode mode, string database, string reason, Exception exception);

    [LoggerMessage(EventId = 4010, EventName = "HealthCheckFailed", Level = LogLevel.Warning,
        Message = "Migration health check could not read the ledger of {Database}")]
    public static partial void HealthCheckFailed(ILogger logger, string database, Exception exception);
}
