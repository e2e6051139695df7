using System.Data.Common;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace GeneratedMigrations;

/// <summary>
/// Carries out plans: waits for the lock, fences off earlier holders, plans again under the lock, runs each
/// migration in its own transaction with its ledger row, and turns every way a run can stop (a migration's
/// error, the database failing, the lock lost, the deadline, cancellation) into one exception that says where
/// the database stands. Stores supply only what differs per engine.
/// </summary>
internal sealed class MigrationExecutor(MigrationCatalog catalog, MigrationStore store, MigratorOptions options)
{
    public MigrationStore Store => store;

    public MigratorOptions Options => options;

    private ILogger Logger => options.Logger;

    public MigrationPlan Plan(MigrationOperation operation, MigrationTarget target, IReadOnlyList<LedgerEntry> ledger) =>
        operation == MigrationOperation.Down
            ? MigrationPlanner.PlanDown(catalog, ledger, target, options.SingleTransaction)
            : MigrationPlanner.PlanUp(catalog, ledger, options.AllowOutOfOrder, target, options.SingleTransaction);

    public async Task<MigrationPlan> PlanAsync(MigrationOperation operation, MigrationTarget target, CancellationToken cancellationToken) =>
        Plan(operation, target, await ReadLedgerAsync(operation, cancellationToken).ConfigureAwait(false));

    /// <summary>Reads the ledger; a damaged ledger or a failing database is reported as such, with the operation.</summary>
    public async Task<IReadOnlyList<LedgerEntry>> ReadLedgerAsync(MigrationOperation operation, CancellationToken cancellationToken)
    {
        try
        {
            return await store.ReadLedgerAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is MigrationLedgerException or DbException)
        {
            throw LedgerReadFailed(exception, operation);
        }
    }

    private MigrationException LedgerReadFailed(Exception exception, MigrationOperation operation) =>
        exception is MigrationLedgerException ledger ? ledger.For(operation) : new MigrationDatabaseException(store.DisplayName, null, operation, null, exception);

