using System.CommandLine;
using System.Globalization;
using GeneratedMigrations.CommandLine;
using GeneratedMigrations.Npgsql;
using GeneratedMigrations.Sqlite;

namespace GeneratedMigrations.TestHost;

/// <summary>Applies the host's catalogue and reports, one line each, what this process applied.</summary>
internal static class MigrateCommand
{
    public static Task<int> RunAsync(HostOptions host) => RunGuardedAsync(host, async migrator =>
    {
        var result = await migrator.MigrateAsync();
        var last = result.Applied.Count > 0 ? result.Applied[^1].Order : result.Plan.LastAppliedOrder;
        Console.WriteLine(FormattableString.Invariant($"done applied={result.Applied.Count} last={(last is null ? "none" : last.ToString())}"));
    });

    /// <summary>Repairs one ledger row and prints <c>repaired order=N was=STATUS action=X</c>.</summary>
    public static Task<int> RepairAsync(HostOptions host) => RunGuardedAsync(host, async migrator =>
    {
        var before = await migrator.RepairAsync(host.RepairOrder, host.RepairAction);
        var action = host.RepairAction == RepairAction.MarkCompleted ? "completed" : "forget";
        Console.WriteLine(FormattableString.Invariant($"repaired order={before.Order} was={before.Status.ToString().ToUpperInvariant()} action={action}"));
    });

    /// <summary>
    /// The product's in-app command line over this host's catalogue: what an app gets from
    /// <see cref="MigrationCommands"/>, signal handling included, with the host's hang points to stop it mid-migration.
    /// </summary>
    public static async Task<int> CliAsync(HostOptions host)
    {
        var root = new RootCommand("GeneratedMigrations test host");
        MigrationCommands.AddTo(root, (_, options) =>
        {
            if (host.Heartbeat is { } heartbeat) options.Lock.HeartbeatInterval = heartbeat;
            return new Migrator(AppMigrations.Catalog, CreateStore(host), options);
        });
        return await MigrationCommands.InvokeAsync(root, [.. host.CliArguments]);
    }

    private static async Task<int> RunGuardedAsync(HostOptions host, Func<Migrator, Task> command)
    {
        var options = new MigratorOptions
        {
            MigrationApplied = applied => Console.WriteLine(FormattableString.Invariant(
                $"applied order={applied.Order} name={applied.Name} duration_ms={(long)applied.Duration.TotalMilliseconds}")),
        };
        if (host.LockWaitTimeout is { } wait) options.Lock.WaitTimeout = wait;
        if (host.Heartbeat is { } heartbeat) options.Lock.HeartbeatInterval = heartbeat;
        try
        {
            await using var migrator = new Migrator(AppMigrations.Catalog, CreateStore(host), options);
            await command(migrator);
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

    private static MigrationStore CreateStore(HostOptions host) => host.Engine == DatabaseEngine.Postgres
        ? new NpgsqlMigrationStore(host.ConnectionString)
        : new SqliteMigrationStore(host.ConnectionString);
}

/// <summary>What the host's migrations need to know about this run: the engine, and where to hang.</summary>
internal static class HostBehaviour
{
    public static DatabaseEngine Engine { get; set; }

    public static long? HangIn { get; set; }

    /// <summary>
    /// When this migration is the one to hang in, says so on standard output and blocks until the process is
    /// killed: the test then holds a process that is half-way through a migration, with the lock.
    /// </summary>
    public static async Task HangIfAskedAsync(long order, CancellationToken cancellationToken)
    {
        if (HangIn != order) return;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hanging order={order}"));
        await Console.Out.FlushAsync(cancellationToken);
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
