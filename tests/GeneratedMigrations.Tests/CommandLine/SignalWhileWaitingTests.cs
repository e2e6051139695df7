using Microsoft.Extensions.Logging.Abstractions;

namespace GeneratedMigrations.Tests.CommandLine;

/// <summary>
/// SIGTERM (every container shutdown) and Ctrl+C stop the Bookshelf sample cleanly while it waits for the lock:
/// it says what it stopped, exits 7, and leaves the database and the other process's lock as they were.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class SignalWhileWaitingTests : IDisposable
{
    private const int Canceled = 7; // GeneratedMigrations.CommandLine.ExitCodes.Canceled

    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("TERM", "SIGTERM")]
    [InlineData("INT", "Ctrl+C")]
    public async Task A_signal_while_waiting_for_the_lock_exits_7_saying_nothing_was_applied(string signal, string signalName)
    {
        await using var holderStore = _db.CreateStore();
        await using var held = await holderStore.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, default);
        using var sample = Bookshelf.StartProcess(_db, "up", "--lock-timeout", "120");
        // The sample registers its signal handlers before it opens the database; once it has the file open it reads
        // the ledger or waits for the lock (a second later, surely the latter).
        using (var started = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            while (!sample.HasOpen(_db.FilePath))
            {
                Assert.False(sample.HasExited, "The sample exited before it opened the database.");
                await Task.Delay(50, started.Token);
            }
        }
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(sample.HasExited);

        await sample.SignalAsync(signal);
        var run = await sample.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.True(run.ExitCode == Canceled, run.ToString());
        Assert.Contains($"Received {signalName}: stopping the migration run", run.Errors);
        Assert.Contains("The migration run was cancelled before it applied anything. Nothing was applied. The database is at no migration.", run.Errors);
        Assert.Empty(await _db.ReadLedgerAsync());
        Assert.False(await _db.TableExistsAsync("books"));
        // The waiter never took the lock, so it did not release someone else's.
        Assert.Equal(held.Owner, (await _db.ReadLeaseAsync())?.Owner);
    }
}