    public async Task<MigrationRunResult> RunAsync(MigrationOperation operation, MigrationTarget target, CancellationToken cancellationToken)
    {
        // One async method from the span to the plan: an up-to-date start passes through no other async method of
        // ours but the store's read, and each one costs the JIT a state machine and two generic Start instantiations.
        var span = Telemetry.StartRun(operation, store);
        MigrationRunResult result;
        try
        {
            // The deadline bounds the whole run, the wait for the lock included.
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (options.Lock.OverallDeadline is { } limit) deadline.CancelAfter(limit);
            long? lastApplied = null;
            try
            {
                // The first read is ReadLedgerAsync written out, so that the common case awaits the store directly.
                IReadOnlyList<LedgerEntry> ledger;
                try
                {
                    ledger = await store.ReadLedgerAsync(deadline.Token).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is MigrationLedgerException or DbException)
                {
                    throw LedgerReadFailed(exception, operation);
                }
                var plan = Plan(operation, target, ledger);
                lastApplied = plan.LastAppliedOrder;
                if (plan.Problems.Count > 0) plan = await PlanWithRepairProblemsJudgedAsync(plan, operation, target, deadline.Token).ConfigureAwait(false);
                if (plan.Steps.Count == 0 && plan.Problems.Count == 0)
                {
                    Log.UpToDate(Logger, store.DisplayName, plan.LastAppliedOrder);
                    result = new MigrationRunResult([], plan);
                }
                else
                {
                    result = await RunUnderLockAsync(operation, target, plan.LastAppliedOrder, cancellationToken, deadline.Token).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (exception is not MigrationException && exception is OperationCanceledException or DbException)
            {
                // Stopped before any migration ran, while reading the ledger (RunUnderLockAsync reports the rest).
                throw StoppedBeforeMigrating(exception, operation, lastApplied, cancellationToken, deadline.Token);
            }
        }
        catch (Exception exception)
        {
            Telemetry.EndRun(span, 0, (exception as MigrationException)?.LastAppliedOrder, exception);
            throw;
        }
        Telemetry.EndRun(span, result.Applied.Count, result.LastAppliedOrder);
        return result;
    }

    /// <summary>
    /// The part of a run that has something to do: the lock, a second plan behind the fence, the steps. A method of
    /// its own so that an up-to-date start never JIT-compiles it, nor loads the types it names.
    /// </summary>
    private async Task<MigrationRunResult> RunUnderLockAsync(MigrationOperation operation, MigrationTarget target, long? lastApplied, CancellationToken caller, CancellationToken deadline)
    {
        try
        {
            var migrationLock = await AcquireLockAsync(operation, lastApplied, deadline).ConfigureAwait(false);
            await using var migrationLockScope = migrationLock.ConfigureAwait(false);
            // Another process may have migrated while we waited: plan again from the ledger as it is now, behind the fence.
            var plan = await PlanAsync(operation, target, deadline).ConfigureAwait(false);
            lastApplied = plan.LastAppliedOrder;
            ThrowIfProblems(plan);
            Log.PlanSummary(Logger, store.DisplayName, plan.Applied.Count, plan.Pending.Count, plan.LastAppliedOrder);
            if (plan.Steps.Count == 0)
            {
                Log.UpToDate(Logger, store.DisplayName, plan.LastAppliedOrder);
                return new MigrationRunResult([], plan);
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(deadline, migrationLock.Lost);
            var run = new Run(this, plan, migrationLock, caller, deadline, stop.Token);
            await run.ExecuteAsync().ConfigureAwait(false);
            return new MigrationRunResult(run.Done, plan) { LastAppliedOrder = run.LastApplied };
        }
        catch (Exception exception) when (exception is not MigrationException && exception is OperationCanceledException or DbException)
        {
            // Stopped before any migration ran (waiting for the lock, planning again), with the position read under the lock.
            throw StoppedBeforeMigrating(exception, operation, lastApplied, caller, deadline);
        }
    }

    /// <summary>Fixes one ledger row by hand, under the lock and behind the fence.</summary>
    public async Task<LedgerEntry> RepairAsync(long order, RepairAction action, string appliedBy, CancellationToken cancellationToken)
    {
        try
        {
            var migrationLock = await AcquireLockAsync(MigrationOperation.Repair, null, cancellationToken).ConfigureAwait(false);
            await using var migrationLockScope = migrationLock.ConfigureAwait(false);
            var ledger = await ReadLedgerAsync(MigrationOperation.Repair, cancellationToken).ConfigureAwait(false);
            var lastApplied = Plan(MigrationOperation.Up, MigrationTarget.Latest, ledger).LastAppliedOrder;
            var entry = ledger.FirstOrDefault(e => e.Order == order)
                ?? throw new MigrationRepairException($"The ledger has no row for migration {order}; there is nothing to repair.", order, lastApplied);
            var migration = catalog.Find(order);
            if (action == RepairAction.MarkCompleted && migration is null)
            {
                throw new MigrationRepairException(
                    $"Migration {order} '{entry.Name}' is not in this build, so it cannot be marked completed. Use 'repair {order} --forget' to remove its row.", order, lastApplied);
            }

            var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var connectionScope = connection.ConfigureAwait(false);
            var transaction = await store.BeginTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
            await using var transactionScope = transaction.ConfigureAwait(false);
            await migrationLock.ConfirmHeldAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            bool changed;
            if (action == RepairAction.Forget && entry.Status == LedgerStatus.Skipped && migration is not null)
            {
                // Keep the row as PENDING: deleting it would make the migration look merely out of order, and the ledger
                // would forget that someone decided to run a migration that was skipped.
                changed = await store.UpdateLedgerEntryAsync(connection, transaction, entry with { Status = LedgerStatus.Pending, AppliedBy = appliedBy }, LedgerStatus.Skipped, cancellationToken).ConfigureAwait(false);
            }
            else if (action == RepairAction.Forget)
            {
                changed = await store.DeleteLedgerEntryAsync(connection, transaction, order, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var repaired = entry with
                {
                    Name = migration!.Name, Checksum = migration.Checksum, Status = LedgerStatus.Completed, AppliedBy = appliedBy,
                    IsBackwardCompatible = migration.IsBackwardCompatible,
                };
                changed = await store.UpdateLedgerEntryAsync(connection, transaction, repaired, entry.Status, cancellationToken).ConfigureAwait(false);
            }
            if (!changed)
            {
                throw new MigrationRepairException($"The ledger row of migration {order} changed while the repair ran; nothing was changed. Look at 'status' and repair again.", order, lastApplied);
            }
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            Log.Repaired(Logger, order, entry.Name, LedgerStatusNames.ToText(entry.Status), action.ToString());
            return entry;
        }
        catch (DbException exception)
        {
            throw new MigrationDatabaseException(store.DisplayName, null, MigrationOperation.Repair, null, exception);
        }
    }

    public void ThrowIfProblems(MigrationPlan plan)
    {
        if (plan.Problems.Count == 0) return;
        Log.PlanRefused(Logger, store.DisplayName, plan.Problems.Count);
        throw new MigrationPlanException(plan.Problems, plan.Operation, plan.LastAppliedOrder);
    }

    public string AppliedBy()
    {
        if (options.AppliedBy is { } appliedBy) return appliedBy;
        var app = string.IsNullOrEmpty(catalog.AssemblyName) ? "" : $"/{catalog.AssemblyName} {catalog.AssemblyVersion}".TrimEnd();
        return Environment.MachineName + app;
    }

    /// <summary>The ledger rows a step writes: one, or for a baseline one per replaced migration plus its own.</summary>
    public static IEnumerable<LedgerEntry> LedgerEntriesFor(PlanStep step, DateTimeOffset at, TimeSpan duration, string appliedBy)
    {
        foreach (var replaced in step.Replaces)
        {
            yield return new LedgerEntry(replaced.Order, replaced.Name, replaced.Checksum, LedgerStatus.Baselined, at, TimeSpan.Zero, appliedBy)
            {
                IsBackwardCompatible = replaced.IsBackwardCompatible,
            };
        }
        yield return OwnLedgerEntry(step, at, duration, appliedBy);
    }

    /// <summary>The ledger row of a step's own migration (the last of <see cref="LedgerEntriesFor"/>).</summary>
    private static LedgerEntry OwnLedgerEntry(PlanStep step, DateTimeOffset at, TimeSpan duration, string appliedBy)
    {
        var migration = step.Migration;
        var status = step.Kind == PlanStepKind.Skip ? LedgerStatus.Skipped : LedgerStatus.Completed;
        return new LedgerEntry(migration.Order, migration.Name, migration.Checksum, status, at, duration, appliedBy)
        {
            IsBackwardCompatible = migration.IsBackwardCompatible,
        };
    }

    private async Task<MigrationLock> AcquireLockAsync(MigrationOperation operation, long? lastApplied, CancellationToken cancellationToken)
    {
        var wait = Telemetry.StartLockWait(store);
        var clock = Stopwatch.StartNew();
        try
        {
            var migrationLock = await LockWaiter.AcquireAsync(store, options.Lock, Logger, operation, lastApplied, cancellationToken).ConfigureAwait(false);
            Telemetry.EndLockWait(wait, store, clock.Elapsed);
            return migrationLock;
        }
        catch (Exception exception)
        {
            Telemetry.EndLockWait(wait, store, clock.Elapsed, exception);
            if (exception is MigrationLedgerException ledger) throw ledger.For(operation);
            throw;
        }
    }

    private Exception StoppedBeforeMigrating(Exception exception, MigrationOperation operation, long? lastApplied, CancellationToken caller, CancellationToken deadline)
    {
        if (caller.IsCancellationRequested)
        {
            Log.RunStopped(Logger, store.DisplayName, "cancelled", null, null, lastApplied);
            return new MigrationCanceledException(null, operation, lastApplied, exception);
        }
        if (deadline.IsCancellationRequested && options.Lock.OverallDeadline is { } limit)
        {
            Log.RunStopped(Logger, store.DisplayName, "deadline passed", null, null, lastApplied);
            return new MigrationDeadlineExceededException(limit, null, operation, lastApplied, exception);
        }
        return exception is DbException ? new MigrationDatabaseException(store.DisplayName, null, operation, lastApplied, exception) : exception;
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
        if (await store.IsLockHeldAsync(cancellationToken).ConfigureAwait(false)) return plan;
        // The holder may have finished between the two reads: plan again from the ledger as it is now.
        plan = await PlanAsync(operation, target, cancellationToken).ConfigureAwait(false);
        ThrowIfProblems(plan);
        return plan;
    }

    /// <summary>One execution of a plan under the lock: the steps done so far and the database position, for results and errors.</summary>
    private sealed class Run(MigrationExecutor executor, MigrationPlan plan, MigrationLock migrationLock, CancellationToken caller, CancellationToken deadline, CancellationToken stop)
    {
        private static readonly TimeSpan FailedRowTimeout = TimeSpan.FromSeconds(15);
        private readonly MigrationStore _store = executor.Store;
        private readonly string _appliedBy = executor.AppliedBy();

        public List<AppliedMigration> Done { get; } = [];

        public long? LastApplied { get; private set; } = plan.LastAppliedOrder;

        private ILogger Logger => executor.Logger;

        public async Task ExecuteAsync()
        {
            DbConnection connection;
            try
            {
                connection = await _store.OpenConnectionAsync(stop).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not MigrationException)
            {
                throw Stopped(null, exception, TimeSpan.Zero, null, committing: false);
            }
            await using (connection.ConfigureAwait(false))
            {
                if (executor.Options.SingleTransaction)
                {
                    await InOneTransactionAsync(connection).ConfigureAwait(false);
                    return;
                }
                foreach (var step in plan.Steps)
                {
                    if (step.Migration.RunsInTransaction || step.Kind is PlanStepKind.Skip or PlanStepKind.RemoveSkipped)
                    {
                        await InItsOwnTransactionAsync(step, connection).ConfigureAwait(false);
                    }
                    else
                    {
                        await OutsideTransactionAsync(step, connection).ConfigureAwait(false);
                    }
                }
            }
        }

        private async Task InItsOwnTransactionAsync(PlanStep step, DbConnection connection)
        {
            var span = Telemetry.StartMigration(step.Migration, step.Kind, _store);
            var started = Stopwatch.GetTimestamp();
            var committing = false;
            try
            {
                var transaction = await _store.BeginTransactionAsync(connection, stop).ConfigureAwait(false);
                await using var transactionScope = transaction.ConfigureAwait(false);
                await migrationLock.ConfirmHeldAsync(connection, transaction, stop).ConfigureAwait(false);
                await RunStepAsync(step, connection, transaction, started).ConfigureAwait(false);
                await migrationLock.BeforeCommitAsync(connection, transaction, Stopwatch.GetElapsedTime(started), stop).ConfigureAwait(false);
                committing = true;
                // Never cancelled: a commit cut short would leave us unsure whether it happened.
                await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                var failedAfter = Stopwatch.GetElapsedTime(started);
                throw Recorded(span, step, Stopped(step, exception, failedAfter, null, committing), failedAfter);
            }
            var duration = Stopwatch.GetElapsedTime(started);
            Telemetry.RecordMigration(span, step.Migration, step.Kind, _store, duration);
            Completed(step, duration);
        }

        private Exception Recorded(System.Diagnostics.Activity? span, PlanStep step, Exception stopped, TimeSpan elapsed)
        {
            Telemetry.RecordMigration(span, step.Migration, step.Kind, _store, elapsed, stopped);
            return stopped;
        }

        private async Task InOneTransactionAsync(DbConnection connection)
        {
            var done = new List<(PlanStep Step, TimeSpan Duration)>();
            var batch = Stopwatch.StartNew();
            var stepStarted = Stopwatch.GetTimestamp();
            PlanStep? current = null;
            var committing = false;
            try
            {
                var transaction = await _store.BeginTransactionAsync(connection, stop).ConfigureAwait(false);
                await using var transactionScope = transaction.ConfigureAwait(false);
                await migrationLock.ConfirmHeldAsync(connection, transaction, stop).ConfigureAwait(false);
                foreach (var step in plan.Steps)
                {
                    current = step;
                    stepStarted = Stopwatch.GetTimestamp();
                    await RunStepAsync(step, connection, transaction, stepStarted).ConfigureAwait(false);
                    done.Add((step, Stopwatch.GetElapsedTime(stepStarted)));
                }
                current = null;
                await migrationLock.BeforeCommitAsync(connection, transaction, batch.Elapsed, stop).ConfigureAwait(false);
                committing = true;
                await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                // The whole batch rolls back with it: the database is where it was before the run (LastApplied has not moved).
                var failedStep = current ?? plan.Steps[^1];
                throw Recorded(Telemetry.StartMigration(failedStep.Migration, failedStep.Kind, _store), failedStep,
                    Stopped(failedStep, exception, Stopwatch.GetElapsedTime(stepStarted), null, committing), Stopwatch.GetElapsedTime(stepStarted));
            }
            foreach (var (step, duration) in done)
            {
                // Recorded once the batch committed: until then none of them was applied.
                Telemetry.RecordMigration(Telemetry.StartMigration(step.Migration, step.Kind, _store), step.Migration, step.Kind, _store, duration);
                Completed(step, duration);
            }
        }

        /// <summary>Runs a step's code and writes its ledger rows, inside the given transaction.</summary>
        private async Task RunStepAsync(PlanStep step, DbConnection connection, DbTransaction transaction, long startedTimestamp)
        {
            var migration = step.Migration;
            var startedAt = DateTimeOffset.UtcNow;
            var context = new MigrationContext(connection, transaction, migration);
            switch (step.Kind)
            {
                case PlanStepKind.Apply or PlanStepKind.Baseline:
                    Log.MigrationStarting(Logger, migration.Order, migration.Name);
                    await migration.CreateMigration().UpAsync(context, stop).ConfigureAwait(false);
                    break;
                case PlanStepKind.Revert:
                    Log.MigrationReverting(Logger, migration.Order, migration.Name);
                    await Reversible(migration).DownAsync(context, stop).ConfigureAwait(false);
                    break;
            }
            if (step.Kind is PlanStepKind.Revert or PlanStepKind.RemoveSkipped)
            {
                if (!await _store.DeleteLedgerEntryAsync(connection, transaction, migration.Order, stop).ConfigureAwait(false)) throw RowChanged(migration);
                return;
            }
            if (step.Replaces.Count == 0)
            {
                // The usual step writes one row: no enumerator for it (this runs once per migration).
                await RecordAsync(connection, transaction, OwnLedgerEntry(step, startedAt, Stopwatch.GetElapsedTime(startedTimestamp), _appliedBy)).ConfigureAwait(false);
                return;
            }
            foreach (var entry in LedgerEntriesFor(step, startedAt, Stopwatch.GetElapsedTime(startedTimestamp), _appliedBy))
            {
                await RecordAsync(connection, transaction, entry).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// Writes a new ledger row with a plain insert (a second run of the same migration fails on the key instead of
        /// overwriting), or, for a migration a repair released, replaces its PENDING row only if it is still PENDING.
        /// </summary>
        private async Task RecordAsync(DbConnection connection, DbTransaction transaction, LedgerEntry entry)
        {
            if (plan.IsReleased(entry.Order))
            {
                if (!await _store.UpdateLedgerEntryAsync(connection, transaction, entry, LedgerStatus.Pending, stop).ConfigureAwait(false)) throw RowChanged(entry.Order);
                return;
            }
            await _store.InsertLedgerEntryAsync(connection, transaction, entry, stop).ConfigureAwait(false);
        }

        /// <summary>
        /// A migration that cannot run in a transaction: STARTED before, COMPLETED or FAILED after. The STARTED and
        /// COMPLETED rows are each written in a short transaction that proves the lock is held, like any migration's.
        /// </summary>
        private async Task OutsideTransactionAsync(PlanStep step, DbConnection connection)
        {
            var span = Telemetry.StartMigration(step.Migration, step.Kind, _store);
            var clock = Stopwatch.StartNew();
            try
            {
                await OutsideTransactionUnderSpanAsync(step, connection).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                throw Recorded(span, step, exception, clock.Elapsed);
            }
            Telemetry.RecordMigration(span, step.Migration, step.Kind, _store, clock.Elapsed);
        }

        private async Task OutsideTransactionUnderSpanAsync(PlanStep step, DbConnection connection)
        {
            var migration = step.Migration;
            var clock = Stopwatch.StartNew();
            var started = new LedgerEntry(migration.Order, migration.Name, migration.Checksum, LedgerStatus.Started, DateTimeOffset.UtcNow, TimeSpan.Zero, _appliedBy)
            {
                IsBackwardCompatible = migration.IsBackwardCompatible,
            };
            try
            {
                await InShortTransactionAsync(connection, async transaction =>
                {
                    if (step.Kind == PlanStepKind.Revert)
                    {
                        if (!await _store.UpdateLedgerEntryAsync(connection, transaction, started, LedgerStatus.Completed, stop).ConfigureAwait(false)) throw RowChanged(migration);
                    }
                    else
                    {
                        await RecordAsync(connection, transaction, started).ConfigureAwait(false);
                    }
                }).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                // Nothing of the migration ran yet.
                throw Stopped(step, exception, clock.Elapsed, null, committing: false);
            }

            try
            {
                var context = new MigrationContext(connection, null, migration);
                if (step.Kind == PlanStepKind.Revert)
                {
                    Log.MigrationReverting(Logger, migration.Order, migration.Name);
                    await Reversible(migration).DownAsync(context, stop).ConfigureAwait(false);
                }
                else
                {
                    Log.MigrationStarting(Logger, migration.Order, migration.Name);
                    await migration.CreateMigration().UpAsync(context, stop).ConfigureAwait(false);
                }
            }
            catch (Exception exception)
            {
                var (leftAs, changedRow) = await RecordFailedAsync(started with { Status = LedgerStatus.Failed, Duration = clock.Elapsed }).ConfigureAwait(false);
                if (changedRow is not null)
                {
                    // The row is not this run's STARTED row any more, though this run holds the lock: say what it is now.
                    throw Stopped(step, MigrationLockLostException.Interrupted(RowEditedDetail(migration.Order), migration, plan.Operation, LastApplied, leftAs, exception, changedRow),
                        clock.Elapsed, leftAs, committing: false);
                }
                throw Stopped(step, exception, clock.Elapsed, leftAs, committing: false);
            }

            try
            {
                await InShortTransactionAsync(connection, async transaction =>
                {
                    var recorded = step.Kind == PlanStepKind.Revert
                        ? await _store.DeleteLedgerEntryAsync(connection, transaction, migration.Order, stop).ConfigureAwait(false)
                        : await _store.UpdateLedgerEntryAsync(connection, transaction, started with { Status = LedgerStatus.Completed, Duration = clock.Elapsed }, LedgerStatus.Started, stop).ConfigureAwait(false);
                    if (!recorded) throw RowChanged(migration);
                }).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                // The migration's changes are in place, but its row still says STARTED.
                throw Stopped(step, exception, clock.Elapsed, LedgerStatus.Started, committing: false);
            }
            Completed(step, clock.Elapsed);
        }

        private async Task InShortTransactionAsync(DbConnection connection, Func<DbTransaction, Task> body)
        {
            var transaction = await _store.BeginTransactionAsync(connection, stop).ConfigureAwait(false);
            await using var transactionScope = transaction.ConfigureAwait(false);
            await migrationLock.ConfirmHeldAsync(connection, transaction, stop).ConfigureAwait(false);
            await body(transaction).ConfigureAwait(false);
            await migrationLock.BeforeCommitAsync(connection, transaction, TimeSpan.Zero, stop).ConfigureAwait(false);
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        /// <summary>
        /// Records FAILED on a fresh connection (the migration's own may be broken), whether or not the run was
        /// cancelled, replacing only a STARTED row, and only in a transaction that proves the lock is still held: a run
        /// whose lock was taken over must not write over the row of the process that holds it now. Returns the status
        /// the row is left with; when the row had been changed by someone else, also what it is now, as the clause
        /// of a sentence (then the status is what it says now, null if it is gone or unreadable).
        /// </summary>
        private async Task<(LedgerStatus? LeftAs, string? ChangedRow)> RecordFailedAsync(LedgerEntry failed)
        {
            using var timeout = new CancellationTokenSource(FailedRowTimeout);
            try
            {
                var connection = await _store.OpenConnectionAsync(timeout.Token).ConfigureAwait(false);
                await using (connection.ConfigureAwait(false))
                {
                    var transaction = await _store.BeginTransactionAsync(connection, timeout.Token).ConfigureAwait(false);
                    await using var transactionScope = transaction.ConfigureAwait(false);
                    await migrationLock.ConfirmHeldAsync(connection, transaction, timeout.Token).ConfigureAwait(false);
                    if (await _store.UpdateLedgerEntryAsync(connection, transaction, failed, LedgerStatus.Started, timeout.Token).ConfigureAwait(false))
                    {
                        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
                        return (LedgerStatus.Failed, null);
                    }
                }
            }
            catch (Exception exception)
            {
                // Nothing was written (a failed write, or a lost lock, which no write goes without).
                Log.FailedRowNotRecorded(Logger, failed.Order, failed.Name, "still says " + LedgerStatusNames.Started, exception);
                return (LedgerStatus.Started, null);
            }

            // The row no longer says STARTED under a lock this run still holds (checked just now): only a hand edit of
            // the ledger does that. Find out what it says, and never claim it still says STARTED.
            var edited = new InvalidOperationException(RowEditedDetail(failed.Order));
            try
            {
                var now = (await _store.ReadLedgerAsync(timeout.Token).ConfigureAwait(false)).FirstOrDefault(entry => entry.Order == failed.Order);
                Log.FailedRowNotRecorded(Logger, failed.Order, failed.Name, now is null ? "is gone" : "says " + LedgerStatusNames.ToText(now.Status), edited);
                return now is null
                    ? (null, "it has no ledger row any more, so the next run applies it again")
                    : (now.Status, $"its ledger row says {LedgerStatusNames.ToText(now.Status)}, which this run did not write");
            }
            catch (Exception exception)
            {
                Log.FailedRowNotRecorded(Logger, failed.Order, failed.Name, "no longer says STARTED and could not be read", new AggregateException(edited, exception));
                return (null, $"its ledger row no longer says STARTED, and reading it failed ({exception.Message})");
            }
        }

        /// <summary>Turns whatever stopped a step into the one exception that says why and where the database stands.</summary>
        private Exception Stopped(PlanStep? step, Exception exception, TimeSpan elapsed, LedgerStatus? leftAs, bool committing)
        {
            var migration = step?.Migration;
            var operation = plan.Operation;
            Exception result;
            string? stopReason = null;
            if (exception is MigrationLockLostException { Order: null } lost && migration is not null)
            {
                result = lost.During(migration, operation, LastApplied, leftAs);
            }
            else if (exception is MigrationException)
            {
                result = exception;
            }
            else if (caller.IsCancellationRequested)
            {
                stopReason = "cancelled";
                result = new MigrationCanceledException(migration, operation, LastApplied, exception, leftAs);
            }
            else if (deadline.IsCancellationRequested && executor.Options.Lock.OverallDeadline is { } limit)
            {
                stopReason = "deadline passed";
                result = new MigrationDeadlineExceededException(limit, migration, operation, LastApplied, exception, leftAs);
            }
            else if (migrationLock.Lost.IsCancellationRequested && migration is not null)
            {
                result = MigrationLockLostException.Interrupted(migrationLock.LostReason ?? "the lock ended.", migration, operation, LastApplied, leftAs, exception);
            }
            else if (migration is not null && _store.IsDuplicateLedgerRow(exception))
            {
                result = MigrationLockLostException.Interrupted(
                    $"another process recorded migration {migration.Order} while this run was applying it (this run's lock had ended without it noticing); " +
                    "this run's transaction was rolled back, so the migration took effect once.", migration, operation, LastApplied, leftAs, exception);
            }
            else if (_store.IsDatabaseFailure(exception))
            {
                result = new MigrationDatabaseException(_store.DisplayName, migration, operation, LastApplied, exception, leftAs, committing);
            }
            else if (migration is not null)
            {
                result = new MigrationFailedException(migration, operation, LastApplied, elapsed, exception, leftAs);
            }
            else
            {
                result = exception is DbException ? new MigrationDatabaseException(_store.DisplayName, null, operation, LastApplied, exception) : exception;
            }
            // The log keeps what actually went wrong; the exception adds where the database stands.
            if (migration is not null) Log.MigrationFailed(Logger, migration.Order, migration.Name, (long)elapsed.TotalMilliseconds, exception);
            if (stopReason is not null) Log.RunStopped(Logger, _store.DisplayName, stopReason, migration?.Order, migration?.Name, LastApplied);
            return result;
        }

        private static MigrationLockLostException RowChanged(MigrationDescriptor migration) => RowChanged(migration.Order);

        private static MigrationLockLostException RowChanged(long order) =>
            new($"the ledger row of migration {order} was changed by another process while this run held the lock (was the lock taken over, or the ledger edited by hand?).",
                MigrationOperation.Up, null);

        /// <summary>For a row found changed by a transaction that had just proved the lock held: not a takeover.</summary>
        private static string RowEditedDetail(long order) =>
            $"the ledger row of migration {order} was changed while this run held the lock (checked in the same transaction), so by a hand edit of the ledger.";

        private void Completed(PlanStep step, TimeSpan duration)
        {
            var migration = step.Migration;
            var durationMs = (long)duration.TotalMilliseconds;
            switch (step.Kind)
            {
                case PlanStepKind.Apply or PlanStepKind.Baseline:
                    Log.MigrationApplied(Logger, migration.Order, migration.Name, durationMs);
                    if (LastApplied is null || migration.Order > LastApplied) LastApplied = migration.Order;
                    break;
                case PlanStepKind.Skip:
                    // A skipped migration did not change the schema: the database's position stays where it is.
                    Log.MigrationSkipped(Logger, migration.Order, migration.Name);
                    break;
                default:
                    Log.MigrationReverted(Logger, migration.Order, migration.Name, durationMs);
                    if (LastApplied is { } last && migration.Order <= last) LastApplied = LastAppliedBefore(migration.Order);
                    break;
            }
            var result = new AppliedMigration(migration.Order, migration.Name, duration, step.Kind);
            Done.Add(result);
            executor.Options.MigrationApplied?.Invoke(result);
        }

        // Its own method: a lambda capturing the order in Completed would allocate its closure on every call of Completed.
        private long? LastAppliedBefore(long order) => plan.Ledger.Where(e => e.IsApplied && e.Order < order).Select(e => (long?)e.Order).Max();

        private static IReversibleMigration Reversible(MigrationDescriptor migration) =>
            migration.CreateMigration() as IReversibleMigration
            ?? throw new InvalidOperationException($"Migration {migration.Order} '{migration.Name}' has no down step.");
    }
}

/// <summary>
/// How every caller waits for the migration lock: one try at a time, backing off from 25 ms to 500 ms, logging
/// each new holder, until the wait timeout; then the fence, then the ledger tables. A busy database is a held lock.
/// </summary>
internal static class LockWaiter
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan LongestBackoff = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MinimumFenceWait = TimeSpan.FromSeconds(1);

    public static async Task<MigrationLock> AcquireAsync(
        MigrationStore store, MigrationLockOptions options, ILogger logger, MigrationOperation operation, long? lastApplied, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.HeartbeatInterval, TimeSpan.Zero, nameof(options));
        var migrationLock = await store.OpenLockAsync(options, logger, cancellationToken).ConfigureAwait(false);
        try
        {
            var waited = Stopwatch.StartNew();
            var backoff = FirstBackoff;
            string? holder = null;
            var loggedWait = false;
            while (true)
            {
                var attempt = await migrationLock.TryAcquireAsync(cancellationToken).ConfigureAwait(false);
                if (attempt.Acquired) break;
                if (!loggedWait || (attempt.Holder is not null && attempt.Holder != holder))
                {
                    holder = attempt.Holder ?? holder;
                    Log.LockWaiting(logger, store.DisplayName, holder ?? "another process");
                    loggedWait = true;
                }
                var remaining = options.WaitTimeout - waited.Elapsed;
                if (remaining <= TimeSpan.Zero)
                {
                    throw new MigrationLockTimeoutException(waited.Elapsed, holder, operation, lastApplied);
                }
                await Task.Delay(backoff < remaining ? backoff : remaining, cancellationToken).ConfigureAwait(false);
                backoff = backoff * 2 < LongestBackoff ? backoff * 2 : LongestBackoff;
            }
            Log.LockAcquired(logger, store.DisplayName, waited.ElapsedMilliseconds);
            // The fence waits for an earlier holder's migration transaction, which may stay open for ever (its process hung
            // with the transaction idle): bounded by what is left of the wait timeout, with one short grace to try at all.
            using (var fenceWait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                var remaining = options.WaitTimeout - waited.Elapsed;
                fenceWait.CancelAfter(remaining > MinimumFenceWait ? remaining : MinimumFenceWait);
                try
                {
                    await migrationLock.FenceAsync(fenceWait.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (fenceWait.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    throw new MigrationLockTimeoutException(waited.Elapsed,
                        "a migration transaction of an earlier holder whose lock session ended; it is still open (end it, e.g. with pg_terminate_backend)",
                        operation, lastApplied);
                }
            }
            await store.EnsureLedgerAsync(logger, cancellationToken).ConfigureAwait(false);
            return migrationLock;
        }
        catch
        {
            await migrationLock.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
