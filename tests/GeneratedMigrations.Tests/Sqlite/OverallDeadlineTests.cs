using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;

namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>OverallDeadline bounds the whole run, the wait for another process's lock included.</summary>
[Collection(SerialCollection.Name)]
public sealed class OverallDeadlineTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task The_deadline_ends_a_wait_for_the_lock_long_before_the_wait_timeout()
    {
        await _db.MigrateAsync(Catalogs.FirstOf(2));
        await using var holderStore = _db.CreateStore();
        await using var held = await holderStore.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, default);
        await using var migrator = _db.CreateMigrator(Catalogs.Generated, new MigratorOptions
        {
            Lock = new MigrationLockOptions { WaitTimeout = TimeSpan.FromSeconds(60), OverallDeadline = TimeSpan.FromSeconds(2) },
        });
        var clock = Stopwatch.StartNew();

        var exception = await Assert.ThrowsAsync<MigrationDeadlineExceededException>(() => migrator.MigrateAsync());

        // Timers may fire a few milliseconds before their due time: the lower bound allows that, not an early failure.
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.9), TimeSpan.FromSeconds(10));
        Assert.Null(exception.Order);
        Assert.Null(exception.MigrationName);
        Assert.Null(exception.LeftAs);
        Assert.Equal(2, exception.LastAppliedOrder);
        Assert.Contains("passed its deadline of 2 s before it could start migrating", exception.Message);
        Assert.Contains("Nothing was applied", exception.Message);
        Assert.Equal([1L, 2], (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.Equal(held.Owner, (await _db.ReadLeaseAsync())?.Owner);
    }
}
