using System.Diagnostics;

namespace GeneratedMigrations;

/// <summary>
/// Runs one catalogue against many databases (one per tenant, say): migrate, verify or read the status of each, a
/// bounded number at a time. One database that fails does not stop the others (unless <see cref="MigrationFleetOptions.FailFast"/>);
/// every database gets a result, named by its store's <see cref="MigrationStore.DisplayName"/> (never a connection string).
/// </summary>
/// <example>
/// <code>
/// var fleet = new MigrationFleet(AppMigrations.Catalog, new MigrationFleetOptions { Parallelism = 8 });
/// var result = await fleet.MigrateAsync(FleetDatabase.FromConnectionStrings(tenants, cs => new NpgsqlMigrationStore(cs)));
/// foreach (var failed in result.Databases.Where(d => d.Outcome == FleetOutcome.Failed)) Console.WriteLine($"{failed.Database}: {failed.Error!.Message}");
/// </code>
/// </example>
public sealed class MigrationFleet
{
    private readonly MigrationCatalog _catalog;
    private readonly MigrationFleetOptions _options;

    /// <summary>Creates a fleet runner for a catalogue.</summary>
    /// <param name="catalog">The migrations of this build.</param>
    /// <param name="options">Parallelism, fail-fast and per-database settings; defaults when omitted.</param>
    public MigrationFleet(MigrationCatalog catalog, MigrationFleetOptions? options = null)
    {
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _options = options ?? new MigrationFleetOptions();
        if (_options.Parallelism < 1) throw new ArgumentOutOfRangeException(nameof(options), _options.Parallelism, "Parallelism must be at least 1.");
    }

    /// <summary>Applies every pending migration to each database (<see cref="Migrator.MigrateAsync(CancellationToken)"/>).</summary>
    /// <param name="databases">The databases, in the order results are reported.</param>
    /// <param name="cancellationToken">Cancels the runs in progress (each rolls back and releases its lock) and the ones not started.</param>
    public Task<MigrationFleetResult> MigrateAsync(IReadOnlyList<FleetDatabase> databases, CancellationToken cancellationToken = default) =>
        RunAsync(databases, FleetCommand.Migrate, cancellationToken);

    /// <summary>Checks that each database matches this build with nothing pending (<see cref="Migrator.VerifyAsync"/>). Changes nothing.</summary>
    /// <inheritdoc cref="MigrateAsync" path="/param"/>
    public Task<MigrationFleetResult> VerifyAsync(IReadOnlyList<FleetDatabase> databases, CancellationToken cancellationToken = default) =>
        RunAsync(databases, FleetCommand.Verify, cancellationToken);

    /// <summary>Reads the plan of each database (<see cref="Migrator.GetStatusAsync"/>). Changes nothing.</summary>
    /// <inheritdoc cref="MigrateAsync" path="/param"/>
    public Task<MigrationFleetResult> GetStatusAsync(IReadOnlyList<FleetDatabase> databases, CancellationToken cancellationToken = default) =>
        RunAsync(databases, FleetCommand.Status, cancellationToken);

