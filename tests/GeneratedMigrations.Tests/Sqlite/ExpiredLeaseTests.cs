using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;

namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>A lease whose holder died (stopped renewing it) is taken over once it expires, so a crash cannot block migrations forever.</summary>
[Collection(SerialCollection.Name)]
public sealed class ExpiredLeaseTests : IDisposable
{
    private const string DeadHolder = "dead-host pid 999999 (deadbeef)";

    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Takes_over_a_lease_whose_holder_died()
    {
        await LeaveLeaseOfDeadHolderAsync(expiresIn: TimeSpan.FromMinutes(-1));
        var logger = new ListLogger();
        await using var migrator = _db.CreateMigrator(Catalogs.Generated,
            new MigratorOptions { Logger = logger, Lock = new MigrationLockOptions { WaitTimeout = TimeSpan.FromSeconds(30) } });

        var result = await migrator.MigrateAsync();

        Assert.Equal(Catalogs.GeneratedOrders, result.Applied.Select(m => m.Order));
        var takeover = Assert.Single(logger.Records, r => r.EventId == 2002);
        Assert.Contains(DeadHolder, takeover.Message);
        // It took the lease at once: it never reported waiting for the dead holder.
        Assert.DoesNotContain(logger.Records, r => r.EventId == 1012);
        Assert.Null(await _db.ReadLeaseAsync());
    }

    [Fact]
    public async Task Waits_for_the_lease_of_a_dead_holder_to_expire_then_takes_it_over()
    {
        // Far in the future, so the runner certainly finds it live; the test expires it once the runner waits.
        await LeaveLeaseOfDeadHolderAsync(expiresIn: TimeSpan.FromMinutes(10));
        var logger = new ListLogger();
        await using var migrator = _db.CreateMigrator(Catalogs.Generated,
            new MigratorOptions { Logger = logger, Lock = new MigrationLockOptions { WaitTimeout = TimeSpan.FromMinutes(2) } });

        var migrating = migrator.MigrateAsync();
        await Eventually.WaitUntilAsync(() => logger.Records.Any(r => r.EventId == 1012 && r.Message.Contains(DeadHolder, StringComparison.Ordinal)),
            "the runner reports waiting for the dead holder");
        Assert.False(migrating.IsCompleted, "The runner went on while a live-looking lease was held.");
        Assert.DoesNotContain(logger.Records, r => r.EventId == 2002);
        // Time passes for the dead holder: its lease runs out, unrenewed.
        await _db.ExecuteAsync($"UPDATE {TestDatabase.LedgerTable}_lock SET expires_at = $expires_at",
            ("$expires_at", DateTimeOffset.UtcNow.AddSeconds(-1).ToUnixTimeMilliseconds()));
        var result = await migrating.WaitAsync(Eventually.DefaultBound);

        Assert.Equal(Catalogs.GeneratedOrders, result.Applied.Select(m => m.Order));
        Assert.Contains(logger.Records, r => r.EventId == 2002 && r.Message.Contains(DeadHolder, StringComparison.Ordinal));
        Assert.Null(await _db.ReadLeaseAsync());
    }

    /// <summary>Writes the lease row a process would leave if it died holding the lock.</summary>
    private async Task LeaveLeaseOfDeadHolderAsync(TimeSpan expiresIn)
    {
        // Let the store create its tables, as the dead process's store did.
        await using (var store = _db.CreateStore())
        {
            await using var created = await store.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, default);
        }
        var now = DateTimeOffset.UtcNow;
        await _db.ExecuteAsync(
            $"INSERT INTO {TestDatabase.LedgerTable}_lock (id, owner, acquired_at, expires_at) VALUES (1, $owner, $acquired_at, $expires_at)",
            ("$owner", DeadHolder), ("$acquired_at", now.AddMinutes(-5).ToString("o", CultureInfo.InvariantCulture)), ("$expires_at", (now + expiresIn).ToUnixTimeMilliseconds()));
        Assert.Equal(DeadHolder, (await _db.ReadLeaseAsync())?.Owner);
    }
}
