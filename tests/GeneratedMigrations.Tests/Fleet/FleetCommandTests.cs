using System.Text.Json;
using static GeneratedMigrations.Tests.CommandLine.SampleExitCodes;

namespace GeneratedMigrations.Tests.Fleet;

/// <summary>
/// <c>up</c>, <c>verify</c> and <c>status</c> over many SQLite files, as a deploy step runs them: the Bookshelf sample
/// (migrations 1-9) as a process, with a connections file that holds healthy, broken and tampered databases.
/// </summary>
public sealed class FleetCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gm-tests", "fleet-" + Guid.NewGuid().ToString("N"));

    public FleetCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string File(string name) => Path.Combine(_folder, name);

    private static string Connection(string path) => new SqliteConnectionStringBuilder { DataSource = path }.ToString();

    private async Task<string> ConnectionsFileAsync(params string[] files)
    {
        var path = File("tenants.txt");
        var lines = new List<string> { "# tenants of the test fleet", "" };
        lines.AddRange(files.Select(f => Connection(File(f))));
        await System.IO.File.WriteAllLinesAsync(path, lines);
        return path;
    }

    private async Task<IReadOnlyList<long>> LedgerOrdersAsync(string name)
    {
        await using var connection = new SqliteConnection(Connection(File(name)) + ";Mode=ReadWrite;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT migration_order FROM __migration_ledger ORDER BY migration_order";
        await using var reader = await command.ExecuteReaderAsync();
        var orders = new List<long>();
        while (await reader.ReadAsync()) orders.Add(reader.GetInt64(0));
        return orders;
    }

    /// <summary>tenant-2 is not a database; tenant-4 was migrated and then its ledger tampered with (a checksum edited).</summary>
    private async Task<string> FleetWithTwoBrokenDatabasesAsync()
    {
        await System.IO.File.WriteAllTextAsync(File("tenant-2.db"), "this file is not an SQLite database, it only has the name of one\n");
        Assert.Equal(Success, (await Bookshelf.RunAsync(_folder, ["up", "--connection", Connection(File("tenant-4.db"))])).ExitCode);
        await using (var connection = new SqliteConnection(Connection(File("tenant-4.db")) + ";Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE __migration_ledger SET checksum = 'edited-by-hand' WHERE migration_order = 3";
            await command.ExecuteNonQueryAsync();
        }
        return await ConnectionsFileAsync("tenant-1.db", "tenant-2.db", "tenant-3.db", "tenant-4.db", "tenant-5.db");
    }

    [Fact]
    public async Task Up_migrates_every_healthy_database_reports_each_broken_one_and_exits_with_the_worst_code()
    {
        var tenants = await FleetWithTwoBrokenDatabasesAsync();

        var run = await Bookshelf.RunAsync(_folder, ["up", "--connections-file", tenants, "--parallelism", "2"]);

        // Not a database (error, 6) is worse than a refused ledger (3).
        Assert.True(run.ExitCode == Error, run.ToString());
        foreach (var healthy in new[] { "tenant-1.db", "tenant-3.db", "tenant-5.db" })
        {
            Assert.Equal([1L, 2, 3, 4, 5, 6, 7, 8, 9], await LedgerOrdersAsync(healthy));
        }
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        Assert.Single(lines, l => l.StartsWith("failed ", StringComparison.Ordinal) && l.Contains("sqlite:" + File("tenant-2.db") + ":", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("refused ", StringComparison.Ordinal) && l.Contains("tenant-4.db", StringComparison.Ordinal) && l.Contains("was changed after it was applied", StringComparison.Ordinal));
        Assert.Equal(3, lines.Count(l => l.StartsWith("migrated ", StringComparison.Ordinal) && l.Contains("applied 9, at migration 9", StringComparison.Ordinal)));
        Assert.Equal("5 database(s): 3 migrated, 1 refused, 1 failed.", lines[^1]);
        Assert.DoesNotContain("Data Source", run.Output + run.Errors, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Verify_json_has_one_entry_per_database_in_the_given_order_with_its_own_exit_code()
    {
        var tenants = await FleetWithTwoBrokenDatabasesAsync();
        Assert.Equal(Success, (await Bookshelf.RunAsync(_folder, ["up", "--connection", Connection(File("tenant-1.db"))])).ExitCode);

        var run = await Bookshelf.RunAsync(_folder, ["verify", "--connections-file", tenants, "--json"]);

        Assert.True(run.ExitCode == Error, run.ToString());
        Assert.Equal("verify", run.Json.GetProperty("command").GetString());
        Assert.Equal(Error, run.Json.GetProperty("exitCode").GetInt32());
        var result = run.Json.GetProperty("result");
        Assert.Equal(5, result.GetProperty("total").GetInt32());
        var databases = result.GetProperty("databases").EnumerateArray().ToList();
        Assert.Equal(
            [("sqlite:" + File("tenant-1.db"), "upToDate", Success), ("sqlite:" + File("tenant-2.db"), "failed", Error), ("sqlite:" + File("tenant-3.db"), "pending", Pending),
             ("sqlite:" + File("tenant-4.db"), "refused", Refused), ("sqlite:" + File("tenant-5.db"), "pending", Pending)],
            databases.Select(d => (d.GetProperty("database").GetString(), d.GetProperty("outcome").GetString(), d.GetProperty("exitCode").GetInt32())));
        Assert.Equal("MigrationPlanException", databases[3].GetProperty("error").GetProperty("type").GetString());
        var counts = result.GetProperty("summary").EnumerateArray().ToDictionary(c => c.GetProperty("outcome").GetString()!, c => c.GetProperty("count").GetInt32());
        Assert.Equal((1, 2, 1, 1), (counts["upToDate"], counts["pending"], counts["refused"], counts["failed"]));
        // Verify writes nothing: the pending databases were never created.
        Assert.False(System.IO.File.Exists(File("tenant-3.db")));
    }

    [Fact]
    public async Task Fail_fast_stops_starting_databases_after_the_first_failure()
    {
        await System.IO.File.WriteAllTextAsync(File("tenant-1.db"), "not a database\n");
        var tenants = await ConnectionsFileAsync("tenant-1.db", "tenant-2.db", "tenant-3.db");

        var run = await Bookshelf.RunAsync(_folder, ["up", "--connections-file", tenants, "--parallelism", "1", "--fail-fast", "--json"]);

        Assert.True(run.ExitCode == Error, run.ToString());
        var outcomes = run.Json.GetProperty("result").GetProperty("databases").EnumerateArray().Select(d => d.GetProperty("outcome").GetString());
        Assert.Equal(["failed", "notRun", "notRun"], outcomes);
        Assert.False(System.IO.File.Exists(File("tenant-2.db")));
    }

    [Fact]
    public async Task Repeated_connections_form_a_fleet_and_shards_split_it_between_runners()
    {
        string[] tenants = ["a.db", "b.db", "c.db", "d.db", "e.db"];
        var arguments = tenants.SelectMany(t => new[] { "--connection", Connection(File(t)) }).ToArray();

        var first = await Bookshelf.RunAsync(_folder, ["up", .. arguments, "--shard", "0/2"]);
        var second = await Bookshelf.RunAsync(_folder, ["up", .. arguments, "--shard", "1/2"]);

        Assert.True(first.ExitCode == Success, first.ToString());
        Assert.True(second.ExitCode == Success, second.ToString());
        Assert.EndsWith("3 database(s): 3 migrated.", first.Output.Trim(), StringComparison.Ordinal);
        Assert.EndsWith("2 database(s): 2 migrated.", second.Output.Trim(), StringComparison.Ordinal);
        foreach (var tenant in tenants) Assert.Equal(9, (await LedgerOrdersAsync(tenant)).Count);
        Assert.Contains("a.db", first.Output, StringComparison.Ordinal);
        Assert.Contains("b.db", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("a.db", second.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2/2")]
    [InlineData("x/3")]
    [InlineData("1")]
    public async Task A_bad_shard_is_a_usage_error(string shard)
    {
        var run = await Bookshelf.RunAsync(_folder, ["status", "--connection", Connection(File("a.db")), "--shard", shard]);

        Assert.True(run.ExitCode == Usage, run.ToString());
        Assert.Contains("--shard takes i/n", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_for_one_database_refuse_a_fleet()
    {
        var run = await Bookshelf.RunAsync(_folder, ["down", "--connection", Connection(File("a.db")), "--connection", Connection(File("b.db"))]);

        Assert.True(run.ExitCode == Error, run.ToString());
        Assert.Contains("'down' works on one database at a time", run.Errors, StringComparison.Ordinal);
    }
}
