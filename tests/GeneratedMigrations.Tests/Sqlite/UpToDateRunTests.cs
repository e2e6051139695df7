namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>A run against an up-to-date database applies nothing and writes nothing: no lock row, no DDL, no commit.</summary>
public sealed class UpToDateRunTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_second_run_applies_nothing()
    {
        await _db.MigrateAsync(Catalogs.Generated);
        var reported = new List<AppliedMigration>();
        await using var migrator = _db.CreateMigrator(Catalogs.Generated, new MigratorOptions { MigrationApplied = reported.Add });

        var result = await migrator.MigrateAsync();

        Assert.True(result.WasUpToDate);
        Assert.Empty(result.Applied);
        Assert.Empty(reported);
        Assert.Equal(Catalogs.GeneratedOrders, result.Plan.Applied.Select(m => m.Order));
        Assert.Equal(4, result.Plan.LastAppliedOrder);
    }

    [Fact]
    public async Task A_second_run_leaves_the_file_byte_for_byte_unchanged()
    {
        await _db.MigrateAsync(Catalogs.Generated);
        var schemaVersion = await _db.ScalarAsync<long>("PRAGMA schema_version");
        var before = _db.Snapshot();
        // Any write would also move the file's modification time past this point.
        await Task.Delay(20);

        await _db.MigrateAsync(Catalogs.Generated);

        // SQLite bumps the header's change counter on every commit, so equal bytes mean no write at all.
        Assert.Equal(before, _db.Snapshot());
        Assert.Equal(schemaVersion, await _db.ScalarAsync<long>("PRAGMA schema_version"));
        Assert.Null(await _db.ReadLeaseAsync());
    }

    [Fact]
    public async Task A_second_run_does_not_wait_for_the_lock()
    {
        await _db.MigrateAsync(Catalogs.Generated);
        // Another process holds the lock for good: a run with nothing to do must not even ask for it.
        await using var holder = _db.CreateStore();
        await using var held = await holder.AcquireLockAsync(new MigrationLockOptions(), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, default);
        await using var migrator = _db.CreateMigrator(Catalogs.Generated,
            new MigratorOptions { Lock = new MigrationLockOptions { WaitTimeout = TimeSpan.Zero } });

        var result = await migrator.MigrateAsync();

        Assert.True(result.WasUpToDate);
    }
}
