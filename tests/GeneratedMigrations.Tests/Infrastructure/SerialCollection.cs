namespace GeneratedMigrations.Tests.Infrastructure;

/// <summary>
/// Tests that depend on wall-clock leases or start OS processes run alone, after the parallel tests,
/// so that a busy machine cannot starve a heartbeat and fail them for the wrong reason.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection : ICollectionFixture<ThreadPoolHeadroom>
{
    public const string Name = "Timing-sensitive tests, run alone";
}

/// <summary>
/// Lease heartbeats run on the thread pool. In the test host one pool worker is kept blocked by the runner's
/// message loop, and on a two-core machine the pool's hill climbing can shrink to two workers, so queued work
/// (a heartbeat tick) was measured waiting 0.5 to 1 s for the pool to inject a thread. Tests with 200 ms
/// heartbeats need the headroom a normal application has.
/// </summary>
public sealed class ThreadPoolHeadroom
{
    public ThreadPoolHeadroom()
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), completionPorts);
    }
}
