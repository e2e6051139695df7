using Microsoft.Extensions.Logging.Abstractions;

namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>
/// Cancelling the token of a run stops the running migration: a transactional one is rolled back, one outside a
/// transaction is recorded FAILED with the repair to run, and the lock is released at once in both cases.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class CancellingARunTests : IDisposable
{
    private readonly TestDatabase _db = new();
    private readonly BlockingMigrationGate _gate = new();

    public void Dispose()
    {
        _gate.Release();
        _db.Dispose();
    }

    [Fact]
    public async Task Cancelling_during_a_transactional_migration_rolls_it_back_and_releases_the_lock()
    {
        await _db.MigrateAsync(Catalogs.Generated);
        var catalog = Catalogs.GeneratedPlus(_gate.Descriptor(5, "create_slow_things", "CREATE TABLE slow_things (id INTEGER); INSERT INTO slow_things VALUES (1)"));
        await using var migrator = _db.CreateMigrator(catalog);
        using var cancellation = new CancellationTokenSource();
        var migrating = migrator.MigrateAsync(cancellation.Token);
        await _gate.Entered.WaitAsync(TimeSpan.FromSeconds(30));

        await cancellation.CancelAsync();
        var exception = await Assert.ThrowsAsync<MigrationCanceledException>(() => migrating.WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal((5L, "create_slow_things", 4L), (exception.Order, exception.MigrationName, exception.LastAppliedOrder));
        Assert.Equal(MigrationOperation.Up, exception.Operation);
        Assert.Null(exception.LeftAs);
        Assert.Contains("cancelled during migration 5 'create_slow_things'", exception.Message);
        Assert.Contains("Migration 5 'create_slow_things' was rolled back. The database is at migration 4.", exception.Message);
        Assert.False(await _db.TableExistsAsync("slow_things"));
        Assert.Equal([1L, 2, 3, 4], (await _db.ReadLedgerAsync()).Select(row => row.Order));
        await AssertLockIsFreeAsync();
    }

    [Fact]
    public async Task Cancelling_during_a_migration_outside_a_transaction_records_it_failed_and_names_the_repair()
    {
        await _db.MigrateAsync(Catalogs.Generated);
        var catalog = Catalogs.GeneratedPlus(_gate.Descriptor(5, "create_half_done", "CREATE TABLE half_done (id INTEGER)", runsInTransaction: false));
        await using var migrator = _db.CreateMigrator(catalog);
        using var cancellation = new CancellationTokenSource();
        var migrating = migrator.MigrateAsync(cancellation.Token);
        await _gate.Entered.WaitAsync(TimeSpan.FromSeconds(30));

        await cancellation.CancelAsync();
        var exception = await Assert.ThrowsAsync<MigrationCanceledException>(() => migrating.WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal((5L, "create_half_done", 4L), (exception.Order, exception.MigrationName, exception.LastAppliedOrder));
        Assert.Equal(LedgerStatus.Failed, exception.LeftAs);
        Assert.Contains("runs outside a transaction, so it may be partly applied; its ledger row says FAILED", exception.Message);
        Assert.Contains("'repair 5 --completed'", exception.Message);
        Assert.Contains("'repair 5 --forget'", exception.Message);
        Assert.DoesNotContain("rolled back", exception.Message);
        var row = (await _db.ReadLedgerAsync())[^1];
        Assert.Equal((5L, "FAILED"), (row.Order, row.Status));
        // Nothing undid the statement that ran before the cancellation: that is what the repair is about.
        Assert.True(await _db.TableExistsAsync("half_done"));
        await AssertLockIsFreeAsync();
    }

    /// <summary>The lease is gone and another process takes the lock without waiting at all.</summary>
    private async Task AssertLockIsFreeAsync()
    {
        Assert.Null(await _db.ReadLeaseAsync());
        await using var other = _db.CreateStore();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var taken = await other.AcquireLockAsync(new MigrationLockOptions { WaitTimeout = TimeSpan.Zero }, NullLogger.Instance, default);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.Equal(taken.Owner, (await _db.ReadLeaseAsync())?.Owner);
    }
}