    /// <summary>
    /// The share of <paramref name="items"/> that runner <paramref name="index"/> of <paramref name="count"/> takes: every
    /// <paramref name="count"/>-th item starting at <paramref name="index"/> (0-based, as Kubernetes' <c>JOB_COMPLETION_INDEX</c>),
    /// so <paramref name="count"/> runners given the same list cover every item exactly once.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1, or <paramref name="index"/> is not in 0..count-1.</exception>
    public static IReadOnlyList<T> Shard<T>(IReadOnlyList<T> items, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "A fleet is split between at least one runner.");
        if (index < 0 || index >= count) throw new ArgumentOutOfRangeException(nameof(index), index, $"A shard index is between 0 and {count - 1}.");
        var share = new List<T>(items.Count / count + 1);
        for (var i = index; i < items.Count; i += count) share.Add(items[i]);
        return share;
    }

    private async Task<MigrationFleetResult> RunAsync(IReadOnlyList<FleetDatabase> databases, FleetCommand operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(databases);
        var results = new FleetDatabaseResult?[databases.Count];
        // Fail-fast stops starting databases; the ones running finish (a half-run batch is worse than a finished one).
        using var stopStarting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(_options.Parallelism);
        var runs = new List<Task>(databases.Count);
        for (var index = 0; index < databases.Count; index++)
        {
            var database = databases[index] ?? throw new ArgumentException($"Database at index {index} is null.", nameof(databases));
            try
            {
                await slots.WaitAsync(stopStarting.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            // A slot released just as fail-fast cancelled may still be handed to this wait: the stop decides, not the race.
            if (stopStarting.IsCancellationRequested)
            {
                slots.Release();
                break;
            }
            var position = index;
            runs.Add(Task.Run(async () =>
            {
                try
                {
                    var result = await RunOneAsync(position, database, operation, cancellationToken).ConfigureAwait(false);
                    results[position] = result;
                    if (_options.FailFast && !IsSuccess(result.Outcome, operation)) await stopStarting.CancelAsync().ConfigureAwait(false);
                    _options.DatabaseCompleted?.Invoke(result);
                }
                finally
                {
                    slots.Release();
                }
            }, CancellationToken.None));
        }
        await Task.WhenAll(runs).ConfigureAwait(false);
        for (var index = 0; index < results.Length; index++)
        {
            if (results[index] is not null) continue;
            var notRun = new FleetDatabaseResult(index, databases[index].Label, FleetOutcome.NotRun, TimeSpan.Zero);
            results[index] = notRun;
            _options.DatabaseCompleted?.Invoke(notRun);
        }
        return new MigrationFleetResult([.. results.Select(r => r!)]);
    }

    private enum FleetCommand
    {
        Migrate,
        Verify,
        Status,
    }

    private static bool IsSuccess(FleetOutcome outcome, FleetCommand operation) =>
        outcome is FleetOutcome.UpToDate or FleetOutcome.Migrated || (outcome == FleetOutcome.Pending && operation == FleetCommand.Status);

    private async Task<FleetDatabaseResult> RunOneAsync(int index, FleetDatabase database, FleetCommand operation, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var name = database.Label;
        try
        {
            var store = database.CreateStore() ?? throw new InvalidOperationException($"The store factory of {database.Label} returned null.");
            name = store.DisplayName;
            var options = _options.CreateMigratorOptions?.Invoke(database) ?? new MigratorOptions();
            var migrator = new Migrator(_catalog, store, options);
            await using var migratorScope = migrator.ConfigureAwait(false);
            switch (operation)
            {
                case FleetCommand.Migrate:
                    var run = await migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
                    return new FleetDatabaseResult(index, name, run.WasUpToDate ? FleetOutcome.UpToDate : FleetOutcome.Migrated, clock.Elapsed) { Plan = run.Plan, Run = run };
                case FleetCommand.Verify:
                    await migrator.VerifyAsync(cancellationToken).ConfigureAwait(false);
                    return new FleetDatabaseResult(index, name, FleetOutcome.UpToDate, clock.Elapsed);
                default:
                    var plan = await migrator.GetStatusAsync(cancellationToken).ConfigureAwait(false);
                    var outcome = plan.Problems.Count > 0 ? FleetOutcome.Refused : plan.Pending.Count > 0 ? FleetOutcome.Pending : FleetOutcome.UpToDate;
                    return new FleetDatabaseResult(index, name, outcome, clock.Elapsed) { Plan = plan };
            }
        }
        catch (MigrationPlanException exception)
        {
            var outcome = exception.Problems.All(p => p.Kind == PlanProblemKind.NotApplied) ? FleetOutcome.Pending : FleetOutcome.Refused;
            return new FleetDatabaseResult(index, name, outcome, clock.Elapsed) { Error = exception };
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Anything else is this database's failure (unreachable, not a database, a failing migration, a bad connection
            // string): reported with it, never allowed to stop the others.
            return new FleetDatabaseResult(index, name, FleetOutcome.Failed, clock.Elapsed) { Error = exception };
        }
    }
}

/// <summary>One database of a fleet: how to open its store, and what to call it if that fails.</summary>
public sealed class FleetDatabase
{
    /// <summary>Describes a database of a fleet.</summary>
    /// <param name="label">
    /// What to call the database when its store cannot even be created (a malformed connection string), such as
    /// <c>tenants.txt:12</c>; never a connection string. Once created, the store's <see cref="MigrationStore.DisplayName"/> names it.
    /// </param>
    /// <param name="createStore">Creates the database's store; called once, on the fleet's worker, and disposed after the run.</param>
    public FleetDatabase(string label, Func<MigrationStore> createStore)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        Label = label;
        CreateStore = createStore ?? throw new ArgumentNullException(nameof(createStore));
    }

    /// <summary>What to call the database when its store cannot be created.</summary>
    public string Label { get; }

    /// <summary>Creates the database's store.</summary>
    public Func<MigrationStore> CreateStore { get; }

    /// <summary>One database per connection string, labelled <c>connection 1</c>, <c>connection 2</c>… until its store names it.</summary>
    /// <param name="connectionStrings">The connection strings, in order.</param>
    /// <param name="createStore">Creates a store for a connection string (for example <c>cs =&gt; new NpgsqlMigrationStore(cs)</c>).</param>
    public static IReadOnlyList<FleetDatabase> FromConnectionStrings(IEnumerable<string> connectionStrings, Func<string, MigrationStore> createStore)
    {
        ArgumentNullException.ThrowIfNull(connectionStrings);
        ArgumentNullException.ThrowIfNull(createStore);
        return [.. connectionStrings.Select((connectionString, index) =>
            new FleetDatabase("connection " + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), () => createStore(connectionString)))];
    }

    /// <summary>Returns the label.</summary>
    public override string ToString() => Label;
}

