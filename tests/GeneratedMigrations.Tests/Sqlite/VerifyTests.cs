namespace GeneratedMigrations.Tests.Sqlite;

/// <summary><see cref="Migrator.VerifyAsync"/> passes only when the database matches this build, and changes nothing.</summary>
public sealed class VerifyTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Passes_when_the_database_is_up_to_date()
    {
        await _db.MigrateAsync(Catalogs.Generated);
        var before = _db.Snapshot();
        await using var migrator = _db.CreateMigrator(Catalogs.Generated);

        await migrator.VerifyAsync();

        Assert.Equal(before, _db.Snapshot());
    }

    [Fact]
    public async Task Fails_naming_each_pending_migration()
    {
        await _db.MigrateAsync(Catalogs.FirstOf(2));
        var before = _db.Snapshot();
        await using var migrator = _db.CreateMigrator(Catalogs.Generated);

        var exception = await Assert.ThrowsAsync<MigrationPlanException>(() => migrator.VerifyAsync());

        Assert.Equal(MigrationOperation.Verify, exception.Operation);
        Assert.Equal(2, exception.LastAppliedOrder);
        Assert.Equal([(PlanProblemKind.NotApplied, 3L), (PlanProblemKind.NotApplied, 4L)], exception.Problems.Select(p => (p.Kind, p.Order)));
        Assert.Contains("Migration 3 'seed_authors' has not been applied", exception.Message);
        Assert.Contains("Migration 4 'create_reviews' has not been applied", exception.Message);
        Assert.Contains("Run the migrations", exception.Message);
        Assert.Equal(before, _db.Snapshot());
    }

    [Fact]
    public async Task Fails_on_a_database_that_was_never_migrated()
    {
        await using var migrator = _db.CreateMigrator(Catalogs.Generated);

        var exception = await Assert.ThrowsAsync<MigrationPlanException>(() => migrator.VerifyAsync());

        Assert.Equal(Catalogs.GeneratedOrders, exception.Problems.Select(p => p.Order));
        Assert.Null(exception.LastAppliedOrder);
        Assert.False(await _db.TableExistsAsync(TestDatabase.LedgerTable));
    }

    [Fact]
    public async Task Reports_a_disagreement_once_and_the_other_pending_migrations()
    {
        await _db.MigrateAsync(Catalogs.Without(3));
        await using var migrator = _db.CreateMigrator(Catalogs.GeneratedPlus(
            Catalogs.Descriptor(5, "create_tags", () => new SqlMigration("CREATE TABLE tags (id INTEGER)"))));

        var exception = await Assert.ThrowsAsync<MigrationPlanException>(() => migrator.VerifyAsync());

        // Migration 3 is both pending and out of order: reported once, as out of order.
        Assert.Equal([(PlanProblemKind.OutOfOrder, 3L), (PlanProblemKind.NotApplied, 5L)], exception.Problems.Select(p => (p.Kind, p.Order)));
    }
}
