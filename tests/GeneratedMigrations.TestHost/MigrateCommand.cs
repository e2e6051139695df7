using GeneratedMigrations.Sqlite;

namespace GeneratedMigrations.TestHost;

/// <summary>Applies the host's catalogue and reports, one line each, what this process applied.</summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(HostOptions host)
    {
        var options = new MigratorOptions
        {
            MigrationApplied = applied => Console.WriteLine(FormattableString.Invariant(
                $"applied order={applied.Order} name={applied.Name} duration_ms={(long)applied.Duration.TotalMilliseconds}")),
        };
        try
        {
            await using var migrator = new Migrator(AppMigrations.Catalog, CreateStore(host), options);
            var result = await migrator.MigrateAsync();
            var last = result.Applied.Count > 0 ? result.Applied[^1].Order : result.Plan.LastAppliedOrder;
            Console.WriteLine(FormattableString.Invariant($"done applied={result.Applied.Count} last={(last is null ? "none" : last.ToString())}"));
            return ExitCode.Success;
        }
        catch (MigrationException exception)
        {
            Console.Error.WriteLine(exception.Message);
            return ExitCode.MigrationFailed;
        }
        catch (ArgumentException exception)
        {
            // A connection string the store rejects: a mistake on the command line.
            Console.Error.WriteLine(exception.Message);
            return ExitCode.BadArguments;
        }
    }

    private static MigrationStore CreateStore(HostOptions host) => new SqliteMigrationStore(host.ConnectionString);
}
