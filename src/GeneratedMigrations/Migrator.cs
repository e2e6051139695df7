using System.Text;

namespace GeneratedMigrations;

/// <summary>
/// Applies a catalogue of migrations to a database. Before anything runs it compares the catalogue with
/// the database's ledger and refuses, listing every problem, when they disagree. Each migration runs in
/// its own transaction together with its ledger row, under a cross-process lock.
/// </summary>
/// <example>
/// <code>
/// await using var migrator = new Migrator(AppMigrations.Catalog, new SqliteMigrationStore("Data Source=app.db"));
/// await migrator.MigrateAsync();
/// </code>
/// </example>
public sealed class Migrator : IAsyncDisposable
{
    private readonly MigrationCatalog _catalog;
    private readonly MigrationStore _store;
    private readonly MigratorOptions _options;
    private readonly MigrationExecutor _executor;
    private readonly bool _ownsStore;

    /// <summary>Creates a runner.</summary>
    /// <param name="catalog">The migrations of this build, usually <c>AppMigrations.Catalog</c>.</param>
    /// <param name="store">The database to migrate.</param>
    /// <param name="options">Settings; defaults when omitted.</param>
    /// <param name="ownsStore">Whether disposing the runner disposes <paramref name="store"/> (the default); pass <see langword="false"/> for a store shared with other code.</param>
    public Migrator(MigrationCatalog catalog, MigrationStore store, MigratorOptions? options = null, bool ownsStore = true)
    {
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options ?? new MigratorOptions();
        _ownsStore = ownsStore;
        _executor = new MigrationExecutor(_catalog, _store, _options);
    }

    /// <summary>The catalogue this runner applies.</summary>
    public MigrationCatalog Catalog => _catalog;

    /// <summary>Compares the catalogue with the ledger and returns the plan up to the latest migration, problems included. Changes nothing.</summary>
    public Task<MigrationPlan> GetStatusAsync(CancellationToken cancellationToken = default) =>
        PlanAsync(MigrationOperation.Up, MigrationTarget.Latest, cancellationToken);

