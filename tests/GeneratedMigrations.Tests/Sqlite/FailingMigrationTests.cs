namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>
/// A migration that throws is rolled back with its ledger row: no partial schema, no record. Migrations the
/// same run applied before it stay applied, and the error says which migration failed and where the database is.
/// </summary>
public sealed class FailingMigrationTests : IDisposable
{
    private static readonly MigrationDescriptor AfterFailure =
        Catalogs.Descriptor(6, "create_after_failure", () => new SqlMigration("CREATE TABLE after_failure (id INTEGER PRIMARY KEY)"));

    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Rolls_back_the_failing_migration_and_keeps_the_earlier_ones()
    {
        await using var migrator = _db.CreateMigrator(Catalogs.GeneratedPlus(Failing(new InvalidOperationException("boom")), AfterFailure));

        await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.MigrateAsync());

        Assert.Equal(Catalogs.GeneratedOrders, (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.False(await _db.TableExistsAsync("half_done"));
        Assert.True(await _db.TableExistsAsync("reviews"));
        Assert.Equal(2, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM authors"));
        // Nothing after the failure was attempted.
        Assert.False(await _db.TableExistsAsync("after_failure"));
        Assert.Null(await _db.ReadLeaseAsync());
    }

    [Fact]
    public async Task Names_the_failed_migration_and_the_last_applied_order()
    {
        var failure = new InvalidOperationException("boom");
        await using var migrator = _db.CreateMigrator(Catalogs.GeneratedPlus(Failing(failure)));

        var exception = await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.MigrateAsync());

        Assert.Equal(5, exception.Order);
        Assert.Equal("create_half_done", exception.MigrationName);
        Assert.Equal(4, exception.LastAppliedOrder);
        Assert.Equal(MigrationOperation.Up, exception.Operation);
        Assert.Same(failure, exception.InnerException);
        Assert.StartsWith("Migration 5 'create_half_done' failed to apply after ", exception.Message);
        Assert.Contains(": boom Migration 5 'create_half_done' was rolled back.", exception.Message);
        Assert.EndsWith("The database is at migration 4. Fix the migration and run again.", exception.Message);
    }

    [Fact]
    public async Task Says_no_migration_is_applied_when_the_first_one_fails()
    {
        var failing = Catalogs.Descriptor(1, "create_half_done", () => new FailingMigration("CREATE TABLE half_done (id INTEGER)", new InvalidOperationException("boom")));
        await using var migrator = _db.CreateMigrator(new MigrationCatalog([failing]));

        var exception = await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.MigrateAsync());

        Assert.Null(exception.LastAppliedOrder);
        Assert.Contains("The database is at no migration.", exception.Message);
        Assert.Empty(await _db.ReadLedgerAsync());
        Assert.False(await _db.TableExistsAsync("half_done"));
    }

    [Fact]
    public async Task Carries_the_provider_exception_of_a_failing_statement()
    {
        var badSql = Catalogs.Descriptor(5, "insert_into_missing_table", () => new SqlMigration(
            "CREATE TABLE half_done (id INTEGER); INSERT INTO no_such_table (id) VALUES (1)"));
        await using var migrator = _db.CreateMigrator(Catalogs.GeneratedPlus(badSql));

        var exception = await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.MigrateAsync());

        var inner = Assert.IsType<SqliteException>(exception.InnerException);
        Assert.Contains("no such table: no_such_table", inner.Message);
        Assert.Contains("no such table: no_such_table", exception.Message);
        Assert.False(await _db.TableExistsAsync("half_done"));
        Assert.Equal(Catalogs.GeneratedOrders, (await _db.ReadLedgerAsync()).Select(row => row.Order));
    }

    [Fact]
    public async Task Runs_again_from_the_failed_migration_once_it_is_fixed()
    {
        await using (var broken = _db.CreateMigrator(Catalogs.GeneratedPlus(Failing(new InvalidOperationException("boom")), AfterFailure)))
        {
            await Assert.ThrowsAsync<MigrationFailedException>(() => broken.MigrateAsync());
        }
        var fixedMigration = Catalogs.Descriptor(5, "create_half_done", () => new SqlMigration("CREATE TABLE half_done (id INTEGER)"));
        // The failed run released the lock: the next run does not wait for its lease to expire.
        await using var migrator = _db.CreateMigrator(Catalogs.GeneratedPlus(fixedMigration, AfterFailure),
            new MigratorOptions { Lock = new MigrationLockOptions { WaitTimeout = TimeSpan.Zero } });

        var result = await migrator.MigrateAsync();

        Assert.Equal([5, 6], result.Applied.Select(m => m.Order));
        Assert.True(await _db.TableExistsAsync("half_done"));
    }

    private static MigrationDescriptor Failing(Exception failure) =>
        Catalogs.Descriptor(5, "create_half_done", () => new FailingMigration("CREATE TABLE half_done (id INTEGER); INSERT INTO half_done VALUES (1)", failure));
}
