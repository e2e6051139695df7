using Microsoft.Extensions.Logging.Abstractions;

namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>A ledger whose schema version this release does not understand is refused before anything is written.</summary>
public sealed class LedgerSchemaVersionTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("2")]
    [InlineData("not a number")]
    public async Task Refuses_to_migrate_a_ledger_it_does_not_understand(string version)
    {
        await _db.MigrateAsync(Catalogs.FirstOf(2));
        await SetSchemaVersionAsync(version);
        var before = _db.Snapshot();
        await using var migrator = _db.CreateMigrator(Catalogs.Generated);

        var exception = await Assert.ThrowsAsync<MigrationLedgerException>(() => migrator.MigrateAsync());

        Assert.Contains($"The ledger has schema version '{version}'", exception.Message);
        Assert.Contains("upgrade the package", exception.Message);
        Assert.Equal(before, _db.Snapshot());
        Assert.False(await _db.TableExistsAsync("reviews"));
    }

    [Fact]
    public async Task Refuses_to_verify_or_report_status_of_a_newer_ledger()
    {
        await _db.MigrateAsync(Catalogs.Generated);
        await SetSchemaVersionAsync("2");
        await using var migrator = _db.CreateMigrator(Catalogs.Generated);

        await Assert.ThrowsAsync<MigrationLedgerException>(() => migrator.VerifyAsync());
        await Assert.ThrowsAsync<MigrationLedgerException>(() => migrator.GetStatusAsync());
    }

    [Fact]
    public async Task Refuses_to_take_the_lock_on_a_newer_ledger()
    {
        await _db.MigrateAsync(Catalogs.Generated);
        await SetSchemaVersionAsync("2");
        var before = _db.Snapshot();
        await using var store = _db.CreateStore();

        await Assert.ThrowsAsync<MigrationLedgerException>(() => store.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, default));
        Assert.Null(await _db.ReadLeaseAsync());
        Assert.Equal(before, _db.Snapshot());
    }

    private Task SetSchemaVersionAsync(string version) =>
        _db.ExecuteAsync($"UPDATE {TestDatabase.LedgerTable}_meta SET value = $version WHERE key = 'schema_version'", ("$version", version));
}