    /// <summary>A dry run: the plan an up or down operation would carry out, read without a lock. Changes nothing.</summary>
    /// <param name="operation"><see cref="MigrationOperation.Up"/> or <see cref="MigrationOperation.Down"/>.</param>
    /// <param name="target">Where the operation would stop.</param>
    /// <param name="cancellationToken">Cancels the ledger read.</param>
    public async Task<MigrationPlan> PlanAsync(MigrationOperation operation, MigrationTarget target, CancellationToken cancellationToken = default)
    {
        return await _executor.PlanAsync(operation, target, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Fails fast when the database does not match this build: any planner problem, or any migration not
    /// yet applied. Changes nothing. Use it at start-up of an app whose migrations run in a deploy step.
    /// </summary>
    /// <exception cref="MigrationPlanException">The database and this build disagree, or migrations are pending.</exception>
    public async Task VerifyAsync(CancellationToken cancellationToken = default)
    {
        // Planned as an up run, but read as a verify: a damaged ledger or a failing database is reported as one.
        var plan = await _executor.PlanAsync(MigrationOperation.Verify, MigrationTarget.Latest, cancellationToken).ConfigureAwait(false);
        if (plan.IsUpToDate) return;
        var problems = plan.Problems.ToList();
        foreach (var migration in plan.Pending)
        {
            if (problems.Exists(p => p.Order == migration.Order)) continue;
            problems.Add(new PlanProblem(PlanProblemKind.NotApplied, migration.Order, migration.Name,
                $"Migration {migration.Order} '{migration.Name}' has not been applied. Run the migrations (MigrateAsync, or the app's 'up' command) before starting this build."));
        }
        throw new MigrationPlanException(problems, MigrationOperation.Verify, plan.LastAppliedOrder);
    }

    /// <summary>
    /// Applies every pending migration in order. When the database is up to date this costs one read of
    /// the ledger and writes nothing; otherwise it takes the lock, plans again under it, and applies.
    /// </summary>
    /// <exception cref="MigrationPlanException">The database and this build disagree; nothing was applied.</exception>
    /// <exception cref="MigrationFailedException">A migration threw; it was rolled back, earlier ones stay applied.</exception>
    /// <exception cref="MigrationLockTimeoutException">Another process held the lock too long; nothing was applied.</exception>
    /// <exception cref="MigrationCanceledException">The token was cancelled: the running migration was rolled back (or, outside a transaction, recorded FAILED) and the lock released.</exception>
    /// <exception cref="MigrationDeadlineExceededException">The run passed <see cref="MigrationLockOptions.OverallDeadline"/>, waiting for the lock included.</exception>
    /// <exception cref="MigrationDatabaseException">The database failed (connection broken, server stopped, disk full); not the migration's fault.</exception>
    /// <exception cref="MigrationLockLostException">The lock was lost while a migration ran; that migration did not commit.</exception>
    /// <exception cref="MigrationLedgerException">The ledger is damaged or has another shape; nothing was applied.</exception>
    public Task<MigrationRunResult> MigrateAsync(CancellationToken cancellationToken = default) =>
        MigrateAsync(MigrationTarget.Latest, cancellationToken);

    /// <summary>Applies pending migrations up to a target: the latest, one step, a number of steps, or an order.</summary>
    /// <inheritdoc cref="MigrateAsync(CancellationToken)" path="/exception"/>
    public Task<MigrationRunResult> MigrateAsync(MigrationTarget target, CancellationToken cancellationToken = default) =>
        RunAsync(MigrationOperation.Up, target, cancellationToken);

    /// <summary>
    /// Reverts applied migrations, newest first, down to a target: one step, a number of steps, or an order
    /// (0 reverts everything). A plan that crosses an irreversible migration is refused before anything runs.
    /// </summary>
    /// <exception cref="MigrationPlanException">The plan crosses an irreversible migration or a baseline, or the database and this build disagree; nothing was reverted.</exception>
    /// <exception cref="MigrationFailedException">A down step threw; it was rolled back.</exception>
    public Task<MigrationRunResult> RevertAsync(RevertTarget target, CancellationToken cancellationToken = default) =>
        RunAsync(MigrationOperation.Down, target, cancellationToken);

    /// <summary>
    /// Fixes one ledger row by hand, under the lock: after a non-transactional migration was left STARTED or
    /// FAILED, to undo a skip, or to accept a deliberate edit of an applied migration.
    /// </summary>
    /// <param name="order">The migration's order.</param>
    /// <param name="action">Mark it completed with this build's name and checksum, or forget it so it runs again.</param>
    /// <param name="cancellationToken">Cancels the repair.</param>
    /// <returns>The row as it was before the repair.</returns>
    /// <exception cref="MigrationRepairException">The ledger has no row for that order, or the build does not know it.</exception>
    public Task<LedgerEntry> RepairAsync(long order, RepairAction action, CancellationToken cancellationToken = default) =>
        _executor.RepairAsync(order, action, _executor.AppliedBy(), cancellationToken);

    /// <summary>
    /// The SQL that an up operation would run, as one script for review: each pending <c>.sql</c> migration in
    /// its own transaction, with its ledger row. Changes nothing.
    /// </summary>
    /// <param name="target">Where the script stops; the latest migration when omitted.</param>
    /// <param name="cancellationToken">Cancels the ledger read.</param>
    /// <exception cref="MigrationPlanException">The database and this build disagree.</exception>
    /// <exception cref="MigrationScriptException">A pending migration in the range is a C# migration, which has no SQL to show.</exception>
    public async Task<string> ScriptAsync(MigrationTarget? target = null, CancellationToken cancellationToken = default)
    {
        var plan = await PlanAsync(MigrationOperation.Up, target ?? MigrationTarget.Latest, cancellationToken).ConfigureAwait(false);
        _executor.ThrowIfProblems(plan);
        var script = new StringBuilder();
        script.Append("-- GeneratedMigrations script for ").Append(_store.DisplayName).Append(", ").Append(plan.Describe().Split('\n')[0]).Append('\n');
        // A fresh database has no ledger yet; the script creates it as a run would, so its inserts have somewhere to go.
        if (plan.Steps.Count > 0 && _store.ScriptLedgerSetup() is { Length: > 0 } setup) script.Append('\n').Append(setup);
        var appliedBy = _executor.AppliedBy();
        foreach (var step in plan.Steps)
        {
            var migration = step.Migration;
            var runs = step.Kind is PlanStepKind.Apply or PlanStepKind.Baseline;
            if (runs && migration.UpSql is null) throw new MigrationScriptException(migration, plan.LastAppliedOrder);
            script.Append('\n').Append("-- ").Append(step).Append('\n');
            if (migration.RunsInTransaction) script.Append("BEGIN;\n");
            if (runs)
            {
                foreach (var statement in SqlStatementSplitter.Split(migration.UpSql!)) script.Append(SqlStatementSplitter.Terminate(statement));
            }
            foreach (var entry in MigrationExecutor.LedgerEntriesFor(step, DateTimeOffset.UtcNow, TimeSpan.Zero, appliedBy))
            {
                script.Append(_store.ScriptLedgerEntry(entry, plan.IsReleased(entry.Order) ? LedgerStatus.Pending : null)).Append(";\n");
            }
            if (migration.RunsInTransaction) script.Append("COMMIT;\n");
        }
        return script.ToString();
    }

    private Task<MigrationRunResult> RunAsync(MigrationOperation operation, MigrationTarget target, CancellationToken cancellationToken) =>
        _executor.RunAsync(operation, target, cancellationToken);

    /// <summary>Disposes the store, unless the runner was told it does not own it.</summary>
    public ValueTask DisposeAsync() => _ownsStore ? _store.DisposeAsync() : ValueTask.CompletedTask;
}
