using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeneratedMigrations.Hosting;

/// <summary>
/// Creates <see cref="Migrator"/>s for the app's catalogue and database, configured from the <c>Migrations</c>
/// section, the app's logging and the registered progress callbacks. Registered as a singleton by
/// <see cref="MigrationServiceCollectionExtensions.AddGeneratedMigrations(Microsoft.Extensions.DependencyInjection.IServiceCollection, MigrationCatalog, Func{IServiceProvider, MigrationStore}, string)"/>;
/// inject it to run migrations or commands yourself.
/// </summary>
public sealed class MigratorFactory
{
    /// <summary>The logging category of the runner's own events (plan, lock, each migration).</summary>
    public const string MigratorLogCategory = "GeneratedMigrations.Migrator";

    private readonly IServiceProvider _services;
    private readonly MigrationRegistration _registration;
    private readonly IOptionsMonitor<MigrationHostingOptions> _options;
    private readonly ILogger _migratorLogger;

    internal MigratorFactory(IServiceProvider services, MigrationRegistration registration, IOptionsMonitor<MigrationHostingOptions> options, ILoggerFactory loggerFactory)
    {
        _services = services;
        _registration = registration;
        _options = options;
        _migratorLogger = loggerFactory.CreateLogger(MigratorLogCategory);
    }

    /// <summary>The migrations of this build.</summary>
    public MigrationCatalog Catalog => _registration.Catalog;

    /// <summary>The settings in force now (configuration is read again when it changes).</summary>
    public MigrationHostingOptions Options => _options.CurrentValue;

    /// <summary>
    /// Creates a runner on a new store from the app's store factory. The caller owns it:
    /// <c>await using var migrator = factory.Create();</c>
    /// </summary>
    /// <param name="configure">Changes the runner's options after they were taken from configuration (a command line's <c>--lock-timeout</c>, say).</param>
    public Migrator Create(Action<MigratorOptions>? configure = null) => Create(configure, out _);

    /// <summary>Creates a runner and says which database it works on (the store's display name, never a connection string).</summary>
    internal Migrator Create(Action<MigratorOptions>? configure, out string databaseName)
    {
        var options = CreateMigratorOptions();
        configure?.Invoke(options);
        var store = _registration.CreateStore(_services)
            ?? throw new InvalidOperationException("The migration store factory given to AddGeneratedMigrations returned null.");
        databaseName = store.DisplayName;
        return new Migrator(_registration.Catalog, store, options);
    }

    /// <summary>The runner options this factory gives every runner: configuration, the app's logger and progress callbacks.</summary>
    public MigratorOptions CreateMigratorOptions()
    {
        var settings = _options.CurrentValue;
        var options = new MigratorOptions
        {
            AllowOutOfOrder = settings.AllowOutOfOrder,
            SingleTransaction = settings.SingleTransaction,
            AppliedBy = string.IsNullOrWhiteSpace(settings.AppliedBy) ? null : settings.AppliedBy,
            Logger = _migratorLogger,
            Lock = new MigrationLockOptions
            {
                WaitTimeout = settings.LockWaitTimeout,
                HeartbeatInterval = settings.LockHeartbeatInterval,
                OverallDeadline = settings.OverallDeadline,
            },
        };
        if (_registration.ProgressCallbacks.Count > 0)
        {
            var callbacks = _registration.ProgressCallbacks.ToArray();
            var services = _services;
            options.MigrationApplied = applied =>
            {
                foreach (var callback in callbacks) callback(services, applied);
            };
        }
        return options;
    }
}

/// <summary>What the app registered: its catalogue, how to make its store, and its progress callbacks.</summary>
internal sealed class MigrationRegistration(MigrationCatalog catalog, Func<IServiceProvider, MigrationStore> createStore)
{
    public MigrationCatalog Catalog { get; } = catalog;

    public Func<IServiceProvider, MigrationStore> CreateStore { get; } = createStore;

    public List<Action<IServiceProvider, AppliedMigration>> ProgressCallbacks { get; } = [];
}
