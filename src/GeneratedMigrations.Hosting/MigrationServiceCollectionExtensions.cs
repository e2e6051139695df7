using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GeneratedMigrations.Hosting;

/// <summary>Registers GeneratedMigrations in a generic host (ASP.NET Core, worker services).</summary>
public static class MigrationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the app's migrations: a <see cref="MigratorFactory"/>, options bound from the
    /// <paramref name="configurationSectionPath"/> section, and a hosted service that migrates or verifies the
    /// database before the app serves traffic, as <c>Migrations:OnStartup</c> says.
    /// </summary>
    /// <param name="services">The app's services.</param>
    /// <param name="catalog">The migrations of this build, usually <c>AppMigrations.Catalog</c>.</param>
    /// <param name="createStore">
    /// Makes a store for each runner from the app's services (for example from an <c>NpgsqlDataSource</c> or a
    /// connection string in configuration). Each runner owns and disposes the store it gets.
    /// </param>
    /// <param name="configurationSectionPath">The configuration section of the options. Default: <c>Migrations</c>.</param>
    /// <returns>A builder to add progress callbacks.</returns>
    /// <exception cref="InvalidOperationException">Migrations are already registered in these services.</exception>
    public static GeneratedMigrationsBuilder AddGeneratedMigrations(
        this IServiceCollection services,
        MigrationCatalog catalog,
        Func<IServiceProvider, MigrationStore> createStore,
        string configurationSectionPath = MigrationHostingOptions.DefaultSectionName)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(createStore);
        ArgumentException.ThrowIfNullOrWhiteSpace(configurationSectionPath);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(MigrationRegistration)))
        {
            throw new InvalidOperationException("AddGeneratedMigrations was already called on these services: an app registers one catalogue and one database.");
        }

        var registration = new MigrationRegistration(catalog, createStore);
        services.AddSingleton(registration);
        services.AddOptions<MigrationHostingOptions>().BindConfiguration(configurationSectionPath);
        services.TryAddSingleton(provider => new MigratorFactory(
            provider,
            provider.GetRequiredService<MigrationRegistration>(),
            provider.GetRequiredService<IOptionsMonitor<MigrationHostingOptions>>(),
            LoggerFactoryOf(provider)));
        services.TryAddSingleton(provider => new MigrationHealthCheck(
            provider.GetRequiredService<MigratorFactory>(),
            LoggerFactoryOf(provider)));
        // A lifecycle service does its work in StartingAsync, which the host runs before any hosted service's
        // StartAsync (the web server's included), wherever this call sits among the registrations.
        services.AddSingleton<IHostedService>(provider => new MigrationStartupService(
            provider.GetRequiredService<MigratorFactory>(),
            provider.GetRequiredService<MigrationHealthCheck>(),
            LoggerFactoryOf(provider)));
        return new GeneratedMigrationsBuilder(services, registration);
    }

    // Every host registers logging; a bare service collection in a tool or a test may not.
    private static ILoggerFactory LoggerFactoryOf(IServiceProvider provider) =>
        provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;

    /// <summary>
    /// Registers the app's migrations on the database of a connection string from configuration
    /// (<c>ConnectionStrings:<paramref name="connectionStringName"/></c>), with a store made by <paramref name="createStore"/>,
    /// such as <c>connectionString =&gt; new SqliteMigrationStore(connectionString)</c>.
    /// </summary>
    /// <param name="services">The app's services.</param>
    /// <param name="catalog">The migrations of this build, usually <c>AppMigrations.Catalog</c>.</param>
    /// <param name="connectionStringName">The name under <c>ConnectionStrings</c> in configuration.</param>
    /// <param name="createStore">Makes the store for a connection string.</param>
    /// <param name="configurationSectionPath">The configuration section of the options. Default: <c>Migrations</c>.</param>
    /// <returns>A builder to add progress callbacks.</returns>
    public static GeneratedMigrationsBuilder AddGeneratedMigrations(
        this IServiceCollection services,
        MigrationCatalog catalog,
        string connectionStringName,
        Func<string, MigrationStore> createStore,
        string configurationSectionPath = MigrationHostingOptions.DefaultSectionName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionStringName);
        ArgumentNullException.ThrowIfNull(createStore);
        return services.AddGeneratedMigrations(catalog, provider =>
        {
            var connectionString = provider.GetRequiredService<IConfiguration>().GetConnectionString(connectionStringName);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    $"The connection string 'ConnectionStrings:{connectionStringName}' is not set in configuration (appsettings.json, environment variable ConnectionStrings__{connectionStringName}, or --ConnectionStrings:{connectionStringName}=…).");
            }
            return createStore(connectionString);
        }, configurationSectionPath);
    }
}

/// <summary>Adds to the registration made by <c>AddGeneratedMigrations</c>.</summary>
public sealed class GeneratedMigrationsBuilder
{
    private readonly MigrationRegistration _registration;

    internal GeneratedMigrationsBuilder(IServiceCollection services, MigrationRegistration registration)
    {
        Services = services;
        _registration = registration;
    }

    /// <summary>The app's services.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Calls <paramref name="callback"/> after each migration a runner of this app commits (progress output, metrics of your own).</summary>
    /// <param name="callback">Gets the app's services and the migration done.</param>
    public GeneratedMigrationsBuilder OnMigrationApplied(Action<IServiceProvider, AppliedMigration> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        _registration.ProgressCallbacks.Add(callback);
        return this;
    }
}
