namespace GeneratedMigrations.Tests.Runner;

/// <summary>
/// The library never resumes on its caller's SynchronizationContext (ConfigureAwait(false) everywhere), so an app
/// that blocks on a run from a UI-like thread (one thread that runs everything posted to it) does not deadlock.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class SynchronizationContextTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Blocking_on_a_run_from_a_single_threaded_context_completes()
    {
        // A lock held for a moment makes the runner really wait (Task.Delay), and a migration that really awaits
        // makes the executor resume after it: each of those awaits would post back to the blocked thread without
        // ConfigureAwait(false).
        await using var holderStore = _db.CreateStore();
        var held = await holderStore.AcquireLockAsync(new MigrationLockOptions(), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, default);
        var catalog = Catalogs.GeneratedPlus(Catalogs.Descriptor(5, "create_later", () => new YieldingMigration()));
        await using var migrator = _db.CreateMigrator(catalog);

        var outcome = new TaskCompletionSource<MigrationRunResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            using var context = new SingleThreadSynchronizationContext();
            SynchronizationContext.SetSynchronizationContext(context);
            try
            {
                outcome.SetResult(migrator.MigrateAsync().GetAwaiter().GetResult());
            }
            catch (Exception exception)
            {
                outcome.SetException(exception);
            }
        })
        { IsBackground = true, Name = "single-threaded context" }; // A deadlocked thread must not keep the test host alive.
        thread.Start();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await held.DisposeAsync();

        var finished = await Task.WhenAny(outcome.Task, Task.Delay(TimeSpan.FromSeconds(60)));

        Assert.True(finished == outcome.Task, "MigrateAsync blocked under a single-threaded SynchronizationContext did not complete within 60 s: a deadlock.");
        Assert.Equal([1L, 2, 3, 4, 5], (await outcome.Task).Applied.Select(m => m.Order));
        Assert.True(await _db.TableExistsAsync("later"));
    }

    private sealed class YieldingMigration : IMigration
    {
        public async Task UpAsync(MigrationContext context, CancellationToken cancellationToken)
        {
            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
            await context.ExecuteAsync("CREATE TABLE later (id INTEGER)", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs everything posted to it on the one thread that created it, like a UI thread; that thread is the one blocked here.</summary>
    private sealed class SingleThreadSynchronizationContext : SynchronizationContext, IDisposable
    {
        private readonly System.Collections.Concurrent.BlockingCollection<(SendOrPostCallback Callback, object? State)> _queue = [];

        public override void Post(SendOrPostCallback d, object? state)
        {
            // Queued for the owning thread, which is blocked in GetResult and never runs it: what a UI thread does.
            if (!_queue.IsAddingCompleted) _queue.Add((d, state));
        }

        public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("Send would run on the blocked thread.");

        public override SynchronizationContext CreateCopy() => this;

        public void Dispose()
        {
            _queue.CompleteAdding();
            _queue.Dispose();
        }
    }
}
