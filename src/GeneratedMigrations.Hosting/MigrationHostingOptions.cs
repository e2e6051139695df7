using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GeneratedMigrations.Hosting;

/// <summary>What the app does with its migrations when the host starts (configuration key <c>Migrations:OnStartup</c>).</summary>
public enum MigrationStartupMode
{
    /// <summary>Apply pending migrations before the app serves traffic; instances starting together take turns through the lock.</summary>
    Migrate,

    /// <summary>
    /// Apply nothing; refuse to start when the database does not match this build (any problem, or any migration
    /// not applied). For apps whose migrations run in a deploy step.
    /// </summary>
    Verify,

    /// <summary>Do nothing at start-up.</summary>
    None,
}

/// <summary>
/// Settings of the hosted runner, bound from the <c>Migrations</c> configuration section. Plain values only:
/// the logger comes from the app's <c>ILoggerFactory</c> and progress callbacks from
/// <see cref="GeneratedMigrationsBuilder.OnMigrationApplied"/>.
/// </summary>
public sealed class MigrationHostingOptions
{
    /// <summary>The configuration section the options are bound from unless the app names another.</summary>
    public const string DefaultSectionName = "Migrations";

    /// <summary>What happens at start-up. Default: <see cref="MigrationStartupMode.Migrate"/>.</summary>
    public MigrationStartupMode OnStartup { get; set; } = MigrationStartupMode.Migrate;

    /// <summary>See <see cref="MigratorOptions.AllowOutOfOrder"/>.</summary>
    public bool AllowOutOfOrder { get; set; }

    /// <summary>See <see cref="MigratorOptions.SingleTransaction"/>.</summary>
    public bool SingleTransaction { get; set; }

    /// <summary>See <see cref="MigratorOptions.AppliedBy"/>. Default: the host name and the catalogue's assembly.</summary>
    public string? AppliedBy { get; set; }

    /// <summary>How long to wait for another instance's lock (<see cref="MigrationLockOptions.WaitTimeout"/>). Default: 2 minutes.</summary>
    public TimeSpan LockWaitTimeout { get; set; } = new MigrationLockOptions().WaitTimeout;

    /// <summary>How often the lock holder renews its lease (<see cref="MigrationLockOptions.HeartbeatInterval"/>). Default: 5 seconds.</summary>
    public TimeSpan LockHeartbeatInterval { get; set; } = new MigrationLockOptions().HeartbeatInterval;

    /// <summary>Past this the running migration is cancelled and rolled back (<see cref="MigrationLockOptions.OverallDeadline"/>). Default: none.</summary>
    public TimeSpan? OverallDeadline { get; set; }

    /// <summary>How the migration health check judges the database (section <c>Migrations:HealthCheck</c>).</summary>
    public MigrationHealthCheckOptions HealthCheck { get; set; } = new();
}

/// <summary>Settings of the migration health check (configuration section <c>Migrations:HealthCheck</c>).</summary>
public sealed class MigrationHealthCheckOptions
{
    /// <summary>
    /// The status reported when migrations of this build are not applied yet but nothing is wrong. Default:
    /// <see cref="HealthStatus.Degraded"/>. A disagreement between the database and this build is always unhealthy.
    /// </summary>
    public HealthStatus WhenPending { get; set; } = HealthStatus.Degraded;

    /// <summary>
    /// How long a result is reused before the ledger is read again, so that frequent probes cost nothing.
    /// Default: 10 seconds; <see cref="TimeSpan.Zero"/> reads on every probe.
    /// </summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(10);
}
