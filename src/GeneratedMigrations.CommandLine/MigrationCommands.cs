using System.CommandLine;
using System.Runtime.InteropServices;
using System.Globalization;

namespace GeneratedMigrations.CommandLine;

/// <summary>
/// The migration commands an app adds to its own command line, so a deploy step runs the app's compiled
/// catalogue (the NativeAOT answer to EF Core bundles): <c>status</c>, <c>up</c>, <c>down</c>, <c>verify</c>,
/// <c>script</c> and <c>repair</c>. Output is for people, or JSON with <c>--json</c>; exit codes are <see cref="ExitCodes"/>.
/// </summary>
/// <example>
/// <code>
/// var root = new RootCommand("My app");
/// MigrationCommands.AddTo(root, (parse, options) => new Migrator(AppMigrations.Catalog, new SqliteMigrationStore("Data Source=app.db"), options));
/// return await MigrationCommands.InvokeAsync(root, args);
/// </code>
/// </example>
public static class MigrationCommands
{
    /// <summary><c>--json</c>: machine-readable output on every command.</summary>
    public static Option<bool> JsonOption { get; } = new("--json") { Description = "Write machine-readable JSON instead of text.", Recursive = true };

    /// <summary><c>--lock-timeout</c>: seconds to wait for another process's migration lock before failing (exit code 5).</summary>
    public static Option<double?> LockTimeoutOption { get; } = new("--lock-timeout")
    {
        Description = "Seconds to wait for another instance's migration lock before giving up (default: 120).",
        Recursive = true,
    };

    /// <summary><c>--connections-file FILE</c>: a fleet's connection strings, one per line; blank lines and lines starting with <c>#</c> are skipped.</summary>
    public static Option<string?> ConnectionsFileOption { get; } = new("--connections-file")
    {
        Description = "A file of connection strings, one per line (# starts a comment line): up, verify and status run on each database.",
        Recursive = true,
    };

    /// <summary><c>--parallelism N</c>: how many databases of a fleet are worked on at once (default 4).</summary>
    public static Option<int> ParallelismOption { get; } = new("--parallelism")
    {
        Description = "How many databases of a fleet to work on at once (default: 4).",
        DefaultValueFactory = _ => 4,
        Recursive = true,
    };

    /// <summary><c>--fail-fast</c>: stop starting databases after the first that does not succeed.</summary>
    public static Option<bool> FailFastOption { get; } = new("--fail-fast")
    {
        Description = "Stop starting databases of a fleet after the first one that fails, is refused or (verify) has pending migrations.",
        Recursive = true,
    };

    /// <summary><c>--shard i/n</c>: this runner takes every n-th database of the fleet, starting at i (0-based).</summary>
    public static Option<string?> ShardOption { get; } = new("--shard")
    {
        Description = "Take only this runner's share of the fleet: i/n is every n-th database starting at i (from 0), e.g. $(JOB_COMPLETION_INDEX)/4.",
        Recursive = true,
    };

    /// <summary>
    /// Adds the migration commands to <paramref name="root"/>.
    /// </summary>
    /// <param name="root">The app's root command.</param>
    /// <param name="createMigrator">
    /// Creates the migrator for a command from the parse result (to read the app's own options, such as a
    /// connection string) and the options the command prepared (progress output); pass those options on.
    /// </param>
    public static void AddTo(RootCommand root, Func<ParseResult, MigratorOptions, Migrator> createMigrator) => AddCommands(root, createMigrator, null);

