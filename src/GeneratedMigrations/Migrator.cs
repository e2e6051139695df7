using System.Diagnostics;

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

    /// <summary>Compares the catalogue with the ledger and returns the plan, problems included. Changes nothing.</summary>
    public async Task<MigrationPlan> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var ledger = await _store.ReadLedgerAsync(cancellationToken).ConfigureAwait(false);
        return MigrationPlanner.PlanUp(_catalog, ledger, _options.AllowOutOfOrder);
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
    public async Task<MigrationRunResult> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var logger = _options.Logger;
        var plan = await PlanOrThrowAsync(cancellationToken).ConfigureAwait(false);
        if (plan.Pending.Count == 0)
        {
            Log.UpToDate(logger, _store.DisplayName, plan.LastAppliedOrder);
            return new MigrationRunResult([], plan);
        }

        var waited = Stopwatch.StartNew();
        await using var migrationLock = await _store.AcquireLockAsync(_options.Lock, logger, cancellationToken).ConfigureAwait(false);
        Log.LockAcquired(logger, _store.DisplayName, waited.ElapsedMilliseconds);

        // Another process may have migrated while we waited: plan again from the ledger as it is now.
        plan = await PlanOrThrowAsync(cancellationToken).ConfigureAwait(false);
        Log.PlanSummary(logger, _store.DisplayName, plan.Applied.Count, plan.Pending.Count, plan.LastAppliedOrder);
        if (plan.Pending.Count == 0)
        {
            Log.UpToDate(logger, _store.DisplayName, plan.LastAppliedOrder);
            return new MigrationRunResult([], plan);
        }

        var applied = new List<AppliedMigration>(plan.Pending.Count);
        var lastApplied = plan.LastAppliedOrder;
        var appliedBy = _options.AppliedBy ?? DefaultAppliedBy();
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var migration in plan.Pending)
        {
            var result = await ApplyAsync(migration, connection, migrationLock, appliedBy, lastApplied, cancellationToken).ConfigureAwait(false);
            applied.Add(result);
            lastApplied = migration.Order;
            _options.MigrationApplied?.Invoke(result);
        }
        return new MigrationRunResult(applied, plan);
    }

    private async Task<AppliedMigration> ApplyAsync(
        MigrationDescriptor migration, System.Data.Common.DbConnection connection, MigrationLock migrationLock,
        string appliedBy, long? lastApplied, CancellationToken cancellationToken)
    {
        var logger = _options.Logger;
        Log.MigrationStarting(logger, migration.Order, migration.Name);
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        try
        {
            await using var transaction = await _store.BeginTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
            await migrationLock.ConfirmHeldAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            await migration.CreateMigration().UpAsync(new MigrationContext(connection, transaction, migration), cancellationToken).ConfigureAwait(false);
            // Confirm again at the end: a long migration may outlive a lease, and must not commit if it was taken over.
            await migrationLock.ConfirmHeldAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            var entry = new LedgerEntry(migration.Order, migration.Name, migration.Checksum, LedgerStatus.Completed, startedAt, clock.Elapsed, appliedBy);
            await _store.WriteLedgerEntryAsync(connection, transaction, entry, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (MigrationLockLostException exception) when (exception.Order is null)
        {
            Log.MigrationFailed(logger, migration.Order, migration.Name, clock.ElapsedMilliseconds, exception);
            throw exception.During(migration, lastApplied);
        }
        catch (MigrationException exception)
        {
            // Already one of ours: it says what to do.
            Log.MigrationFailed(logger, migration.Order, migration.Name, clock.ElapsedMilliseconds, exception);
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            Log.MigrationFailed(logger, migration.Order, migration.Name, clock.ElapsedMilliseconds, exception);
            throw new MigrationFailedException(migration, MigrationOperation.Up, lastApplied, clock.Elapsed, exception);
        }
        Log.MigrationApplied(logger, migration.Order, migration.Name, clock.ElapsedMilliseconds);
        return new AppliedMigration(migration.Order, migration.Name, clock.Elapsed);
    }

    private async Task<MigrationPlan> PlanOrThrowAsync(CancellationToken cancellationToken)
    {
        var plan = await GetStatusAsync(cancellationToken).ConfigureAwait(false);
        if (plan.Problems.Count > 0)
        {
            Log.PlanRefused(_options.Logger, _store.DisplayName, plan.Problems.Count);
            throw new MigrationPlanException(plan.Problems, MigrationOperation.Up, plan.LastAppliedOrder);
        }
        return plan;
    }

    private string DefaultAppliedBy()
    {
        var app = string.IsNullOrEmpty(_catalog.AssemblyName) ? "" : $"/{_catalog.AssemblyName} {_catalog.AssemblyVersion}".TrimEnd();
        return Environment.MachineName + app;
    }

    /// <summary>Disposes the store.</summary>
    public ValueTask DisposeAsync() => _store.DisposeAsync();
}
