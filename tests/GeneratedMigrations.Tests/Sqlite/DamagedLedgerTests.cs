namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>
/// A ledger that was damaged by hand is reported as such (<see cref="MigrationLedgerException"/> naming the table,
/// the migration and the column) by every operation, and never read as an empty or shorter ledger.
/// </summary>
public sealed class DamagedLedgerTests : IDisposable
{
    private const string Ledger = TestDatabase.LedgerTable;

    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_row_whose_applied_at_is_not_a_time_is_reported_by_migrate_verify_and_status()
    {
        await _db.MigrateAsync(Catalogs.FirstOf(3));
        await _db.ExecuteAsync($"UPDATE \"{Ledger}\" SET applied_at = 'not-a-date' WHERE migration_order = 2");
        await using var migrator = _db.CreateMigrator(Catalogs.Generated);

        var migrate = await Assert.ThrowsAsync<MigrationLedgerException>(() => migrator.MigrateAsync());
        var verify = await Assert.ThrowsAsync<MigrationLedgerException>(() => migrator.VerifyAsync());
        var status = await Assert.ThrowsAsync<MigrationLedgerException>(() => migrator.GetStatusAsync());

        foreach (var exception in new[] { migrate, verify, status })
        {
            Assert.Equal(2, exception.Order);
            Assert.Contains(Ledger, exception.Message);
            Assert.Contains("migration 2", exception.Message);
            Assert.Contains("column applied_at holds 'not-a-date'", exception.Message);
        }
        Assert.Equal(MigrationOperation.Up, migrate.Operation);
        Assert.Equal(MigrationOperation.Verify, verify.Operation);
        // Migration 4 was pending: nothing ran.
        Assert.False(await _db.TableExistsAsync("reviews"));
        Assert.Equal([1L, 2, 3], (await _db.ReadLedgerAsync()).Select(row => row.Order));
    }

    [Fact]
    public async Task A_ledger_without_its_meta_table_is_reported_and_never_read_as_empty()
    {
        await _db.MigrateAsync(Catalogs.FirstOf(3));
        await _db.ExecuteAsync($"DROP TABLE \"{Ledger}_meta\"");
        var before = _db.Snapshot();
        await using var migrator = _db.CreateMigrator(Catalogs.Generated);

        var status = await Assert.ThrowsAsync<MigrationLedgerException>(() => migrator.GetStatusAsync());
        var verify = await Assert.ThrowsAsync<MigrationLedgerException>(() => migrator.VerifyAsync());
        var migrate = await Assert.ThrowsAsync<MigrationLedgerException>(() => migrator.MigrateAsync());

        foreach (var exception in new[] { status, verify, migrate })
        {
            Assert.Contains($"has lost its companion table \"{Ledger}_meta\"", exception.Message);
            Assert.Contains("Nothing was applied", exception.Message);
        }
        Assert.Equal(before, _db.Snapshot());
    }

    [Fact]
    public async Task Duplicate_rows_in_a_ledger_recreated_without_its_primary_key_are_refused()
    {
        await _db.MigrateAsync(Catalogs.FirstOf(3));
        await RecreateLedgerWithoutPrimaryKeyAsync();
        await _db.ExecuteAsync($"INSERT INTO \"{Ledger}\" SELECT * FROM \"{Ledger}\" WHERE migration_order = 3");
        await using var migrator = _db.CreateMigrator(Catalogs.Generated);

        var status = await Assert.ThrowsAsync<MigrationLedgerException>(() => migrator.GetStatusAsync());
        var migrate = await Assert.ThrowsAsync<MigrationLedgerException>(() => migrator.MigrateAsync());

        foreach (var exception in new[] { status, migrate })
        {
            Assert.Equal(3, exception.Order);
            Assert.Contains("holds two rows for migration 3", exception.Message);
        }
        Assert.False(await _db.TableExistsAsync("reviews"));
    }

    [Fact]
    public async Task A_ledger_without_its_primary_key_is_refused_before_anything_runs()
    {
        await _db.MigrateAsync(Catalogs.FirstOf(3));
        await RecreateLedgerWithoutPrimaryKeyAsync();
        await using var migrator = _db.CreateMigrator(Catalogs.Generated);

        var exception = await Assert.ThrowsAsync<MigrationLedgerException>(() => migrator.MigrateAsync());

        Assert.Contains("has lost its primary key on migration_order", exception.Message);
        Assert.False(await _db.TableExistsAsync("reviews"));
        Assert.Equal([1L, 2, 3], (await _db.ReadLedgerAsync()).Select(row => row.Order));
    }

    [Fact]
    public async Task A_ledger_missing_a_column_is_refused_before_anything_runs()
    {
        await _db.MigrateAsync(Catalogs.FirstOf(3));
        await _db.ExecuteAsync($"ALTER TABLE \"{Ledger}\" DROP COLUMN applied_by");
        var before = _db.Snapshot();
        await using var migrator = _db.CreateMigrator(Catalogs.Generated);

        var exception = await Assert.ThrowsAsync<MigrationLedgerException>(() => migrator.MigrateAsync());

        Assert.Contains($"The ledger table \"{Ledger}\" in {_db.FilePath} is not a GeneratedMigrations ledger: it has no column applied_by", exception.Message);
        Assert.Equal(before, _db.Snapshot());
    }

    private Task RecreateLedgerWithoutPrimaryKeyAsync() =>
        _db.ExecuteAsync(
            $"CREATE TABLE ledger_copy AS SELECT * FROM \"{Ledger}\"; DROP TABLE \"{Ledger}\"; ALTER TABLE ledger_copy RENAME TO \"{Ledger}\"");
}
