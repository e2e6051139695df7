using Microsoft.Extensions.Logging.Abstractions;

namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>A live holder renews its lease with a heartbeat, so it is never taken over, however long it holds the lock.</summary>
[Collection(SerialCollection.Name)]
public sealed class LeaseHeartbeatTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_live_holder_renews_its_lease_at_each_heartbeat()
    {
        var heartbeat = TimeSpan.FromMilliseconds(250);
        await using var holderStore = _db.CreateStore();
        await using var held = await holderStore.AcquireLockAsync(new MigrationLockOptions { HeartbeatInterval = heartbeat }, NullLogger.Instance, default);
        var expiries = new List<long> { (await _db.ReadLeaseAsync())!.Value.ExpiresAt };

        // Watch the lease row until it has been pushed forward five times; only a working heartbeat does that. A late
        // tick only makes this slower, so the bound is generous and the test has no margin a loaded machine can miss.
        using var timeout = new CancellationTokenSource(Eventually.DefaultBound);
        while (expiries.Count < 6)
        {
            await Task.Delay(heartbeat / 5, timeout.Token);
            var lease = (await _db.ReadLeaseAsync())!.Value;
            Assert.Equal(held.Owner, lease.Owner);
            if (lease.ExpiresAt != expiries[^1]) expiries.Add(lease.ExpiresAt);
        }

        Assert.Equal(expiries.Order(), expiries);
    }

    [Fact]
    public async Task A_live_holder_is_not_taken_over_across_many_heartbeat_intervals()
    {
        // A lease of 3 s: a heartbeat would have to be more than 2 s late for the lease to run out, which a loaded
        // two-core machine does not do (a 250 ms heartbeat's 500 ms slack was missed).
        var heartbeat = TimeSpan.FromSeconds(1);
        await using var holderStore = _db.CreateStore();
        await using var held = await holderStore.AcquireLockAsync(new MigrationLockOptions { HeartbeatInterval = heartbeat }, NullLogger.Instance, default);
        // Two leases (six heartbeats): without renewal the lease would expire after the first and be taken over.
        var options = new MigrationLockOptions { HeartbeatInterval = heartbeat };
        options.WaitTimeout = options.LeaseDuration * 2;
        await using var migrator = _db.CreateMigrator(Catalogs.Generated, new MigratorOptions { Lock = options });

        var exception = await Assert.ThrowsAsync<MigrationLockTimeoutException>(() => migrator.MigrateAsync());

        Assert.Equal(held.Owner, exception.Holder);
        Assert.Equal(held.Owner, (await _db.ReadLeaseAsync())?.Owner);
        Assert.Empty(await _db.ReadLedgerAsync());
    }

    [Fact]
    public async Task Keeps_its_lease_through_a_migration_longer_than_the_lease_while_another_runner_waits()
    {
        var slowStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // A lease of 6 s: the holder's last renewal (at the slow migration's commit) and its release may be far apart
        // on a loaded machine (a 1.2 s lease was missed at a load average of 18 on two cores, a 3 s one at 25).
        var options = new MigrationLockOptions { HeartbeatInterval = TimeSpan.FromSeconds(2), WaitTimeout = TimeSpan.FromMinutes(2) };
        var catalog = Catalogs.GeneratedPlus(Catalogs.Descriptor(5, "slow", () => new SlowMigration(slowStarted, options.LeaseDuration + TimeSpan.FromSeconds(1))));
        var firstLogger = new ListLogger();
        var secondLogger = new ListLogger();
        await using var first = _db.CreateMigrator(catalog, new MigratorOptions { Lock = options, Logger = firstLogger });
        await using var second = _db.CreateMigrator(catalog, new MigratorOptions { Lock = options, Logger = secondLogger });

        // The slow migration holds SQLite's write lock for longer than a lease, so no heartbeat can renew meanwhile; the
        // lease is confirmed inside each migration's transaction, and nobody can take it while that transaction runs.
        var firstRun = first.MigrateAsync();
        await slowStarted.Task.WaitAsync(Eventually.DefaultBound);
        var secondRun = second.MigrateAsync();
        var results = await Task.WhenAll(firstRun, secondRun);

        Assert.Equal([1, 2, 3, 4, 5], results[0].Applied.Select(m => m.Order));
        Assert.Empty(results[1].Applied);
        Assert.Equal(5, results[1].Plan.LastAppliedOrder);
        // 2002: a lease taken over; 2004: a holder that lost its lease.
        var takeovers = firstLogger.Records.Concat(secondLogger.Records).Where(r => r.EventId is 2002 or 2004).Select(r => r.Message).ToList();
        Assert.True(takeovers.Count == 0, "The lease changed hands: " + string.Join(" | ", takeovers));
    }

    private sealed class SlowMigration(TaskCompletionSource started, TimeSpan duration) : IMigration
    {
        public async Task UpAsync(MigrationContext context, CancellationToken cancellationToken)
        {
            await context.ExecuteAsync("CREATE TABLE slow (id INTEGER)", cancellationToken);
            started.SetResult();
            await Task.Delay(duration, cancellationToken);
        }
    }
}
