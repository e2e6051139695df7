using System.Data.Common;
using System.Diagnostics;
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

    /// <summary>Creates a runner. The runner owns <paramref name="store"/> and disposes it.</summary>
    /// <param name="catalog">The migrations of this build, usually <c>AppMigrations.Catalog</c>.</param>
    /// <param name="store">The database to migrate.</param>
    /// <param name="options">Settings; defaults when omitted.</param>
    public Migrator(MigrationCatalog catalog, MigrationStore store, MigratorOptions? options = null)
    {
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options ?? new MigratorOptions();
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
        var ledger = await _store.ReadLedgerAsync(cancellationToken).ConfigureAwait(false);
        return Plan(operation, target, ledger);
    }

    /// <summary>
    /// Fails fast when the database does not match this build: any planner problem, or any migration not
    /// yet applied. Changes nothing. Use it at start-up of an app whose migrations run in a deploy step.
    /// </summary>
    /// <exception cref="MigrationPlanException">The database and this build disagree, or migrations are pending.</exception>
    public async Task VerifyAsync(CancellationToken cancellationToken = default)
    {
        var plan = await GetStatusAsync(cancellationToken).ConfigureAwait(false);
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
    public Task<MigrationRunResult> RevertAsync(MigrationTarget target, CancellationToken cancellationToken = default) =>
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
    public async Task<LedgerEntry> RepairAsync(long order, RepairAction action, CancellationToken cancellationToken = default)
    {
        var logger = _options.Logger;
        await using var migrationLock = await AcquireLockAsync(MigrationOperation.Repair, null, cancellationToken).ConfigureAwait(false);
        var ledger = await _store.ReadLedgerAsync(cancellationToken).ConfigureAwait(false);
        var lastApplied = Plan(MigrationOperation.Up, MigrationTarget.Latest, ledger).LastAppliedOrder;
        var entry = ledger.FirstOrDefault(e => e.Order == order)
            ?? throw new MigrationRepairException($"The ledger has no row for migration {order}; there is nothing to repair.", order, lastApplied);
        var migration = _catalog.Find(order);
        if (action == RepairAction.MarkCompleted && migration is null)
        {
            throw new MigrationRepairException(
                $"Migration {order} '{entry.Name}' is not in this build, so it cannot be marked completed. Use 'repair {order} --forget' to remove its row.", order, lastApplied);
        }

        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _store.BeginTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        await migrationLock.ConfirmHeldAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        if (action == RepairAction.Forget && entry.Status == LedgerStatus.Skipped && migration is not null)
        {
            // Keep the row as PENDING: deleting it would make the migration look merely out of order, and the ledger
            // would forget that someone decided to run a migration that was skipped.
            await _store.WriteLedgerEntryAsync(connection, transaction, entry with { Status = LedgerStatus.Pending, AppliedBy = AppliedBy() }, cancellationToken).ConfigureAwait(false);
        }
        else if (action == RepairAction.Forget)
        {
            await _store.DeleteLedgerEntryAsync(connection, transaction, order, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var repaired = entry with { Name = migration!.Name, Checksum = migration.Checksum, Status = LedgerStatus.Completed, AppliedBy = AppliedBy() };
            await _store.WriteLedgerEntryAsync(connection, transaction, repaired, cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        Log.Repaired(logger, order, entry.Name, LedgerStatusNames.ToText(entry.Status), action.ToString());
        return entry;
    }

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
        ThrowIfProblems(plan);
        var script = new StringBuilder();
        script.Append("-- GeneratedMigrations script for ").Append(_store.DisplayName).Append(", ").Append(plan.Describe().Split('\n')[0]).Append('\n');
        // A fresh database has no ledger yet; the script creates it as a run would, so its inserts have somewhere to go.
        if (plan.Steps.Count > 0 && _store.ScriptLedgerSetup() is { Length: > 0 } setup) script.Append('\n').Append(setup);
        var appliedBy = AppliedBy();
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
            foreach (var entry in LedgerEntriesFor(step, DateTimeOffset.UtcNow, TimeSpan.Zero, appliedBy))
            {
                script.Append(_store.ScriptLedgerEntry(entry)).Append(";\n");
            }
            if (migration.RunsInTransaction) script.Append("COMMIT;\n");
        }
        return script.ToString();
    }

    private MigrationPlan Plan(MigrationOperation operation, MigrationTarget target, IReadOnlyList<LedgerEntry> ledger) =>
        operation == MigrationOperation.Down
            ? MigrationPlanner.PlanDown(_catalog, ledger, target, _options.SingleTransaction)
            : MigrationPlanner.PlanUp(_catalog, ledger, _options.AllowOutOfOrder, target, _options.SingleTransaction);

    private async Task<MigrationRunResult> RunAsync(MigrationOperation operation, MigrationTarget target, CancellationToken cancellationToken)
    {
        var logger = _options.Logger;
        var plan = await PlanAsync(operation, target, cancellationToken).ConfigureAwait(false);
        if (plan.Problems.Count > 0)
        {
            plan = await PlanWithRepairProblemsJudgedAsync(plan, operation, target, cancellationToken).ConfigureAwait(false);
        }
        if (plan.Steps.Count == 0 && plan.Problems.Count == 0)
        {
            Log.UpToDate(logger, _store.DisplayName, plan.LastAppliedOrder);
            return new MigrationRunResult([], plan);
        }

        var waited = Stopwatch.StartNew();
        await using var migrationLock = await AcquireLockAsync(operation, plan.LastAppliedOrder, cancellationToken).ConfigureAwait(false);
        Log.LockAcquired(logger, _store.DisplayName, waited.ElapsedMilliseconds);

        // Another process may have migrated while we waited: plan again from the ledger as it is now.
        plan = await PlanOrThrowAsync(operation, target, cancellationToken).ConfigureAwait(false);
        Log.PlanSummary(logger, _store.DisplayName, plan.Applied.Count, plan.Pending.Count, plan.LastAppliedOrder);
        if (plan.Steps.Count == 0)
        {
            Log.UpToDate(logger, _store.DisplayName, plan.LastAppliedOrder);
            return new MigrationRunResult([], plan);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_options.Lock.OverallDeadline is { } limit) deadline.CancelAfter(limit);
        var run = new Run(this, plan, migrationLock, deadline.Token);
        try
        {
            await using var connection = await _store.OpenConnectionAsync(deadline.Token).ConfigureAwait(false);
            if (_options.SingleTransaction) await run.InOneTransactionAsync(connection).ConfigureAwait(false);
            else await run.EachInItsOwnTransactionAsync(connection).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new MigrationDeadlineExceededException(_options.Lock.OverallDeadline!.Value, run.Current, operation, run.LastApplied, exception);
        }
        catch (MigrationFailedException exception) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new MigrationDeadlineExceededException(_options.Lock.OverallDeadline!.Value, run.Current, operation, run.LastApplied, exception);
        }
        return new MigrationRunResult(run.Done, plan) { LastAppliedOrder = run.LastApplied };
    }

    /// <summary>One execution of a plan: the steps done so far and the database position, for results and errors.</summary>
    private sealed class Run(Migrator migrator, MigrationPlan plan, MigrationLock migrationLock, CancellationToken cancellationToken)
    {
        private readonly MigrationStore _store = migrator._store;
        private readonly string _appliedBy = migrator.AppliedBy();

        public List<AppliedMigration> Done { get; } = [];

        public MigrationDescriptor? Current { get; private set; }

        public long? LastApplied { get; private set; } = plan.LastAppliedOrder;

        public async Task EachInItsOwnTransactionAsync(DbConnection connection)
        {
            foreach (var step in plan.Steps)
            {
                Current = step.Migration;
                var clock = Stopwatch.StartNew();
                try
                {
                    if (step.Migration.RunsInTransaction || step.Kind is PlanStepKind.Skip or PlanStepKind.RemoveSkipped)
                    {
                        await using var transaction = await _store.BeginTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
                        await ExecuteAsync(step, connection, transaction, clock).ConfigureAwait(false);
                        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await ExecuteOutsideTransactionAsync(step, connection, clock).ConfigureAwait(false);
                    }
                }
                catch (MigrationLockLostException exception) when (exception.Order is null)
                {
                    // The lock cannot know which migration it interrupted; the run does.
                    Log.MigrationFailed(migrator._options.Logger, step.Migration.Order, step.Migration.Name, clock.ElapsedMilliseconds, exception);
                    throw exception.During(step.Migration, plan.Operation, LastApplied);
                }
                catch (Exception exception) when (exception is not MigrationException && !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
                {
                    Log.MigrationFailed(migrator._options.Logger, step.Migration.Order, step.Migration.Name, clock.ElapsedMilliseconds, exception);
                    throw new MigrationFailedException(step.Migration, plan.Operation, LastApplied, clock.Elapsed, exception);
                }
                Completed(step, clock.Elapsed);
            }
            Current = null;
        }

        public async Task InOneTransactionAsync(DbConnection connection)
        {
            var done = new List<(PlanStep Step, TimeSpan Duration)>();
            var batchStart = LastApplied;
            await using (var transaction = await _store.BeginTransactionAsync(connection, cancellationToken).ConfigureAwait(false))
            {
                foreach (var step in plan.Steps)
                {
                    Current = step.Migration;
                    var clock = Stopwatch.StartNew();
                    try
                    {
                        await ExecuteAsync(step, connection, transaction, clock).ConfigureAwait(false);
                    }
                    catch (MigrationLockLostException exception) when (exception.Order is null)
                    {
                        Log.MigrationFailed(migrator._options.Logger, step.Migration.Order, step.Migration.Name, clock.ElapsedMilliseconds, exception);
                        throw exception.During(step.Migration, plan.Operation, batchStart);
                    }
                    catch (Exception exception) when (exception is not MigrationException && !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
                    {
                        Log.MigrationFailed(migrator._options.Logger, step.Migration.Order, step.Migration.Name, clock.ElapsedMilliseconds, exception);
                        // The whole batch rolls back with it: the database is where it was before the run.
                        throw new MigrationFailedException(step.Migration, plan.Operation, batchStart, clock.Elapsed, exception);
                    }
                    done.Add((step, clock.Elapsed));
                }
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            foreach (var (step, duration) in done) Completed(step, duration);
            Current = null;
        }

        private async Task ExecuteAsync(PlanStep step, DbConnection connection, DbTransaction transaction, Stopwatch clock)
        {
            var migration = step.Migration;
            var logger = migrator._options.Logger;
            var startedAt = DateTimeOffset.UtcNow;
            await migrationLock.ConfirmHeldAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            var context = new MigrationContext(connection, transaction, migration);
            switch (step.Kind)
            {
                case PlanStepKind.Apply or PlanStepKind.Baseline:
                    Log.MigrationStarting(logger, migration.Order, migration.Name);
                    await migration.CreateMigration().UpAsync(context, cancellationToken).ConfigureAwait(false);
                    break;
                case PlanStepKind.Revert:
                    Log.MigrationReverting(logger, migration.Order, migration.Name);
                    await Reversible(migration).DownAsync(context, cancellationToken).ConfigureAwait(false);
                    break;
            }
            // Confirm again at the end: a long migration may outlive a lease, and must not commit if it was taken over.
            await migrationLock.ConfirmHeldAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            if (step.Kind is PlanStepKind.Revert or PlanStepKind.RemoveSkipped)
            {
                await _store.DeleteLedgerEntryAsync(connection, transaction, migration.Order, cancellationToken).ConfigureAwait(false);
                return;
            }
            foreach (var entry in LedgerEntriesFor(step, startedAt, clock.Elapsed, _appliedBy))
            {
                await _store.WriteLedgerEntryAsync(connection, transaction, entry, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>A migration that cannot run in a transaction: STARTED before, COMPLETED or FAILED after, each row committed on its own.</summary>
        private async Task ExecuteOutsideTransactionAsync(PlanStep step, DbConnection connection, Stopwatch clock)
        {
            var migration = step.Migration;
            var logger = migrator._options.Logger;
            var startedAt = DateTimeOffset.UtcNow;
            var started = new LedgerEntry(migration.Order, migration.Name, migration.Checksum, LedgerStatus.Started, startedAt, TimeSpan.Zero, _appliedBy);
            await migrationLock.ConfirmHeldAsync(connection, null, cancellationToken).ConfigureAwait(false);
            await _store.WriteLedgerEntryAsync(connection, null, started, cancellationToken).ConfigureAwait(false);
            var context = new MigrationContext(connection, null, migration);
            try
            {
                if (step.Kind == PlanStepKind.Revert)
                {
                    Log.MigrationReverting(logger, migration.Order, migration.Name);
                    await Reversible(migration).DownAsync(context, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    Log.MigrationStarting(logger, migration.Order, migration.Name);
                    await migration.CreateMigration().UpAsync(context, cancellationToken).ConfigureAwait(false);
                }
            }
            catch
            {
                // Best effort: if this write fails too, the row stays STARTED, which also needs a repair.
                try
                {
                    await _store.WriteLedgerEntryAsync(connection, null, started with { Status = LedgerStatus.Failed, Duration = clock.Elapsed }, CancellationToken.None).ConfigureAwait(false);
                }
                catch (DbException)
                {
                }
                throw;
            }
            await migrationLock.ConfirmHeldAsync(connection, null, cancellationToken).ConfigureAwait(false);
            if (step.Kind == PlanStepKind.Revert)
            {
                await _store.DeleteLedgerEntryAsync(connection, null, migration.Order, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _store.WriteLedgerEntryAsync(connection, null, started with { Status = LedgerStatus.Completed, Duration = clock.Elapsed }, cancellationToken).ConfigureAwait(false);
            }
        }

        private void Completed(PlanStep step, TimeSpan duration)
        {
            var logger = migrator._options.Logger;
            var migration = step.Migration;
            var durationMs = (long)duration.TotalMilliseconds;
            switch (step.Kind)
            {
                case PlanStepKind.Apply or PlanStepKind.Baseline:
                    Log.MigrationApplied(logger, migration.Order, migration.Name, durationMs);
                    LastApplied = migration.Order;
                    break;
                case PlanStepKind.Skip:
                    Log.MigrationSkipped(logger, migration.Order, migration.Name);
                    LastApplied = migration.Order;
                    break;
                default:
                    Log.MigrationReverted(logger, migration.Order, migration.Name, durationMs);
                    LastApplied = plan.Ledger.Where(e => e.IsSettled && e.Order < migration.Order).Select(e => (long?)e.Order).Max();
                    break;
            }
            var result = new AppliedMigration(migration.Order, migration.Name, duration, step.Kind);
            Done.Add(result);
            migrator._options.MigrationApplied?.Invoke(result);
        }

        private static IReversibleMigration Reversible(MigrationDescriptor migration) =>
            migration.CreateMigration() as IReversibleMigration
            ?? throw new InvalidOperationException($"Migration {migration.Order} '{migration.Name}' has no down step.");
    }

    /// <summary>The ledger rows a step writes: one, or for a baseline one per replaced migration plus its own.</summary>
    private static IEnumerable<LedgerEntry> LedgerEntriesFor(PlanStep step, DateTimeOffset at, TimeSpan duration, string appliedBy)
    {
        var migration = step.Migration;
        foreach (var replaced in step.Replaces)
        {
            yield return new LedgerEntry(replaced.Order, replaced.Name, replaced.Checksum, LedgerStatus.Baselined, at, TimeSpan.Zero, appliedBy);
        }
        var status = step.Kind == PlanStepKind.Skip ? LedgerStatus.Skipped : LedgerStatus.Completed;
        yield return new LedgerEntry(migration.Order, migration.Name, migration.Checksum, status, at, duration, appliedBy);
    }

    private async Task<MigrationLock> AcquireLockAsync(MigrationOperation operation, long? lastApplied, CancellationToken cancellationToken)
    {
        try
        {
            return await _store.AcquireLockAsync(_options.Lock, _options.Logger, cancellationToken).ConfigureAwait(false);
        }
        catch (MigrationLockTimeoutException exception)
        {
            throw exception.For(operation, lastApplied);
        }
    }

    /// <summary>
    /// Read without the lock, a STARTED row may belong to a live process that is running that migration right now:
    /// refusing it would fail every instance that starts while one applies a non-transactional migration. Such a
    /// plan is refused only when nobody holds the lock (the row is then an earlier run's leftover); otherwise the
    /// run waits for the lock and judges the ledger again under it. Any other problem is refused at once.
    /// </summary>
    private async Task<MigrationPlan> PlanWithRepairProblemsJudgedAsync(MigrationPlan plan, MigrationOperation operation, MigrationTarget target, CancellationToken cancellationToken)
    {
        if (plan.Problems.Any(problem => problem.Kind != PlanProblemKind.NeedsRepair)) ThrowIfProblems(plan);
        if (await _store.IsLockHeldAsync(cancellationToken).ConfigureAwait(false)) return plan;
        // The holder may have finished between the two reads: plan again from the ledger as it is now.
        plan = await PlanAsync(operation, target, cancellationToken).ConfigureAwait(false);
        ThrowIfProblems(plan);
        return plan;
    }

    private async Task<MigrationPlan> PlanOrThrowAsync(MigrationOperation operation, MigrationTarget target, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(operation, target, cancellationToken).ConfigureAwait(false);
        ThrowIfProblems(plan);
        return plan;
    }

    private void ThrowIfProblems(MigrationPlan plan)
    {
        if (plan.Problems.Count == 0) return;
        Log.PlanRefused(_options.Logger, _store.DisplayName, plan.Problems.Count);
        throw new MigrationPlanException(plan.Problems, plan.Operation, plan.LastAppliedOrder);
    }

    private string AppliedBy()
    {
        if (_options.AppliedBy is { } appliedBy) return appliedBy;
        var app = string.IsNullOrEmpty(_catalog.AssemblyName) ? "" : $"/{_catalog.AssemblyName} {_catalog.AssemblyVersion}".TrimEnd();
        return Environment.MachineName + app;
    }

    /// <summary>Disposes the store.</summary>
    public ValueTask DisposeAsync() => _store.DisposeAsync();
}
