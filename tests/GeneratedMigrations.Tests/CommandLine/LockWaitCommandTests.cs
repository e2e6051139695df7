using Microsoft.Extensions.Logging.Abstractions;
using static GeneratedMigrations.Tests.CommandLine.SampleExitCodes;

namespace GeneratedMigrations.Tests.CommandLine;

/// <summary>Without <c>--lock-timeout</c> a command waits for another instance's lock (120 s by default), and goes on once it is released.</summary>
public sealed class LockWaitCommandTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task The_help_states_the_default_lock_timeout_of_120_seconds()
    {
        var run = await Bookshelf.RunAsync(_db, "up", "--help");

        Assert.True(run.ExitCode == Success, run.ToString());
        Assert.Matches(@"--lock-timeout <[^>]+>\s+Seconds to wait for another instance's migration lock before giving up \(default: 120\)\.", run.Output);
    }

    [Fact]
    public async Task Up_without_a_lock_timeout_keeps_waiting_for_the_holder_then_applies_everything_once_it_is_released()
    {
        await using var holderStore = new SqliteMigrationStore(_db.ConnectionString);
        var held = await holderStore.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, CancellationToken.None);
        using var process = Bookshelf.Start(_db, "up");
        var run = Bookshelf.WaitAsync(process);

        // Far longer than a mistaken default of a second or two, far shorter than 120 s.
        await Task.Delay(TimeSpan.FromSeconds(5));
        if (run.IsCompleted) Assert.Fail("The command gave up waiting for the lock: " + await run);
        Assert.Empty(await _db.ReadLedgerAsync());
        await held.DisposeAsync();
        var result = await run;

        Assert.True(result.ExitCode == Success, result.ToString());
        Assert.Contains("Applied 9 migration(s); the database is at migration 9.", result.Output);
        Assert.Equal(9, (await _db.ReadLedgerAsync()).Count);
    }
}
