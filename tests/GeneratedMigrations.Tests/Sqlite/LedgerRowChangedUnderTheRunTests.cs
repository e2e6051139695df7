namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>
/// A step whose ledger row is not what the plan read (changed by another process, or by hand, while this run holds
/// the lock) fails and rolls back with the row untouched: a migration is never applied or reverted without its row
/// saying so.
/// </summary>
public sealed class LedgerRowChangedUnderTheRunTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_released_migration_whose_pending_row_vanished_meanwhile_is_rolled_back()
    {
        // Migration 5 was released by a repair (its row says PENDING); while it runs, its row is deleted.
        await _db.MigrateAsync(Catalogs.Generated);
        await _db.ExecuteAsync(
            $"INSERT INTO {TestDatabase.LedgerTable} (migration_order, name, checksum, status, applied_at, duration_ms, applied_by) " +
            "VALUES (5, 'five', 'checksum-of-five', 'PENDING', '2025-01-01T00:00:00.000Z', 0, 'repair')");
        var five = Catalogs.Descriptor(5, "five",
            () => new SqlMigration($"CREATE TABLE five (id INTEGER); DELETE FROM {TestDatabase.LedgerTable} WHERE migration_order = 5"));
        await using var migrator = _db.CreateMigrator(Catalogs.GeneratedPlus(five));

        var exception = await Assert.ThrowsAsync<MigrationLockLostException>(() => migrator.MigrateAsync());

        Assert.Equal((5L, 4L), (exception.Order, exception.LastAppliedOrder));
        Assert.Contains("the ledger row of migration 5 was changed by another process", exception.Message);
        Assert.False(await _db.TableExistsAsync("five"));
        Assert.Equal("PENDING", (await _db.ReadLedgerAsync())[^1].Status);
    }

    [Fact]
    public async Task A_revert_whose_row_vanished_meanwhile_is_rolled_back()
    {
        var five = new MigrationDescriptor(5, "five", "checksum-of-five", isReversible: true, "Tests.Five",
            () => new GeneratedMigrations.SqlMigration("CREATE TABLE five (id INTEGER)",
                $"DROP TABLE five; DELETE FROM {TestDatabase.LedgerTable} WHERE migration_order = 5"));
        var catalog = Catalogs.GeneratedPlus(five);
        await _db.MigrateAsync(catalog);
        await using var migrator = _db.CreateMigrator(catalog);

        var exception = await Assert.ThrowsAsync<MigrationLockLostException>(() => migrator.RevertAsync(RevertTarget.OneStep));

        Assert.Equal((5L, MigrationOperation.Down), (exception.Order, exception.Operation));
        Assert.Contains("the ledger row of migration 5 was changed by another process", exception.Message);
        Assert.True(await _db.TableExistsAsync("five"));
        var row = (await _db.ReadLedgerAsync())[^1];
        Assert.Equal((5L, "COMPLETED"), (row.Order, row.Status));
    }

    [Fact]
    public async Task A_migration_that_another_process_recorded_meanwhile_is_rolled_back_and_the_other_record_stays()
    {
        // Migration 5 records 6 (as a concurrent recorder would, planned from the same ledger read): 6's plain insert
        // fails on the key, 6 is rolled back, and the error says the lock ended rather than blaming the migration.
        var catalog = Catalogs.GeneratedPlus(
            Catalogs.Descriptor(5, "records_six", () => new SqlMigration(
                $"INSERT INTO {TestDatabase.LedgerTable} (migration_order, name, checksum, status, applied_at, duration_ms, applied_by) " +
                "VALUES (6, 'six', 'checksum-of-six', 'COMPLETED', '2025-01-01T00:00:00.000Z', 7, 'another process')")),
            Catalogs.Descriptor(6, "six", () => new SqlMigration("CREATE TABLE six (id INTEGER)")));
        await using var migrator = _db.CreateMigrator(catalog);

        var exception = await Assert.ThrowsAsync<MigrationLockLostException>(() => migrator.MigrateAsync());

        Assert.Equal((6L, 5L), (exception.Order, exception.LastAppliedOrder));
        Assert.Contains("another process recorded migration 6 while this run was applying it", exception.Message);
        Assert.False(await _db.TableExistsAsync("six"));
        Assert.Equal("another process", (await _db.ReadLedgerAsync())[^1].AppliedBy);
    }
}
