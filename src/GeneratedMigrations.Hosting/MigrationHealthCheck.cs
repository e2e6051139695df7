using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace GeneratedMigrations.Hosting;

/// <summary>
/// Reports whether the database matches this build: unhealthy (the registration's failure status) when they
/// disagree or the ledger cannot be read, <see cref="MigrationHealthCheckOptions.WhenPending"/> when migrations
/// are pending, healthy otherwise. It only reads the ledger (no lock, no write) and reuses its last reading for
/// <see cref="MigrationHealthCheckOptions.CacheDuration"/>, so frequent probes stay cheap.
/// </summary>
public sealed class MigrationHealthCheck : IHealthCheck
{
    /// <summary>The logging category of the health check.</summary>
    public const string LogCategory = "GeneratedMigrations.Hosting.HealthCheck";

    private readonly MigratorFactory _factory;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _reading = new(1, 1);
    private Reading? _last;
    private int _generation;

    internal MigrationHealthCheck(MigratorFactory factory, ILoggerFactory loggerFactory)
    {
        _factory = factory;
        _logger = loggerFactory.CreateLogger(LogCategory);
    }

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = _factory.Options.HealthCheck;
        var reading = Fresh(_last, options.CacheDuration);
        if (reading is null)
        {
            // One reading at a time: probes that arrive together share it instead of each opening a connection.
            await _reading.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                reading = Fresh(_last, options.CacheDuration);
                if (reading is null)
                {
                    var generation = Volatile.Read(ref _generation);
                    reading = await ReadAsync(cancellationToken).ConfigureAwait(false);
                    // A reading that began before an invalidation may describe the database before a migration: use it once, keep it not.
                    if (generation == Volatile.Read(ref _generation)) _last = reading;
                }
            }
            finally
            {
                _reading.Release();
            }
        }
        return Judge(reading, context.Registration.FailureStatus, options.WhenPending);
    }

    /// <summary>Forgets the cached reading, so the next probe reads the ledger (the start-up service calls it after migrating).</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _last = null;
    }

    private static Reading? Fresh(Reading? reading, TimeSpan cacheDuration) =>
        reading is not null && Stopwatch.GetElapsedTime(reading.Timestamp) < cacheDuration ? reading : null;

    private async Task<Reading> ReadAsync(CancellationToken cancellationToken)
    {
        var database = "(not opened)";
        try
        {
            var migrator = _factory.Create(null, out database);
            await using var migratorScope = migrator.ConfigureAwait(false);
            var plan = await migrator.GetStatusAsync(cancellationToken).ConfigureAwait(false);
            return new Reading(Stopwatch.GetTimestamp(), database, plan, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.HealthCheckFailed(_logger, database, exception);
            return new Reading(Stopwatch.GetTimestamp(), database, null, exception);
        }
    }

    private static HealthCheckResult Judge(Reading reading, HealthStatus failureStatus, HealthStatus whenPending)
    {
        var data = new Dictionary<string, object> { ["database"] = reading.Database };
        if (reading.Plan is not { } plan)
        {
            return new HealthCheckResult(failureStatus, $"The migration ledger of {reading.Database} could not be read: {reading.Error?.Message}", reading.Error, data);
        }

        data["applied"] = plan.Applied.Count;
        data["pending"] = plan.Pending.Count;
        data["problems"] = plan.Problems.Count;
        data["lastApplied"] = plan.LastAppliedOrder?.ToString(CultureInfo.InvariantCulture) ?? "none";
        data["aheadCompatible"] = plan.AheadCompatible.Count;
        data["summary"] = plan.Describe();
        if (plan.Problems.Count > 0)
        {
            var problems = string.Join(" ", plan.Problems.Select(problem => problem.Message));
            return new HealthCheckResult(failureStatus, $"The database and this build disagree ({plan.Problems.Count} problem(s)): {problems}", null, data);
        }
        if (plan.Pending.Count > 0)
        {
            var pending = string.Join(", ", plan.Pending.Select(migration => $"{migration.Order} {migration.Name}"));
            return new HealthCheckResult(whenPending, $"{plan.Pending.Count} migration(s) of this build are not applied: {pending}.", null, data);
        }
        if (plan.AheadCompatible.Count > 0)
        {
            // A rolling deploy: a newer build applied expand steps this build may ignore. Healthy, but say so.
            var ahead = string.Join(", ", plan.AheadCompatible.Select(entry => $"{entry.Order} {entry.Name}"));
            return HealthCheckResult.Healthy(
                $"The database matches this build and is ahead of it by {plan.AheadCompatible.Count} backward-compatible migration(s) of a newer build: {ahead}.", data);
        }
        return HealthCheckResult.Healthy($"The database matches this build (last applied {data["lastApplied"]}).", data);
    }

    private sealed record Reading(long Timestamp, string Database, MigrationPlan? Plan, Exception? Error);
}

/// <summary>Adds the migration health check.</summary>
public static class MigrationHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds a <see cref="MigrationHealthCheck"/> on the database registered by <c>AddGeneratedMigrations</c>
    /// (call that too): unhealthy when the database and this build disagree, configurable when migrations are pending.
    /// </summary>
    /// <param name="builder">The app's health checks.</param>
    /// <param name="name">The check's name. Default: <c>migrations</c>.</param>
    /// <param name="failureStatus">The status reported on disagreement or an unreadable ledger. Default: unhealthy.</param>
    /// <param name="tags">Tags to filter checks by, such as <c>ready</c>.</param>
    public static IHealthChecksBuilder AddGeneratedMigrations(
        this IHealthChecksBuilder builder,
        string name = "migrations",
        HealthStatus? failureStatus = null,
        IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        // The check is the singleton AddGeneratedMigrations registered, so its cache outlives each probe.
        return builder.Add(new HealthCheckRegistration(
            name,
            provider => provider.GetService<MigrationHealthCheck>()
                ?? throw new InvalidOperationException("The migration health check needs services.AddGeneratedMigrations(...) to be called as well."),
            failureStatus,
            tags));
    }
}
