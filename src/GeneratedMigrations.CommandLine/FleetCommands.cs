using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace GeneratedMigrations.CommandLine;

/// <summary>
/// <c>up</c>, <c>verify</c> and <c>status</c> over many databases: the connection strings of repeated <c>--connection</c>
/// and of <c>--connections-file</c>, cut to this runner's <c>--shard</c>, run by a <see cref="MigrationFleet"/>. Databases are
/// named by their stores (server and database, or file) or by where their connection string came from; never by the string.
/// </summary>
internal sealed class FleetCommands(MigrationCatalog catalog, Option<string[]> connectionOption, Func<string, MigrationStore> createStore)
{
    // From best to worst: a fleet's exit code is the worst of its databases'.
    private static readonly int[] Severity =
        [ExitCodes.Success, ExitCodes.Pending, ExitCodes.Refused, ExitCodes.LockTimeout, ExitCodes.MigrationFailed, ExitCodes.Error, ExitCodes.Canceled];

    public Option<string[]> ConnectionOption => connectionOption;

    /// <summary>A fleet run: a connections file, a shard, or more than one <c>--connection</c>.</summary>
    public bool IsFleet(ParseResult parse) =>
        parse.GetValue(MigrationCommands.ConnectionsFileOption) is not null || parse.GetValue(MigrationCommands.ShardOption) is not null || Explicit(parse).Count > 1;

    /// <summary>The migrator of a single-database command: exactly one connection.</summary>
    public Migrator CreateMigrator(ParseResult parse, MigratorOptions options)
    {
        if (IsFleet(parse))
        {
            throw new ArgumentException(
                $"'{parse.CommandResult.Command.Name}' works on one database at a time; give one --connection (only up, verify and status take several databases).");
        }
        var connections = parse.GetValue(connectionOption) ?? [];
        if (connections.Length != 1) throw new ArgumentException("Give the database with --connection.");
        return new Migrator(catalog, createStore(connections[0]), options);
    }

    public async Task<int> RunAsync(string command, ParseResult parse, bool targeted, CancellationToken cancellationToken)
    {
        var json = parse.GetValue(MigrationCommands.JsonOption);
        var writer = Console.Out;
        var gate = new object();
        int exitCode;
        FleetJson? document = null;
        CommandError? error = null;
        try
        {
            if (targeted) throw new ArgumentException("--to, --steps and --dry-run work on one database; run them without a fleet of databases.");
            var databases = Databases(parse);
            var fleetOptions = new MigrationFleetOptions
            {
                Parallelism = parse.GetValue(MigrationCommands.ParallelismOption),
                FailFast = parse.GetValue(MigrationCommands.FailFastOption),
                CreateMigratorOptions = _ =>
                {
                    var options = new MigratorOptions();
                    if (parse.GetValue(MigrationCommands.LockTimeoutOption) is { } seconds) options.Lock.WaitTimeout = TimeSpan.FromSeconds(seconds);
                    return options;
                },
                DatabaseCompleted = json ? null : database =>
                {
                    // One line per database as it finishes; lines never interleave.
                    lock (gate) writer.WriteLine(Line(command, database));
                },
            };
            if (fleetOptions.Parallelism < 1) throw new ArgumentException("--parallelism must be at least 1.");
            var fleet = new MigrationFleet(catalog, fleetOptions);
            var result = command switch
            {
                "up" => await fleet.MigrateAsync(databases, cancellationToken).ConfigureAwait(false),
                "verify" => await fleet.VerifyAsync(databases, cancellationToken).ConfigureAwait(false),
                _ => await fleet.GetStatusAsync(databases, cancellationToken).ConfigureAwait(false),
            };
            exitCode = Worst(result.Databases.Where(d => d.Outcome != FleetOutcome.NotRun).Select(d => ExitCodeOf(command, d)));
            if (cancellationToken.IsCancellationRequested) exitCode = ExitCodes.Canceled;
            if (json)
            {
                document = new FleetJson(
                    result.Databases.Count,
                    [.. new[] { FleetOutcome.UpToDate, FleetOutcome.Migrated, FleetOutcome.Pending, FleetOutcome.Refused, FleetOutcome.Failed, FleetOutcome.NotRun }
                        .Select(outcome => new FleetCountJson(outcome, result.Count(outcome)))],
                    [.. result.Databases.Select(database => DatabaseJson(command, database))]);
            }
            else
            {
                writer.WriteLine(result.Summary() + ".");
            }
        }
        catch (ArgumentException exception)
        {
            // A wrong fleet option or an unreadable connections file: a usage error, as for any wrong command line.
            exitCode = ExitCodes.Usage;
            if (json) error = new CommandError("UsageError", exception.Message, null, null, null, null, null);
            else await Console.Error.WriteLineAsync(exception.Message).ConfigureAwait(false);
        }
        if (json)
        {
            await writer.WriteLineAsync(CommandJsonContext.Serialize(new CommandEnvelope(CommandEnvelope.CurrentSchemaVersion, command, exitCode, document, error))).ConfigureAwait(false);
        }
        return exitCode;
    }

