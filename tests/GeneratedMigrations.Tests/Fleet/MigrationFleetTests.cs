using static GeneratedMigrations.Tests.Infrastructure.RunnerCatalogs;

namespace GeneratedMigrations.Tests.Fleet;

/// <summary>The fleet runner as code calls it: many SQLite files, a bounded number at a time, each with its own result.</summary>
public sealed class MigrationFleetTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gm-tests", "fleet-" + Guid.NewGuid().ToString("N"));

    public MigrationFleetTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string Connection(string name) => new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, name) }.ToString();

    [Fact]
    public async Task Migrates_every_database_and_reports_a_broken_one_without_stopping()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "t3.db"), "not a database");
        var connections = Enumerable.Range(1, 6).Select(i => Connection($"t{i}.db")).Append("Data Source=x.db;Bogus Key=1").ToList();
        var completed = 0;
        var fleet = new MigrationFleet(Of(Tables(3)), new MigrationFleetOptions { Parallelism = 3, DatabaseCompleted = _ => Interlocked.Increment(ref completed) });

        var result = await fleet.MigrateAsync(FleetDatabase.FromConnectionStrings(connections, cs => new SqliteMigrationStore(cs)));

        Assert.Equal(
            [FleetOutcome.Migrated, FleetOutcome.Migrated, FleetOutcome.Failed, FleetOutcome.Migrated, FleetOutcome.Migrated, FleetOutcome.Migrated, FleetOutcome.Failed],
            result.Databases.Select(d => d.Outcome));
        Assert.Equal(7, completed);
        Assert.IsType<MigrationDatabaseException>(result.Databases[2].Error);
        Assert.Equal("sqlite:" + Path.Combine(_folder, "t3.db"), result.Databases[2].Database);
        // A connection string the store rejects is named by its place in the list, never by its text.
        Assert.Equal("connection 7", result.Databases[6].Database);
        Assert.IsType<ArgumentException>(result.Databases[6].Error);
        Assert.All(result.Databases.Where(d => d.Outcome == FleetOutcome.Migrated), d => Assert.Equal(3, d.Run!.LastAppliedOrder));
        Assert.Equal("7 database(s): 5 migrated, 2 failed", result.Summary());

        var again = await fleet.GetStatusAsync(FleetDatabase.FromConnectionStrings(connections.Take(2), cs => new SqliteMigrationStore(cs)));
        Assert.All(again.Databases, d => Assert.Equal(FleetOutcome.UpToDate, d.Outcome));
    }

    [Fact]
    public async Task Never_works_on_more_databases_at_once_than_the_parallelism()
    {
        var running = 0;
        var most = 0;
        var slow = Code(1, "slow", async (db, ct) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            await Task.Delay(150, ct);
            Interlocked.Decrement(ref running);
        });
        var fleet = new MigrationFleet(Of(slow), new MigrationFleetOptions { Parallelism = 2 });

        var result = await fleet.MigrateAsync(FleetDatabase.FromConnectionStrings(Enumerable.Range(1, 6).Select(i => Connection($"p{i}.db")), cs => new SqliteMigrationStore(cs)));

        Assert.Equal(6, result.Count(FleetOutcome.Migrated));
        Assert.Equal(2, most);
    }

    [Fact]
    public async Task Fail_fast_starts_nothing_after_the_first_failure()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "f0.db"), "not a database");
        var connections = Enumerable.Range(0, 8).Select(i => Connection($"f{i}.db")).ToList();
        var fleet = new MigrationFleet(Of(Tables(1)), new MigrationFleetOptions { Parallelism = 1, FailFast = true });

        // Repeated: the slot the failed database frees and the stop it asks for arrive together.
        for (var round = 0; round < 5; round++)
        {
            var result = await fleet.MigrateAsync(FleetDatabase.FromConnectionStrings(connections, cs => new SqliteMigrationStore(cs)));

            Assert.Equal(FleetOutcome.Failed, result.Databases[0].Outcome);
            Assert.All(result.Databases.Skip(1), d => Assert.Equal(FleetOutcome.NotRun, d.Outcome));
        }
        Assert.False(File.Exists(Path.Combine(_folder, "f1.db")));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(12)]
    public void Shards_cover_every_database_exactly_once(int runners)
    {
        var fleet = Enumerable.Range(0, 10).ToList();

        var shares = Enumerable.Range(0, runners).Select(i => MigrationFleet.Shard(fleet, i, runners)).ToList();

        Assert.Equal(fleet, shares.SelectMany(s => s).Order());
        Assert.True(shares.Max(s => s.Count) - shares.Min(s => s.Count) <= 1);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
