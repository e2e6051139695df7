namespace GeneratedMigrations.Tests.Processes;

/// <summary>
/// Several OS processes started together against one new SQLite file apply each migration exactly once:
/// one of them applies it, the others wait for the lock and find nothing left to do.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class ConcurrentProcessTests : IDisposable
{
    private const int ProcessCount = 4;
    private const int Rounds = 5;

    /// <summary>The TestHost's catalogue (its own [Migration] classes).</summary>
    private static readonly (long Order, string Name)[] HostMigrations =
    [
        (1, "create_widgets"), (2, "create_seed_log"), (3, "seed_widgets"), (4, "add_widget_price"), (5, "create_orders"), (6, "index_orders_by_widget"),
    ];

    private readonly List<TestDatabase> _databases = [];

    public void Dispose()
    {
        foreach (var db in _databases) db.Dispose();
    }

    [Fact]
    public async Task Four_processes_started_together_apply_each_migration_exactly_once()
    {
        for (var round = 1; round <= Rounds; round++)
        {
            var db = NewDatabase();

            var runs = await RunTogetherAsync(db, ProcessCount);

            Assert.All(runs, run =>
            {
                Assert.True(run.ExitCode == 0, $"Round {round}: {run}");
                Assert.Empty(run.Errors);
                Assert.Equal("done", run.Done?.Split(' ')[0]);
                Assert.EndsWith(" last=6", run.Done);
            });
            // Across all processes, one "applied" line per migration: nobody applied anything twice.
            Assert.Equal(HostMigrations, runs.SelectMany(run => run.Applied).OrderBy(m => m.Order));
            var ledger = await db.ReadLedgerAsync();
            Assert.Equal(HostMigrations, ledger.Select(row => (row.Order, row.Name)));
            Assert.All(ledger, row => Assert.Equal("COMPLETED", row.Status));
            // The data migration ran once: a second run would have added a row here (or failed on the widgets key).
            Assert.Equal(1, await db.ScalarAsync<long>("SELECT COUNT(*) FROM seed_log"));
            Assert.Equal(2, await db.ScalarAsync<long>("SELECT COUNT(*) FROM widgets"));
            Assert.Null(await db.ReadLeaseAsync());
        }
    }

    [Fact]
    public async Task Processes_started_against_an_up_to_date_file_apply_and_write_nothing()
    {
        var db = NewDatabase();
        Assert.Equal(0, Assert.Single(await RunTogetherAsync(db, 1)).ExitCode);
        var before = db.Snapshot();

        var runs = await RunTogetherAsync(db, ProcessCount);

        Assert.All(runs, run =>
        {
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Empty(run.Applied);
            Assert.Equal("done applied=0 last=6", run.Done);
        });
        Assert.Equal(before, db.Snapshot());
    }

    private TestDatabase NewDatabase()
    {
        var db = new TestDatabase();
        _databases.Add(db);
        return db;
    }

    /// <summary>Starts the hosts, waits until each is ready, releases them at once, and waits for them all to exit.</summary>
    private static async Task<HostRun[]> RunTogetherAsync(TestDatabase db, int count)
    {
        // Generous: on a loaded two-core machine each `dotnet` start-up alone can take seconds.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var hosts = new List<HostProcess>();
        try
        {
            for (var i = 0; i < count; i++) hosts.Add(HostProcess.StartAtBarrier("--db", db.FilePath));
            foreach (var host in hosts) await host.WaitUntilReadyAsync(timeout.Token);
            await Task.WhenAll(hosts.Select(host => host.GoAsync()));
            return await Task.WhenAll(hosts.Select(host => host.WaitForExitAsync(timeout.Token)));
        }
        finally
        {
            // Kills any host still running when the test fails or times out.
            foreach (var host in hosts) await host.DisposeAsync();
        }
    }
}