    /// <summary>
    /// Adds the migration commands to <paramref name="root"/>, able to work on many databases: <c>up</c>, <c>verify</c> and
    /// <c>status</c> take <paramref name="connectionOption"/> repeated, <c>--connections-file</c>, <c>--parallelism</c>,
    /// <c>--fail-fast</c> and <c>--shard i/n</c>, and report one line per database (a JSON array with <c>--json</c>) and a
    /// summary, with the worst exit code. With one connection every command works as with the other overload.
    /// </summary>
    /// <param name="root">The app's root command.</param>
    /// <param name="catalog">The app's catalogue.</param>
    /// <param name="connectionOption">
    /// The app's connection option (an <c>Option&lt;string[]&gt;</c>, such as <c>--connection</c>, optionally with a default):
    /// added to <paramref name="root"/> when missing. Its values are never printed.
    /// </param>
    /// <param name="createStore">Creates the store for a connection string (it may pick the engine from the string).</param>
    public static void AddTo(RootCommand root, MigrationCatalog catalog, Option<string[]> connectionOption, Func<string, MigrationStore> createStore)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(connectionOption);
        ArgumentNullException.ThrowIfNull(createStore);
        var fleet = new FleetCommands(catalog, connectionOption, createStore);
        foreach (var option in new Option[] { connectionOption, ConnectionsFileOption, ParallelismOption, FailFastOption, ShardOption })
        {
            if (!root.Options.Contains(option)) root.Options.Add(option);
        }
        AddCommands(root, fleet.CreateMigrator, fleet);
    }

    private static void AddCommands(RootCommand root, Func<ParseResult, MigratorOptions, Migrator> createMigrator, FleetCommands? fleet)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(createMigrator);
        if (!root.Options.Contains(JsonOption)) root.Options.Add(JsonOption);
        if (!root.Options.Contains(LockTimeoutOption)) root.Options.Add(LockTimeoutOption);

        var status = new Command("status", "Show applied and pending migrations, and any disagreement between the database and this build.");
        status.SetAction((parse, ct) => fleet?.IsFleet(parse) == true ? fleet.RunAsync("status", parse, false, ct) : RunAsync("status", parse, createMigrator, ct, async (migrator, output) =>
        {
            var plan = await migrator.GetStatusAsync(ct).ConfigureAwait(false);
            output.Plan(plan);
            return plan.Problems.Count > 0 ? ExitCodes.Refused : ExitCodes.Success;
        }));

        var upTo = new Option<long?>("--to") { Description = "Apply pending migrations up to and including this order." };
        var upSteps = new Option<int?>("--steps") { Description = "Apply this many migrations (1 = up one)." };
        var upDryRun = new Option<bool>("--dry-run") { Description = "Show the plan; change nothing." };
        var up = new Command("up", "Apply pending migrations (all, or up to --to, or --steps of them).") { upTo, upSteps, upDryRun };
        up.SetAction((parse, ct) => fleet?.IsFleet(parse) == true
            ? fleet.RunAsync("up", parse, parse.GetValue(upTo) is not null || parse.GetValue(upSteps) is not null || parse.GetValue(upDryRun), ct)
            : RunAsync("up", parse, createMigrator, ct, (migrator, output) =>
            UpAsync(migrator, Target(parse.GetValue(upTo), parse.GetValue(upSteps), MigrationTarget.Latest), parse.GetValue(upDryRun), output, ct)));

        var downTo = new Option<long?>("--to") { Description = "Revert migrations above this order (0 reverts all)." };
        var downSteps = new Option<int?>("--steps") { Description = "Revert this many migrations (default: 1)." };
        var downDryRun = new Option<bool>("--dry-run") { Description = "Show the plan; change nothing." };
        var down = new Command("down", "Revert applied migrations, newest first (one, --steps of them, or down to --to).") { downTo, downSteps, downDryRun };
        down.SetAction((parse, ct) => RunAsync("down", parse, createMigrator, ct, async (migrator, output) =>
        {
            var target = parse.GetValue(downTo) is { } order ? RevertTarget.ToOrder(order)
                : parse.GetValue(downSteps) is { } steps ? RevertTarget.StepCount(steps) : RevertTarget.OneStep;
            if (parse.GetValue(downDryRun))
            {
                var plan = await migrator.PlanAsync(MigrationOperation.Down, target, ct).ConfigureAwait(false);
                output.Plan(plan);
                return plan.Problems.Count > 0 ? ExitCodes.Refused : ExitCodes.Success;
            }
            output.Result(await migrator.RevertAsync(target, ct).ConfigureAwait(false));
            return ExitCodes.Success;
        }));

        var verify = new Command("verify", "Check that the database matches this build, with nothing pending. Changes nothing.");
        verify.SetAction((parse, ct) => fleet?.IsFleet(parse) == true ? fleet.RunAsync("verify", parse, false, ct) : RunAsync("verify", parse, createMigrator, ct, async (migrator, output) =>
        {
            await migrator.VerifyAsync(ct).ConfigureAwait(false);
            output.Message("verified", "The database matches this build; nothing is pending.");
            return ExitCodes.Success;
        }));

        var scriptTo = new Option<long?>("--to") { Description = "Script pending migrations up to and including this order." };
        var script = new Command("script", "Write the SQL of pending .sql migrations, with their ledger rows, for review. Changes nothing.") { scriptTo };
        script.SetAction((parse, ct) => RunAsync("script", parse, createMigrator, ct, async (migrator, output) =>
        {
            var text = await migrator.ScriptAsync(Target(parse.GetValue(scriptTo), null, MigrationTarget.Latest), ct).ConfigureAwait(false);
            output.Script(text);
            return ExitCodes.Success;
        }));

        var repairOrder = new Argument<long>("order") { Description = "The order of the migration whose ledger row to repair." };
        var completed = new Option<bool>("--completed") { Description = "Record it as completed, with this build's name and checksum." };
        var forget = new Option<bool>("--forget") { Description = "Delete its row, so it runs again." };
        var repair = new Command("repair", "Fix one ledger row: after a non-transactional migration was left STARTED or FAILED, to undo a skip, or to accept an edit.") { repairOrder, completed, forget };
        repair.Validators.Add(result =>
        {
            if (result.GetValue(completed) == result.GetValue(forget)) result.AddError("Give exactly one of --completed or --forget.");
        });
        repair.SetAction((parse, ct) => RunAsync("repair", parse, createMigrator, ct, async (migrator, output) =>
        {
            var order = parse.GetValue(repairOrder);
            var action = parse.GetValue(completed) ? RepairAction.MarkCompleted : RepairAction.Forget;
            var before = await migrator.RepairAsync(order, action, ct).ConfigureAwait(false);
            output.Message("repaired",
                $"Migration {order} '{before.Name}' (was {LedgerStatusNames.ToText(before.Status)}) is now {(action == RepairAction.Forget ? "forgotten; it will run again" : "recorded as completed")}.");
            return ExitCodes.Success;
        }));

        foreach (var command in new[] { status, up, down, verify, script, repair }) root.Subcommands.Add(command);
    }

    /// <summary>
    /// Applies migrations to a target (or shows the plan) and writes the outcome; what <c>up</c> does, for an app's
    /// default action. Migration errors are turned into exit codes, as for the commands.
    /// </summary>
    public static Task<int> UpAsync(ParseResult parse, Func<ParseResult, MigratorOptions, Migrator> createMigrator, CancellationToken cancellationToken) =>
        RunAsync("up", parse, createMigrator, cancellationToken, (migrator, output) => UpAsync(migrator, MigrationTarget.Latest, false, output, cancellationToken));

    /// <summary>
    /// Parses and runs; a command line error prints the error and help and returns <see cref="ExitCodes.Usage"/>.
    /// Ctrl+C and SIGTERM cancel the run instead of killing the process: the running migration is rolled back, the
    /// lock released, what was stopped is printed, and the exit code is <see cref="ExitCodes.Canceled"/>. A second
    /// signal ends the process at once.
    /// </summary>
    public static async Task<int> InvokeAsync(RootCommand root, string[] args)
    {
        ArgumentNullException.ThrowIfNull(root);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            if (args.Contains("--json"))
            {
                // A wrong command line still gets the envelope a script parses, naming the command it meant.
                var usage = new CommandError("UsageError", string.Join(" ", parse.Errors.Select(error => error.Message)), null, null, null, null, null);
                await Console.Out.WriteLineAsync(CommandJsonContext.Serialize(new CommandEnvelope(
                    CommandEnvelope.CurrentSchemaVersion, parse.CommandResult.Command.Name, ExitCodes.Usage, null, usage))).ConfigureAwait(false);
            }
            foreach (var error in parse.Errors) await Console.Error.WriteLineAsync(error.Message).ConfigureAwait(false);
            await Console.Error.WriteLineAsync("Run with --help to see the commands.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        using var stop = new CancellationTokenSource();
        var signals = 0;
        void Stop(PosixSignalContext context)
        {
            // The first signal asks the run to stop cleanly; a second one is left to the runtime, which ends the process.
            if (Interlocked.Increment(ref signals) > 1) return;
            context.Cancel = true;
            Console.Error.WriteLine($"Received {(context.Signal == PosixSignal.SIGTERM ? "SIGTERM" : "Ctrl+C")}: stopping the migration run (rolling back the running migration and releasing the lock)...");
            stop.Cancel();
        }
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        // No termination timeout of System.CommandLine's own: the run decides when it has stopped cleanly.
        return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, stop.Token).ConfigureAwait(false);
    }

    private static async Task<int> UpAsync(Migrator migrator, MigrationTarget target, bool dryRun, Output output, CancellationToken cancellationToken)
    {
        if (dryRun)
        {
            var plan = await migrator.PlanAsync(MigrationOperation.Up, target, cancellationToken).ConfigureAwait(false);
            output.Plan(plan);
            return plan.Problems.Count > 0 ? ExitCodes.Refused : ExitCodes.Success;
        }
        output.Result(await migrator.MigrateAsync(target, cancellationToken).ConfigureAwait(false));
        return ExitCodes.Success;
    }

    private static MigrationTarget Target(long? order, int? steps, MigrationTarget fallback) =>
        order is { } o ? MigrationTarget.ToOrder(o) : steps is { } s ? MigrationTarget.StepCount(s) : fallback;

    private static async Task<int> RunAsync(string command, ParseResult parse, Func<ParseResult, MigratorOptions, Migrator> createMigrator, CancellationToken cancellationToken, Func<Migrator, Output, Task<int>> run)
    {
        var output = new Output(parse.GetValue(JsonOption), Console.Out);
        var exitCode = await RunCommandAsync(parse, createMigrator, cancellationToken, run, output).ConfigureAwait(false);
        output.Finish(command, exitCode);
        return exitCode;
    }

    private static async Task<int> RunCommandAsync(ParseResult parse, Func<ParseResult, MigratorOptions, Migrator> createMigrator, CancellationToken cancellationToken, Func<Migrator, Output, Task<int>> command, Output output)
    {
        var options = new MigratorOptions();
        if (!output.Json) options.MigrationApplied = output.Progress;
        if (parse.GetValue(LockTimeoutOption) is { } seconds) options.Lock.WaitTimeout = TimeSpan.FromSeconds(seconds);
        try
        {
            var migrator = createMigrator(parse, options);
            await using var migratorScope = migrator.ConfigureAwait(false);
            return await command(migrator, output).ConfigureAwait(false);
        }
        catch (MigrationException exception)
        {
            output.Error(exception);
            return ExitCodeOf(exception);
        }
        catch (OperationCanceledException exception) when (cancellationToken.IsCancellationRequested)
        {
            // Cancelled outside a run (a status or verify read): nothing was changed.
            output.Error(new MigrationCanceledException(null, MigrationOperation.Verify, null, exception));
            return ExitCodes.Canceled;
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or ArgumentException or InvalidOperationException)
        {
            // Wrong connection string, unreachable server, bad table name: say what and stop; never echo the connection string.
            output.Error(exception);
            return ExitCodes.Error;
        }
    }

    /// <summary>The exit code of a command that ended with <paramref name="exception"/>.</summary>
    internal static int ExitCodeOf(Exception? exception) => exception switch
    {
        null => ExitCodes.Success,
        MigrationPlanException plan when plan.Problems.All(p => p.Kind == PlanProblemKind.NotApplied) => ExitCodes.Pending,
        MigrationPlanException => ExitCodes.Refused,
        MigrationLockTimeoutException => ExitCodes.LockTimeout,
        MigrationCanceledException or OperationCanceledException => ExitCodes.Canceled,
        MigrationFailedException or MigrationLockLostException or MigrationDeadlineExceededException => ExitCodes.MigrationFailed,
        _ => ExitCodes.Error,
    };

    internal static PlanResult PlanJson(MigrationPlan plan) => new(
        plan.Operation,
        plan.Target.ToString(),
        plan.LastAppliedOrder,
        plan.IsUpToDate,
        [.. plan.Applied.Select(m => new MigrationJson(m.Order, m.Name))],
        [.. plan.Pending.Select(m => new MigrationJson(m.Order, m.Name))],
        [.. plan.Steps.Select(step => new StepJson(step.Migration.Order, step.Migration.Name, step.Kind))],
        [.. plan.Problems.Select(problem => new ProblemJson(problem.Kind, problem.Order, problem.Name, problem.Message))],
        [.. plan.AheadCompatible.Select(entry => new MigrationJson(entry.Order, entry.Name))]);

    internal static RunResult RunJson(MigrationRunResult result) => new(
        result.Plan.Operation,
        result.WasUpToDate,
        result.LastAppliedOrder,
        [.. result.Applied.Select(step => new AppliedStepJson(step.Order, step.Name, step.Kind, Math.Round(step.Duration.TotalMilliseconds, 1)))]);

    internal static CommandError ErrorJson(Exception exception) => exception is MigrationException migration
        ? new CommandError(
            exception.GetType().Name,
            exception.Message,
            migration.Operation,
            migration.Order,
            migration.MigrationName,
            migration.LastAppliedOrder,
            migration is MigrationPlanException plan ? [.. plan.Problems.Select(problem => new ProblemJson(problem.Kind, problem.Order, problem.Name, problem.Message))] : null,
            migration.LeftAs)
        : new CommandError(exception.GetType().Name, exception.Message, null, null, null, null, null);

    /// <summary>
    /// Writes for people (text, as things happen) or for machines: with <c>--json</c> the command's result or error
    /// is kept and written once, in the envelope, when the exit code is known (<see cref="Finish"/>).
    /// </summary>
    private sealed class Output(bool json, TextWriter writer)
    {
        private object? _result;
        private CommandError? _error;

        public bool Json { get; } = json;

        public void Progress(AppliedMigration step) =>
            writer.WriteLine($"  {Verb(step.Kind),-9}{step.Order,6} {step.Name} ({step.Duration.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)} ms)");

        public void Plan(MigrationPlan plan)
        {
            if (!Json)
            {
                writer.WriteLine(plan.Describe());
                return;
            }
            _result = PlanJson(plan);
        }

        public void Result(MigrationRunResult result)
        {
            if (!Json)
            {
                // Progress lines were written as each migration finished.
                var position = result.LastAppliedOrder;
                writer.WriteLine(result.WasUpToDate
                    ? result.Plan.Operation == MigrationOperation.Down
                        ? $"Nothing to revert: the database is at {Position(position)}."
                        : $"Database is up to date (at {Position(position)})."
                    : $"{(result.Plan.Operation == MigrationOperation.Down ? "Reverted" : "Applied")} {result.Applied.Count} migration(s); the database is at {Position(position)}.");
                return;
            }
            _result = RunJson(result);
        }

        public void Script(string script)
        {
            if (!Json) writer.Write(script);
            else _result = new ScriptResult(script);
        }

        public void Message(string status, string text)
        {
            if (!Json) writer.WriteLine(text);
            else _result = new MessageResult(status, text);
        }

        public void Error(Exception exception)
        {
            if (!Json)
            {
                Console.Error.WriteLine(exception.Message);
                return;
            }
            _result = null;
            _error = ErrorJson(exception);
        }

        /// <summary>With <c>--json</c>, writes the envelope of the command that ran; nothing for text output.</summary>
        public void Finish(string command, int exitCode)
        {
            if (!Json) return;
            writer.WriteLine(CommandJsonContext.Serialize(new CommandEnvelope(CommandEnvelope.CurrentSchemaVersion, command, exitCode, _result, _error)));
        }

        private static string Position(long? order) => order is { } o ? "migration " + o.ToString(CultureInfo.InvariantCulture) : "no migration";

        private static string Verb(PlanStepKind kind) => kind switch
        {
            PlanStepKind.Apply => "applied",
            PlanStepKind.Skip => "skipped",
            PlanStepKind.Baseline => "baseline",
            PlanStepKind.Revert => "reverted",
            _ => "forgot",
        };
    }
}
