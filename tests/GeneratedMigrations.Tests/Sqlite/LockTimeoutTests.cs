using Microsoft.Extensions.Logging.Abstractions;

namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>While another live process holds the lock, a runner waits up to its timeout, then fails naming the holder, having applied nothing.</summary>
[Collection(SerialCollection.Name)]
public sealed class LockTimeoutTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Times_out_naming_the_holder_and_applies_nothing()
    {
        await _db.MigrateAsync(Catalogs.FirstOf(2));
        await using var holderStore = _db.CreateStore();
        // The default heartbeat gives a 15 s lease: far longer than the wait below.
        await using var held = await holderStore.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, default);
        var waitTimeout = TimeSpan.FromMilliseconds(400);
        var reported = new List<AppliedMigration>();
        await using var migrator = _db.CreateMigrator(Catalogs.Generated,
            new MigratorOptions { Lock = new MigrationLockOptions { WaitTimeout = waitTimeout }, MigrationApplied = reported.Add });

        var exception = await Assert.ThrowsAsync<MigrationLockTimeoutException>(() => migrator.MigrateAsync());

        Assert.Equal(held.Owner, exception.Holder);
        Assert.Contains($"held by {held.Owner}", exception.Message);
        Assert.Contains("Nothing was applied", exception.Message);
        Assert.Contains("MigrationLockOptions.WaitTimeout", exception.Message);
        Assert.InRange(exception.Waited, waitTimeout, TimeSpan.MaxValue);
        Assert.Equal(MigrationOperation.Up, exception.Operation);
        Assert.Empty(reported);
        Assert.Equal([1, 2], (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.False(await _db.TableExistsAsync("reviews"));
        Assert.Equal(held.Owner, (await _db.ReadLeaseAsync())?.Owner);
    }

    [Fact]
    public async Task Names_the_process_and_host_that_holds_the_lock()
    {
        await using var holderStore = _db.CreateStore();
        await using var held = await holderStore.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, default);

        Assert.Contains(Environment.MachineName, held.Owner);
        Assert.Contains($"pid {Environment.ProcessId}", held.Owner);
        Assert.Equal(held.Owner, (await _db.ReadLeaseAsync())?.Owner);
    }

    [Fact]
    public async Task Applies_once_the_holder_releases_the_lock()
    {
        await using var holderStore = _db.CreateStore();
        var held = await holderStore.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, default);
        var logger = new ListLogger();
        await using var migrator = _db.CreateMigrator(Catalogs.Generated,
            new MigratorOptions { Lock = new MigrationLockOptions { WaitTimeout = TimeSpan.FromSeconds(30) }, Logger = logger });

        var migrating = migrator.MigrateAsync();
        // Release only once the runner has reported that it is waiting for this holder.
        await Eventually.WaitUntilAsync(() => logger.Records.Any(r => r.EventId == 1012 && r.Message.Contains(held.Owner, StringComparison.Ordinal)),
            "the runner reports waiting for the holder");
        Assert.False(migrating.IsCompleted);
        await held.DisposeAsync();
        var result = await migrating;

        Assert.Equal(Catalogs.GeneratedOrders, result.Applied.Select(m => m.Order));
        Assert.Null(await _db.ReadLeaseAsync());
    }
}
