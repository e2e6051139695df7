using System.Diagnostics;

namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>
/// A runner that starts while another one is inside a long migration (holding SQLite's write lock) treats the busy
/// database as a held lock: it logs that it waits, waits up to its WaitTimeout, honours its token, and never fails
/// with SQLite's own "database is locked".
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class WaitingForALongMigrationTests : IAsyncLifetime
{
    private const string SlowSql = "CREATE TABLE slow_things (id INTEGER); INSERT INTO slow_things VALUES (1)";

    // Far shorter than the 30 s busy timeout that used to end a starter with 'database is locked'.
    private static readonly SqliteMigrationStoreOptions ShortBusyTimeout = new() { BusyTimeout = TimeSpan.FromSeconds(1) };

    private readonly TestDatabase _db = new();
    private readonly BlockingMigrationGate _gate = new();
    private MigrationCatalog _catalog = null!;
    private Migrator _holder = null!;
    private Task<MigrationRunResult> _holding = null!;
    private string _holderOwner = null!;

    public async Task InitializeAsync()
    {
        _catalog = new MigrationCatalog([_gate.Descriptor(1, "slow_things", SlowSql)], "Tests", "1.0.0");
        _holder = _db.CreateMigrator(_catalog);
        _holding = _holder.MigrateAsync();
        // The holder is now inside migration 1, in a BEGIN IMMEDIATE transaction: the database is busy for writers.
        await _gate.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        _holderOwner = (await _db.ReadLeaseAsync())?.Owner ?? throw new InvalidOperationException("The holder wrote no lease.");
    }

    public async Task DisposeAsync()
    {
        _gate.Release();
        try
        {
            await _holding.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            await _holder.DisposeAsync();
            _db.Dispose();
        }
    }

    [Fact]
    public async Task A_starter_gives_up_at_its_wait_timeout_with_the_lock_timeout_error_after_saying_that_it_waits()
    {
        var logger = new ListLogger();
        await using var starter = _db.CreateMigrator(_catalog,
            new MigratorOptions { Lock = new MigrationLockOptions { WaitTimeout = TimeSpan.FromSeconds(2) }, Logger = logger }, ShortBusyTimeout);
        var clock = Stopwatch.StartNew();

        // Exactly this type: a SqliteException ('database is locked') or a database error would fail the test.
        var exception = await Record.ExceptionAsync(() => starter.MigrateAsync());

        Assert.IsType<MigrationLockTimeoutException>(exception);
        var timeout = (MigrationLockTimeoutException)exception;
        Assert.InRange(timeout.Waited, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(20));
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(20));
        Assert.Contains("Nothing was applied", timeout.Message);
        Assert.Equal(MigrationOperation.Up, timeout.Operation);
        Assert.True(timeout.Holder == _holderOwner || timeout.Holder == "a process that is writing to the database", $"Holder: {timeout.Holder}");
        var waiting = Assert.Single(logger.Records, r => r.EventId == 1012);
        Assert.True(
            waiting.Message.Contains(_holderOwner, StringComparison.Ordinal) || waiting.Message.Contains("a process that is writing", StringComparison.Ordinal),
            waiting.Message);
        Assert.False(_holding.IsCompleted);
    }

    [Fact]
    public async Task A_cancelled_starter_stops_at_once_with_the_cancellation_error()
    {
        var logger = new ListLogger();
        await using var starter = _db.CreateMigrator(_catalog,
            new MigratorOptions { Lock = new MigrationLockOptions { WaitTimeout = TimeSpan.FromSeconds(60) }, Logger = logger }, ShortBusyTimeout);
        using var cancellation = new CancellationTokenSource();
        var migrating = starter.MigrateAsync(cancellationToken: cancellation.Token);
        await WaitUntilAsync(() => logger.Records.Any(r => r.EventId == 1012));

        var clock = Stopwatch.StartNew();
        await cancellation.CancelAsync();
        var exception = await Record.ExceptionAsync(() => migrating.WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.IsType<MigrationCanceledException>(exception);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        var canceled = (MigrationCanceledException)exception;
        Assert.Null(canceled.Order);
        Assert.Null(canceled.LeftAs);
        Assert.Contains("cancelled before it applied anything", canceled.Message);
        Assert.Contains("Nothing was applied", canceled.Message);
        Assert.False(_holding.IsCompleted);
    }

    [Fact]
    public async Task A_patient_starter_finishes_once_the_holder_is_done_and_applies_nothing_twice()
    {
        var logger = new ListLogger();
        await using var starter = _db.CreateMigrator(_catalog,
            new MigratorOptions { Lock = new MigrationLockOptions { WaitTimeout = TimeSpan.FromSeconds(60) }, Logger = logger }, ShortBusyTimeout);
        var migrating = starter.MigrateAsync();
        await WaitUntilAsync(() => logger.Records.Any(r => r.EventId == 1012));
        Assert.False(migrating.IsCompleted);

        _gate.Release();
        var held = await _holding.WaitAsync(TimeSpan.FromSeconds(30));
        var started = await migrating.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal([1L], held.Applied.Select(m => m.Order));
        Assert.Empty(started.Applied);
        var row = Assert.Single(await _db.ReadLedgerAsync());
        Assert.Equal((1L, "COMPLETED"), (row.Order, row.Status));
        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM slow_things"));
        Assert.Null(await _db.ReadLeaseAsync());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition()) await Task.Delay(20, timeout.Token);
    }
}
