using System.CommandLine;
using System.Runtime.InteropServices;
using System.Globalization;
using System.Text;
using System.Text.Json;

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

    /// <summary>
    /// Adds the migration commands to <paramref name="root"/>.
    /// </summary>
    /// <param name="root">The app's root command.</param>
    /// <param name="createMigrator">
    /// Creates the migrator for a command from the parse result (to read the app's own options, such as a
    /// connection string) and the options the command prepared (progress output); pass those options on.
    /// </param>
    public static void AddTo(RootCommand root, Func<ParseResult, MigratorOptions, Migrator> createMigrator)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(createMigrator);
        if (!root.Options.Contains(JsonOption)) root.Options.Add(JsonOption);
        if (!root.Options.Contains(LockTimeoutOption)) root.Options.Add(LockTimeoutOption);

        var status = new Command("status", "Show applied and pending migrations, and any disagreement between the database and this build.");
        status.SetAction((parse, ct) => RunAsync(parse, createMigrator, ct, async (migrator, output) =>
        {
            var plan = await migrator.GetStatusAsync(ct).ConfigureAwait(false);
            output.Plan(plan);
            return plan.Problems.Count > 0 ? ExitCodes.Refused : ExitCodes.Success;
        }));

        var upTo = new Option<long?>("--to") { Description = "Apply pending migrations up to and including this order." };
        var upSteps = new Option<int?>("--steps") { Description = "Apply this many migrations (1 = up one)." };
        var upDryRun = new Option<bool>("--dry-run") { Description = "Show the plan; change nothing." };
        var up = new Command("up", "Apply pending migrations (all, or up to --to, or --steps of them).") { upTo, upSteps, upDryRun };
        up.SetAction((parse, ct) => RunAsync(parse, createMigrator, ct, (migrator, output) =>
            UpAsync(migrator, Target(parse.GetValue(upTo), parse.GetValue(upSteps), MigrationTarget.Latest), parse.GetValue(upDryRun), output, ct)));

        var downTo = new Option<long?>("--to") { Description = "Revert migrations above this order (0 reverts all)." };
        var downSteps = new Option<int?>("--steps") { Description = "Revert this many migrations (default: 1)." };
        var downDryRun = new Option<bool>("--dry-run") { Description = "Show the plan; change nothing." };
        var down = new Command("down", "Revert applied migrations, newest first (one, --steps of them, or down to --to).") { downTo, downSteps, downDryRun };
        down.SetAction((parse, ct) => RunAsync(parse, createMigrator, ct, async (migrator, output) =>
        {
            var target = Target(parse.GetValue(downTo), parse.GetValue(downSteps), MigrationTarget.OneStep);
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
        verify.SetAction((parse, ct) => RunAsync(parse, createMigrator, ct, async (migrator, output) =>
        {
            await migrator.VerifyAsync(ct).ConfigureAwait(false);
            output.Message("verified", "The database matches this build; nothing is pending.");
            return ExitCodes.Success;
        }));

        var scriptTo = new Option<long?>("--to") { Description = "Script pending migrations up to and including this order." };
        var script = new Command("script", "Write the SQL of pending .sql migrations, with their ledger rows, for review. Changes nothing.") { scriptTo };
        script.SetAction((parse, ct) => RunAsync(parse, createMigrator, ct, async (migrator, output) =>
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
        repair.SetAction((parse, ct) => RunAsync(parse, createMigrator, ct, async (migrator, output) =>
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
        RunAsync(parse, createMigrator, cancellationToken, (migrator, output) => UpAsync(migrator, MigrationTarget.Latest, false, output, cancellationToken));

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

    private static async Task<int> RunAsync(ParseResult parse, Func<ParseResult, MigratorOptions, Migrator> createMigrator, CancellationToken cancellationToken, Func<Migrator, Output, Task<int>> command)
    {
        var output = new Output(parse.GetValue(JsonOption), Console.Out);
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
            return exception switch
            {
                MigrationPlanException plan when plan.Problems.All(p => p.Kind == PlanProblemKind.NotApplied) => ExitCodes.Pending,
                MigrationPlanException => ExitCodes.Refused,
                MigrationLockTimeoutException => ExitCodes.LockTimeout,
                MigrationCanceledException => ExitCodes.Canceled,
                MigrationFailedException or MigrationLockLostException or MigrationDeadlineExceededException => ExitCodes.MigrationFailed,
                _ => ExitCodes.Error,
            };
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

    /// <summary>Writes for people (text) or for machines (one JSON document per command).</summary>
    private sealed class Output(bool json, TextWriter writer)
    {
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
            Write(w =>
            {
                w.WriteString("operation", plan.Operation.ToString().ToLowerInvariant());
                w.WriteString("target", plan.Target.ToString());
                WriteNumberOrNull(w, "lastApplied", plan.LastAppliedOrder);
                w.WriteBoolean("upToDate", plan.IsUpToDate);
                WriteMigrations(w, "applied", plan.Applied);
                WriteMigrations(w, "pending", plan.Pending);
                w.WriteStartArray("steps");
                foreach (var step in plan.Steps)
                {
                    w.WriteStartObject();
                    w.WriteNumber("order", step.Migration.Order);
                    w.WriteString("name", step.Migration.Name);
                    w.WriteString("kind", Verb(step.Kind));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                WriteProblems(w, plan.Problems);
            });
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
            Write(w =>
            {
                w.WriteBoolean("upToDate", result.WasUpToDate);
                w.WriteStartArray("steps");
                foreach (var step in result.Applied)
                {
                    w.WriteStartObject();
                    w.WriteNumber("order", step.Order);
                    w.WriteString("name", step.Name);
                    w.WriteString("kind", Verb(step.Kind));
                    w.WriteNumber("durationMs", Math.Round(step.Duration.TotalMilliseconds, 1));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            });
        }

        public void Script(string script)
        {
            if (!Json) writer.Write(script);
            else Write(w => w.WriteString("script", script));
        }

        public void Message(string status, string text)
        {
            if (!Json) writer.WriteLine(text);
            else Write(w =>
            {
                w.WriteString("status", status);
                w.WriteString("message", text);
            });
        }

        public void Error(Exception exception)
        {
            if (!Json)
            {
                Console.Error.WriteLine(exception.Message);
                return;
            }
            Write(w =>
            {
                w.WriteStartObject("error");
                w.WriteString("type", exception.GetType().Name);
                w.WriteString("message", exception.Message);
                if (exception is MigrationException migration)
                {
                    w.WriteString("operation", migration.Operation.ToString().ToLowerInvariant());
                    WriteNumberOrNull(w, "order", migration.Order);
                    w.WriteString("name", migration.MigrationName);
                    WriteNumberOrNull(w, "lastApplied", migration.LastAppliedOrder);
                    if (migration.LeftAs is { } leftAs) w.WriteString("leftAs", LedgerStatusNames.ToText(leftAs));
                    if (migration is MigrationPlanException plan) WriteProblems(w, plan.Problems);
                }
                w.WriteEndObject();
            });
        }

        private void Write(Action<Utf8JsonWriter> body)
        {
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                w.WriteStartObject();
                body(w);
                w.WriteEndObject();
            }
            writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        }

        private static void WriteMigrations(Utf8JsonWriter w, string name, IReadOnlyList<MigrationDescriptor> migrations)
        {
            w.WriteStartArray(name);
            foreach (var migration in migrations)
            {
                w.WriteStartObject();
                w.WriteNumber("order", migration.Order);
                w.WriteString("name", migration.Name);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        private static void WriteProblems(Utf8JsonWriter w, IReadOnlyList<PlanProblem> problems)
        {
            w.WriteStartArray("problems");
            foreach (var problem in problems)
            {
                w.WriteStartObject();
                w.WriteString("kind", problem.Kind.ToString());
                w.WriteNumber("order", problem.Order);
                w.WriteString("name", problem.Name);
                w.WriteString("message", problem.Message);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        private static void WriteNumberOrNull(Utf8JsonWriter w, string name, long? value)
        {
            if (value is { } number) w.WriteNumber(name, number);
            else w.WriteNull(name);
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
