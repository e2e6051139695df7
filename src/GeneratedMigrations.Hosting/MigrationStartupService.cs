using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GeneratedMigrations.Hosting;

/// <summary>
/// Migrates or verifies the database when the host starts. The work runs in <see cref="StartingAsync"/>, which
/// the host calls before the <c>StartAsync</c> of every hosted service, so the web server does not listen
/// until it is done; a failure propagates out of the host's start, which then stops without serving.
/// </summary>
internal sealed class MigrationStartupService(MigratorFactory factory, MigrationHealthCheck healthCheck, ILoggerFactory loggerFactory) : IHostedLifecycleService
{
    public const string LogCategory = "GeneratedMigrations.Hosting.Startup";

    private readonly ILogger _logger = loggerFactory.CreateLogger(LogCategory);

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var mode = MigrationStartupMode.None;
        string database = "(not opened)";
        var stopwatch = Stopwatch.StartNew();
        try
        {
            // Reading the options binds configuration: a bad value (OnStartup=Migrat) fails here, logged below.
            mode = factory.Options.OnStartup;
            if (mode == MigrationStartupMode.None)
            {
                Log.StartupSkipped(_logger);
                return;
            }

            var migrator = factory.Create(null, out database);
            await using var migratorScope = migrator.ConfigureAwait(false);
            if (mode == MigrationStartupMode.Verify)
            {
                await migrator.VerifyAsync(cancellationToken).ConfigureAwait(false);
                Log.StartupVerified(_logger, database, stopwatch.ElapsedMilliseconds);
            }
            else
            {
                var result = await migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
                // A probe made while the migrations ran must not be reported for the cache duration.
                healthCheck.Invalidate();
                Log.StartupMigrated(_logger, database, result.Applied.Count, result.LastAppliedOrder, stopwatch.ElapsedMilliseconds);
            }
        }
        catch (Exception exception)
        {
            Log.StartupRefused(_logger, mode, database, exception.Message, exception);
            throw;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
