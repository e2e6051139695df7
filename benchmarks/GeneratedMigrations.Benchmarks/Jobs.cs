using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace MigrationBenchmarks;

/// <summary>
/// A modest job for microsecond-scale work: one process, 3 warm-up and 10 measured iterations (about ShortRun's
/// cost with a few more samples, because the machine is shared and noisy).
/// </summary>
public sealed class QuickConfig : ManualConfig
{
    public QuickConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithId("Quick"));
        AddColumn(StatisticColumn.Median);
    }
}

/// <summary>
/// For runs that need a fresh database file each time: one invocation per iteration (the file is replaced in
/// [IterationSetup]), no pilot stage, 2 warm-up and 30 measured iterations. Commits make these runs noisy (fsync on a shared disk):
/// read the median beside the mean.
/// </summary>
public sealed class FreshFileConfig : ManualConfig
{
    public FreshFileConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(30)
            .WithInvocationCount(1).WithUnrollFactor(1)
            .WithId("FreshFile"));
        AddColumn(StatisticColumn.Median);
    }
}

/// <summary>
/// One call per process: each launch is a new process whose first and only measured call is cold (no JIT, no
/// pools, no caches). Ten launches per benchmark.
/// </summary>
public sealed class ColdStartConfig : ManualConfig
{
    public ColdStartConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.ColdStart)
            .WithLaunchCount(10).WithWarmupCount(0).WithIterationCount(1)
            .WithInvocationCount(1).WithUnrollFactor(1)
            .WithId("ColdStart"));
        AddColumn(StatisticColumn.Median);
    }
}
