namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>
/// When the database and this build disagree, the runner applies nothing, writes nothing, and throws one
/// exception whose message names the migration and says what to do.
/// </summary>
public sealed class RefusalTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Refuses_when_an_applied_migration_was_renamed()
    {
        await _db.MigrateAsync(Catalogs.Generated);

        var exception = await RefuseAsync(Catalogs.Changing(2, name: "create_novels"));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal((PlanProblemKind.NameChanged, 2L), (problem.Kind, problem.Order));
        Assert.Contains("Migration 2 was applied as 'create_books' but is named 'create_novels' in this build", exception.Message);
        Assert.Contains("Restore its original name", exception.Message);
    }

    [Fact]
    public async Task Refuses_when_an_applied_migration_was_edited()
    {
        await _db.MigrateAsync(Catalogs.Generated);

        var exception = await RefuseAsync(Catalogs.Changing(3, checksum: "edited-after-release"));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal((PlanProblemKind.ChecksumChanged, 3L), (problem.Kind, problem.Order));
        Assert.Contains("Migration 3 'seed_authors' was changed after it was applied", exception.Message);
        Assert.Contains("Revert the edit and put the change in a new migration", exception.Message);
    }

    [Fact]
    public async Task Refuses_when_ledger_holds_unknown_order()
    {
        await _db.MigrateAsync(Catalogs.Generated);

        // An older build started against a database that a newer build migrated.
        var exception = await RefuseAsync(Catalogs.FirstOf(3));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal((PlanProblemKind.UnknownApplied, 4L), (problem.Kind, problem.Order));
        Assert.Contains("Migration 4 'create_reviews' is recorded in the database but is not in this build", exception.Message);
        Assert.Contains("Deploy a build that contains it", exception.Message);
    }

    [Fact]
    public async Task Refuses_a_pending_migration_ordered_below_the_last_applied_one()
    {
        // A branch merged migration 3 after 4 had been released and applied.
        await _db.MigrateAsync(Catalogs.Without(3));

        var exception = await RefuseAsync(Catalogs.Generated);

        var problem = Assert.Single(exception.Problems);
        Assert.Equal((PlanProblemKind.OutOfOrder, 3L), (problem.Kind, problem.Order));
        Assert.Contains("Migration 3 'seed_authors' is pending but ordered below 4", exception.Message);
        Assert.Contains("MigratorOptions.AllowOutOfOrder", exception.Message);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM authors"));
    }

    [Fact]
    public async Task Refuses_when_a_migration_was_left_started()
    {
        await _db.MigrateAsync(Catalogs.FirstOf(2));
        await using (var store = _db.CreateStore())
        {
            // What a crash in the middle of a migration that runs outside a transaction leaves behind.
            await using var connection = await store.OpenConnectionAsync(default);
            var seed = Catalogs.Generated.Find(3)!;
            await store.InsertLedgerEntryAsync(connection, null,
                new LedgerEntry(3, seed.Name, seed.Checksum, LedgerStatus.Started, DateTimeOffset.UtcNow, TimeSpan.Zero, "crashed host"), default);
        }

        var exception = await RefuseAsync(Catalogs.Generated);

        var problem = Assert.Single(exception.Problems);
        Assert.Equal((PlanProblemKind.NeedsRepair, 3L), (problem.Kind, problem.Order));
        Assert.Contains("Migration 3 'seed_authors' was left STARTED", exception.Message);
        Assert.Contains("run repair", exception.Message);
        Assert.False(await _db.TableExistsAsync("reviews"));
    }

    [Fact]
    public async Task Lists_every_problem_in_one_exception()
    {
        await _db.MigrateAsync(Catalogs.Generated);
        var catalog = new MigrationCatalog(
            Catalogs.Changing(1, name: "create_writers").Migrations.Where(m => m.Order != 4)
                .Select(m => m.Order == 2 ? new MigrationDescriptor(2, m.Name, "edited", m.IsReversible, m.TypeName, m.CreateMigration) : m)
                .ToList());

        var exception = await RefuseAsync(catalog);

        Assert.Equal(
            [(PlanProblemKind.NameChanged, 1L), (PlanProblemKind.ChecksumChanged, 2L), (PlanProblemKind.UnknownApplied, 4L)],
            exception.Problems.Select(p => (p.Kind, p.Order)));
        Assert.Contains("3 problems:", exception.Message);
        Assert.Contains("'create_writers'", exception.Message);
        Assert.Contains("'create_books'", exception.Message);
        Assert.Contains("'create_reviews'", exception.Message);
    }

    /// <summary>Migrates with <paramref name="catalog"/>, expecting a refusal that leaves the file untouched.</summary>
    [Fact]
    public async Task An_edit_accepted_with_repair_completed_is_no_longer_refused()
    {
        // The refusal's advice for a deliberate, harmless edit: record it with 'repair 3 --completed'.
        await _db.MigrateAsync(Catalogs.Generated);
        var edited = Catalogs.Changing(3, checksum: "edited-after-release");
        await using var migrator = _db.CreateMigrator(edited);

        var before = await migrator.RepairAsync(3, RepairAction.MarkCompleted);
        var result = await migrator.MigrateAsync();

        Assert.Equal(Catalogs.Generated.Find(3)!.Checksum, before.Checksum);
        Assert.Empty(result.Applied);
        var row = Assert.Single(await _db.ReadLedgerAsync(), row => row.Order == 3);
        Assert.Equal(("seed_authors", "edited-after-release", "COMPLETED"), (row.Name, row.Checksum, row.Status));
    }

    [Fact]
    public async Task Refuses_at_once_while_another_process_holds_the_lock()
    {
        // Only a STARTED row may belong to the lock holder's run in progress; any other disagreement is refused without
        // waiting for the lock.
        await _db.MigrateAsync(Catalogs.Generated);
        await using var held = await _db.CreateStore().AcquireLockAsync(
            new MigrationLockOptions(), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, CancellationToken.None);
        await using var migrator = _db.CreateMigrator(Catalogs.Changing(3, checksum: "edited-after-release"),
            new MigratorOptions { Lock = { WaitTimeout = TimeSpan.FromMinutes(10) } });
        using var bound = new CancellationTokenSource(Eventually.DefaultBound);

        var exception = await Assert.ThrowsAsync<MigrationPlanException>(() => migrator.MigrateAsync(bound.Token));

        Assert.Equal((PlanProblemKind.ChecksumChanged, 3L), (Assert.Single(exception.Problems).Kind, exception.Problems[0].Order));
    }

    private async Task<MigrationPlanException> RefuseAsync(MigrationCatalog catalog)
    {
        var before = _db.Snapshot();
        var ledger = await _db.ReadLedgerAsync();
        var reported = new List<AppliedMigration>();
        await using var migrator = _db.CreateMigrator(catalog, new MigratorOptions { MigrationApplied = reported.Add });

        var exception = await Assert.ThrowsAsync<MigrationPlanException>(() => migrator.MigrateAsync());

        Assert.Empty(reported);
        Assert.Equal(before, _db.Snapshot());
        Assert.Equal(ledger, await _db.ReadLedgerAsync());
        Assert.Equal(MigrationOperation.Up, exception.Operation);
        Assert.Equal(ledger.Where(row => row.Status == "COMPLETED").Max(row => (long?)row.Order), exception.LastAppliedOrder);
        Assert.StartsWith("The database does not match this build's migrations; nothing was applied.", exception.Message);
        Assert.Equal(exception.Problems[0].Order, exception.Order);
        Assert.Equal(exception.Problems[0].Name, exception.MigrationName);
        return exception;
    }
}