/// <summary>Settings of a <see cref="MigrationFleet"/>.</summary>
public sealed class MigrationFleetOptions
{
    /// <summary>How many databases are worked on at once. Default: 4.</summary>
    public int Parallelism { get; set; } = 4;

    /// <summary>
    /// Stop starting databases after the first one that does not succeed (refused, failed, or for verify pending); the ones
    /// already running finish, the rest are reported <see cref="FleetOutcome.NotRun"/>. Default: off, every database is tried.
    /// </summary>
    public bool FailFast { get; set; }

    /// <summary>The runner settings of one database (its logger, lock timeouts, progress callback); defaults when not set.</summary>
    public Func<FleetDatabase, MigratorOptions>? CreateMigratorOptions { get; set; }

    /// <summary>Called as each database finishes (from the worker that ran it; calls may overlap), for progress output.</summary>
    public Action<FleetDatabaseResult>? DatabaseCompleted { get; set; }
}

/// <summary>How one database of a fleet ended.</summary>
public enum FleetOutcome
{
    /// <summary>Nothing to do: up to date (for verify, verified).</summary>
    UpToDate,

    /// <summary>Migrations were applied.</summary>
    Migrated,

    /// <summary>Migrations are pending (status and verify).</summary>
    Pending,

    /// <summary>The database and this build disagree; nothing was applied.</summary>
    Refused,

    /// <summary>The run failed: a migration failed, the database could not be reached or read, the lock timed out, it was cancelled.</summary>
    Failed,

    /// <summary>Not started: fail-fast or cancellation stopped the fleet first.</summary>
    NotRun,
}

/// <summary>What happened to one database of a fleet.</summary>
/// <param name="Index">Its position in the list the fleet was given.</param>
/// <param name="Database">Its name: the store's display name (server and database, or file), or the label when the store could not be created.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Duration">How long it took.</param>
public sealed record FleetDatabaseResult(int Index, string Database, FleetOutcome Outcome, TimeSpan Duration)
{
    /// <summary>The plan (status, or the plan a migrate run carried out); <see langword="null"/> after an error or a verify.</summary>
    public MigrationPlan? Plan { get; init; }

    /// <summary>What a migrate run did; <see langword="null"/> for other operations and after an error.</summary>
    public MigrationRunResult? Run { get; init; }

    /// <summary>Why it did not succeed; <see langword="null"/> on success.</summary>
    public Exception? Error { get; init; }
}

/// <summary>What a fleet run did to every database.</summary>
public sealed class MigrationFleetResult
{
    private static readonly FleetOutcome[] Outcomes =
        [FleetOutcome.UpToDate, FleetOutcome.Migrated, FleetOutcome.Pending, FleetOutcome.Refused, FleetOutcome.Failed, FleetOutcome.NotRun];

    internal MigrationFleetResult(IReadOnlyList<FleetDatabaseResult> databases)
    {
        Databases = databases;
    }

    /// <summary>One result per database, in the order the databases were given.</summary>
    public IReadOnlyList<FleetDatabaseResult> Databases { get; }

    /// <summary>How many databases ended with <paramref name="outcome"/>.</summary>
    public int Count(FleetOutcome outcome) => Databases.Count(d => d.Outcome == outcome);

    /// <summary>"200 database(s): 198 migrated, 1 up to date, 1 failed", outcomes that occurred only.</summary>
    public string Summary()
    {
        var parts = Outcomes.Where(o => Count(o) > 0)
            .Select(o => Count(o).ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + OutcomeText(o));
        return $"{Databases.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} database(s): {string.Join(", ", parts)}";
    }

    /// <summary>How an outcome reads in text output: <c>up to date</c>, <c>migrated</c>, <c>pending</c>, <c>refused</c>, <c>failed</c>, <c>not run</c>.</summary>
    public static string OutcomeText(FleetOutcome outcome) => outcome switch
    {
        FleetOutcome.UpToDate => "up to date",
        FleetOutcome.Migrated => "migrated",
        FleetOutcome.Pending => "pending",
        FleetOutcome.Refused => "refused",
        FleetOutcome.Failed => "failed",
        _ => "not run",
    };
}