    /// <summary>The worst of some exit codes (<see cref="Severity"/>); success for none.</summary>
    internal static int Worst(IEnumerable<int> exitCodes) =>
        exitCodes.Append(ExitCodes.Success).MaxBy(code => Array.IndexOf(Severity, code));

    private List<string> Explicit(ParseResult parse) =>
        parse.GetResult(connectionOption) is { Implicit: false } ? [.. parse.GetValue(connectionOption) ?? []] : [];

    /// <summary>The fleet: every explicit <c>--connection</c>, then the file's lines, then this runner's shard of them.</summary>
    private List<FleetDatabase> Databases(ParseResult parse)
    {
        var databases = new List<FleetDatabase>();
        var connections = parse.GetValue(MigrationCommands.ConnectionsFileOption) is null ? parse.GetValue(connectionOption) ?? [] : [.. Explicit(parse)];
        for (var i = 0; i < connections.Length; i++)
        {
            var connectionString = connections[i];
            databases.Add(new FleetDatabase("--connection #" + (i + 1).ToString(CultureInfo.InvariantCulture), () => createStore(connectionString)));
        }
        if (parse.GetValue(MigrationCommands.ConnectionsFileOption) is { } file)
        {
            string[] lines;
            try
            {
                lines = File.ReadAllLines(file);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                throw new ArgumentException($"The connections file '{file}' could not be read: {exception.Message}");
            }
            var name = Path.GetFileName(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0 || line.StartsWith('#')) continue;
                databases.Add(new FleetDatabase($"{name}:{(i + 1).ToString(CultureInfo.InvariantCulture)}", () => createStore(line)));
            }
        }
        if (databases.Count == 0) throw new ArgumentException("No database to work on: give --connection (repeatable) or a --connections-file with one connection string per line.");
        if (parse.GetValue(MigrationCommands.ShardOption) is { } shard)
        {
            var (index, count) = ParseShard(shard);
            return [.. MigrationFleet.Shard(databases, index, count)];
        }
        return databases;
    }

    /// <summary><c>i/n</c>: runner i (0-based) of n.</summary>
    internal static (int Index, int Count) ParseShard(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index < count)
        {
            return (index, count);
        }
        throw new ArgumentException($"--shard takes i/n, runner i (from 0) of n runners, such as 0/4 or $(JOB_COMPLETION_INDEX)/4; '{text}' is not that.");
    }

    private static int ExitCodeOf(string command, FleetDatabaseResult database) => database.Outcome switch
    {
        FleetOutcome.UpToDate or FleetOutcome.Migrated => ExitCodes.Success,
        FleetOutcome.Pending => command == "verify" ? ExitCodes.Pending : ExitCodes.Success,
        FleetOutcome.Refused => ExitCodes.Refused,
        FleetOutcome.NotRun => ExitCodes.Canceled,
        _ => MigrationCommands.ExitCodeOf(database.Error),
    };

    private static string Line(string command, FleetDatabaseResult database)
    {
        var detail = database.Outcome switch
        {
            FleetOutcome.NotRun => "not started: the fleet stopped first (--fail-fast or cancelled)",
            _ when database.Error is { } error => OneLine(error.Message),
            _ when database.Run is { } run => run.WasUpToDate ? "nothing to apply" + Position(run.Plan) : $"applied {run.Applied.Count.ToString(CultureInfo.InvariantCulture)}" + Position(run.Plan, run.LastAppliedOrder),
            _ when database.Plan is { } plan => OneLine(plan.Describe().Split('\n')[0]),
            _ => command == "verify" ? "matches this build; nothing is pending" : "",
        };
        var ms = database.Duration.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        return $"{MigrationFleetResult.OutcomeText(database.Outcome),-10} {database.Database}: {detail} ({ms} ms)";
    }

    private static string Position(MigrationPlan plan, long? last = null)
    {
        var at = last ?? plan.LastAppliedOrder;
        var text = at is { } o ? ", at migration " + o.ToString(CultureInfo.InvariantCulture) : ", no migration applied";
        return plan.AheadCompatible.Count > 0 ? text + $", {plan.AheadCompatible.Count.ToString(CultureInfo.InvariantCulture)} ahead, compatible" : text;
    }

    private static string OneLine(string text) => string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static FleetDatabaseJson DatabaseJson(string command, FleetDatabaseResult database)
    {
        object? result = database.Run is { } run ? MigrationCommands.RunJson(run) : database.Plan is { } plan ? MigrationCommands.PlanJson(plan) : null;
        return new FleetDatabaseJson(
            database.Database,
            database.Outcome,
            database.Outcome == FleetOutcome.NotRun ? null : ExitCodeOf(command, database),
            Math.Round(database.Duration.TotalMilliseconds, 1),
            result,
            database.Error is { } error ? MigrationCommands.ErrorJson(error) : null);
    }
}
