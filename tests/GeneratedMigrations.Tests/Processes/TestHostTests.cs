namespace GeneratedMigrations.Tests.Processes;

/// <summary>The TestHost's contract, which process-level tests rely on: its output lines and exit codes.</summary>
[Collection(SerialCollection.Name)]
public sealed class TestHostTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Prints_one_line_per_applied_migration_and_a_final_line()
    {
        var run = await RunAsync("--db", _db.FilePath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["applied order=1 name=create_widgets", "applied order=2 name=create_seed_log", "applied order=3 name=seed_widgets",
                "applied order=4 name=add_widget_price", "applied order=5 name=create_orders", "applied order=6 name=index_orders_by_widget",
                "applied order=7 name=create_audit_log", "applied order=8 name=index_orders_concurrently", "done applied=8 last=8"],
            run.Output.Select(line => line.Split(" duration_ms=")[0]));
        Assert.All(run.Output.Where(line => line.StartsWith("applied ", StringComparison.Ordinal)), line => Assert.Matches(@" duration_ms=\d+$", line));
    }

    [Fact]
    public async Task Accepts_a_full_connection_string()
    {
        var run = await RunAsync("--connection", _db.ConnectionString);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(8, run.Applied.Count);
        Assert.Equal(8, (await _db.ReadLedgerAsync()).Count);
    }

    [Fact]
    public async Task Exits_1_with_the_message_on_standard_error_when_migrating_is_refused()
    {
        Assert.Equal(0, (await RunAsync("--db", _db.FilePath)).ExitCode);
        // The database is ahead of the host's code.
        await _db.ExecuteAsync(
            $"INSERT INTO {TestDatabase.LedgerTable} (migration_order, name, checksum, status, applied_at, duration_ms, applied_by) " +
            "VALUES (9, 'from_a_newer_build', 'x', 'COMPLETED', '2025-01-01T00:00:00.000Z', 1, 'newer build')");

        var run = await RunAsync("--db", _db.FilePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Null(run.Done);
        Assert.Contains(run.Errors, line => line.Contains("Migration 9 'from_a_newer_build' is recorded in the database but is not in this build", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Waits_at_the_start_barrier_until_told_to_go()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await using var host = HostProcess.StartAtBarrier("--db", _db.FilePath);

        await host.WaitUntilReadyAsync(timeout.Token);
        Assert.False(File.Exists(_db.FilePath));
        await host.GoAsync();
        var run = await host.WaitForExitAsync(timeout.Token);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("ready", run.Output[0]);
        Assert.Equal("done applied=8 last=8", run.Output[^1]);
    }

    [Fact]
    public async Task Exits_2_on_an_unknown_argument()
    {
        var run = await RunAsync("--db", _db.FilePath, "--bogus");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.Errors, line => line.Contains("'--bogus'", StringComparison.Ordinal));
        Assert.False(File.Exists(_db.FilePath));
    }

    [Theory]
    [InlineData("repair", "8")]
    [InlineData("repair", "0", "--forget")]
    [InlineData("--hang-in", "x")]
    [InlineData("--lock-wait-timeout")]
    public async Task Exits_2_on_an_incomplete_repair_or_option(params string[] arguments)
    {
        var run = await RunAsync([.. arguments, "--db", _db.FilePath]);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Errors);
        Assert.False(File.Exists(_db.FilePath));
    }

    [Fact]
    public async Task Repair_of_an_order_without_a_row_exits_1_and_says_so()
    {
        Assert.Equal(0, (await RunAsync("--db", _db.FilePath)).ExitCode);

        var run = await RunAsync("repair", "9", "--forget", "--db", _db.FilePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Equal(["The ledger has no row for migration 9; there is nothing to repair."], run.Errors);
    }

    private static async Task<HostRun> RunAsync(params string[] arguments)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await using var host = HostProcess.Start(arguments);
        return await host.WaitForExitAsync(timeout.Token);
    }
}
