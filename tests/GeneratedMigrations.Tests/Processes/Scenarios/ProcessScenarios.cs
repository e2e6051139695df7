using GeneratedMigrations.Tests.Infrastructure;

namespace GeneratedMigrations.Tests.Processes.Scenarios;

/// <summary>
/// What many real OS processes running the TestHost against one database must get right, whatever the engine:
/// exactly-once under a concurrent start, a SIGKILL in a transactional or a non-transactional migration, repair,
/// and a lock holder that hangs. The SQLite and PostgreSQL test classes derive from it and supply the database.
/// </summary>
public abstract class ProcessScenarios
{
    private const int ProcessCount = 8;
    /// <summary>Rounds of the concurrent start: each is a fresh database and eight new processes; five keep the suite lean.</summary>
    private const int Rounds = 5;

    /// <summary>Short, so a SQLite lease left by a killed host (three heartbeats) expires quickly.</summary>
    private const string ShortHeartbeatMs = "200";

    /// <summary>The TestHost's catalogue (its own [Migration] classes).</summary>
    private static readonly (long Order, string Name)[] HostMigrations =
    [
        (1, "create_widgets"), (2, "create_seed_log"), (3, "seed_widgets"), (4, "add_widget_price"),
        (5, "create_orders"), (6, "index_orders_by_widget"), (7, "create_audit_log"), (8, "index_orders_concurrently"),
    ];

    /// <summary>A fresh, empty database of the engine under test.</summary>
    protected abstract Task<IProcessDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task Eight_processes_started_together_apply_each_migration_exactly_once_in_five_rounds()
    {
        for (var round = 1; round <= Rounds; round++)
        {
            await using var db = await CreateDatabaseAsync();

            var runs = await RunTogetherAsync(db, ProcessCount);

            Assert.All(runs, run =>
            {
                Assert.True(run.ExitCode == 0, $"Round {round}: {run}");
                Assert.Empty(run.Errors);
                Assert.Matches("^done applied=[0-8] last=8$", run.Done);
                Assert.Equal(run.Applied.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), run.Done!.Split(' ')[1]["applied=".Length..]);
            });
            // Across all processes, one "applied" line per migration: nobody applied anything twice, nothing was left out.
            Assert.Equal(HostMigrations, runs.SelectMany(run => run.Applied).OrderBy(m => m.Order));
            var ledger = await db.ReadLedgerAsync();
            Assert.Equal(HostMigrations, ledger.Select(row => (row.Order, row.Name)));
            Assert.All(ledger, row => Assert.Equal("COMPLETED", row.Status));
            // The data migration ran once: a second run would have added a row here (or failed on the widgets key).
            Assert.Equal(1, await db.CountAsync("seed_log"));
            Assert.Equal(2, await db.CountAsync("widgets"));
            Assert.True(await db.IndexExistsAsync("ix_orders_widget_quantity"), $"Round {round}: the non-transactional migration did not finish.");
        }
    }

    [Fact]
    public async Task Processes_started_against_an_up_to_date_database_report_it_and_write_nothing()
    {
        await using var db = await CreateDatabaseAsync();
        Assert.Equal(0, Assert.Single(await RunTogetherAsync(db, 1)).ExitCode);
        var before = await db.DescribeStateAsync();

        var runs = await RunTogetherAsync(db, 4);

        Assert.All(runs, run =>
        {
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Empty(run.Applied);
            Assert.Equal("done applied=0 last=8", run.Done);
        });
        Assert.Equal(before, await db.DescribeStateAsync());
    }

    [Fact]
    public async Task A_process_killed_inside_a_transactional_migration_leaves_no_trace_and_the_next_run_applies_it()
    {
        await using var db = await CreateDatabaseAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using (var victim = Start(db, "--hang-in", "7", "--heartbeat", ShortHeartbeatMs))
        {
            // Migration 7 has created its table, in its transaction, and waits.
            await victim.WaitForLineAsync("hanging order=7", timeout.Token);
            await victim.KillAsync(timeout.Token);
        }

        Assert.Equal(HostMigrations[..6], (await db.ReadLedgerAsync()).Select(row => (row.Order, row.Name)));
        Assert.False(await db.TableExistsAsync("audit_log"), "The killed migration's table survived its rollback.");

        // On SQLite this run first waits for the dead holder's lease to expire.
        var next = await RunAsync(db);

        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Equal(HostMigrations[6..], next.Applied);
        Assert.Equal("done applied=2 last=8", next.Done);
        Assert.Equal(1, await db.CountAsync("audit_log"));
        Assert.All(await db.ReadLedgerAsync(), row => Assert.Equal("COMPLETED", row.Status));
    }

    [Fact]
    public async Task A_process_killed_inside_a_non_transactional_migration_blocks_the_next_run_until_it_is_forgotten()
    {
        await using var db = await CreateDatabaseAsync();
        await KillInsideNonTransactionalMigrationAsync(db);

        var refused = await RunAsync(db);

        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Empty(refused.Applied);
        var message = string.Join("\n", refused.Errors);
        Assert.Contains("Migration 8 'index_orders_concurrently' was left STARTED", message);
        Assert.Contains("'repair 8 --forget'", message);
        Assert.Equal("STARTED", (await db.ReadLedgerAsync())[^1].Status);

        var repair = await RunAsync(db, "repair", "8", "--forget");

        Assert.True(repair.ExitCode == 0, repair.ToString());
        Assert.Equal(["repaired order=8 was=STARTED action=forget"], repair.Output);
        Assert.Equal(HostMigrations[..7], (await db.ReadLedgerAsync()).Select(row => (row.Order, row.Name)));

        // The migration is idempotent: run again, it finishes what the killed process started.
        var next = await RunAsync(db);

        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Equal(new[] { (8L, "index_orders_concurrently") }, next.Applied);
        Assert.Equal("done applied=1 last=8", next.Done);
        Assert.True(await db.IndexExistsAsync("ix_orders_widget_quantity"));
        Assert.Equal("COMPLETED", (await db.ReadLedgerAsync())[^1].Status);
    }

    [Fact]
    public async Task A_process_killed_inside_a_non_transactional_migration_can_be_marked_completed()
    {
        await using var db = await CreateDatabaseAsync();
        await KillInsideNonTransactionalMigrationAsync(db);
        var started = (await db.ReadLedgerAsync())[^1];

        var repair = await RunAsync(db, "repair", "8", "--completed");

        Assert.True(repair.ExitCode == 0, repair.ToString());
        Assert.Equal(["repaired order=8 was=STARTED action=completed"], repair.Output);
        Assert.Equal(started with { Status = "COMPLETED" }, (await db.ReadLedgerAsync())[^1]);

        var next = await RunAsync(db);

        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Equal("done applied=0 last=8", next.Done);
        // Marked done by hand: the runner does not run it again, so its missing half stays missing.
        Assert.False(await db.IndexExistsAsync("ix_orders_widget_quantity"));
    }

    [Fact]
    public async Task A_process_waiting_behind_a_hung_lock_holder_times_out_naming_it_and_changes_nothing()
    {
        await using var db = await CreateDatabaseAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        // The default heartbeat: a lease of 15 s, far past the waiter's timeout, however loaded the machine.
        await using var holder = Start(db, "--hang-in", "8");
        await holder.WaitForLineAsync("hanging order=8", timeout.Token);
        var before = await db.DescribeStateAsync();

        var waiter = await RunAsync(db, "--lock-wait-timeout", "1500");

        Assert.True(waiter.ExitCode == 1, waiter.ToString());
        Assert.Empty(waiter.Applied);
        Assert.Null(waiter.Done);
        var message = Assert.Single(waiter.Errors);
        Assert.Matches(@"^Timed out after \d+(\.\d)? s waiting for the migration lock, held by ", message);
        Assert.Contains($"pid {holder.Id}", message);
        Assert.Contains("Nothing was applied.", message);
        Assert.True(holder.IsRunning, "The lock holder should still be hanging.");
        Assert.Equal(before, await db.DescribeStateAsync());
        await holder.KillAsync(timeout.Token);
    }

    [Fact]
    public async Task SIGTERM_inside_a_transactional_migration_rolls_it_back_releases_the_lock_and_exits_7()
    {
        await using var db = await CreateDatabaseAsync();
        var stopped = await SignalInsideAsync(db, 7, "TERM");

        Assert.True(stopped.ExitCode == CommandLineCanceled, stopped.ToString());
        var message = string.Join("\n", stopped.Errors);
        Assert.Contains("Received SIGTERM: stopping the migration run", message);
        Assert.Contains("cancelled during migration 7 'create_audit_log'", message);
        Assert.Contains("The database is at migration 6.", message);
        Assert.Equal(HostMigrations[..6], (await db.ReadLedgerAsync()).Select(row => (row.Order, row.Name)));
        Assert.False(await db.TableExistsAsync("audit_log"), "The cancelled migration's table survived its rollback.");

        // The lock was released, not left to expire (a SQLite lease of the default 15 s would outlast this wait).
        var next = await RunAsync(db, "--lock-wait-timeout", "5000");

        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Equal(HostMigrations[6..], next.Applied);
    }

    [Fact]
    public async Task SIGTERM_inside_a_non_transactional_migration_records_it_failed_says_what_to_check_and_releases_the_lock()
    {
        await using var db = await CreateDatabaseAsync();
        var stopped = await SignalInsideAsync(db, 8, "TERM");

        Assert.True(stopped.ExitCode == CommandLineCanceled, stopped.ToString());
        var message = string.Join("\n", stopped.Errors);
        Assert.Contains("runs outside a transaction, so it may be partly applied; its ledger row says FAILED", message);
        Assert.Contains("'repair 8 --forget'", message);
        Assert.Equal("FAILED", (await db.ReadLedgerAsync())[^1].Status);
        Assert.True(await db.IndexExistsAsync("ix_orders_quantity"));

        var repair = await RunAsync(db, "repair", "8", "--forget", "--lock-wait-timeout", "5000");

        Assert.True(repair.ExitCode == 0, repair.ToString());
        Assert.Equal(["repaired order=8 was=FAILED action=forget"], repair.Output);
    }

    /// <summary>The in-app command line's exit code for a run stopped by a signal (ExitCodes.Canceled).</summary>
    private const int CommandLineCanceled = 7;

    /// <summary>
    /// Runs the in-app command line (<c>up</c>, default heartbeat) until it hangs inside migration <paramref name="order"/>,
    /// sends it <paramref name="signal"/>, and waits for it to stop by itself.
    /// </summary>
    private static async Task<HostRun> SignalInsideAsync(IProcessDatabase db, long order, string signal)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var hang = order.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var host = HostProcess.Start(["cli", .. db.HostArguments, "--hang-in", hang, "--", "up"]);
        await host.WaitForLineAsync($"hanging order={hang}", timeout.Token);
        await host.SignalAsync(signal);
        return await host.WaitForExitAsync(timeout.Token);
    }

    /// <summary>Runs a host until it hangs half-way through migration 8 (one of its two indexes made), then kills it.</summary>
    private static async Task KillInsideNonTransactionalMigrationAsync(IProcessDatabase db)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using (var victim = Start(db, "--hang-in", "8", "--heartbeat", ShortHeartbeatMs))
        {
            await victim.WaitForLineAsync("hanging order=8", timeout.Token);
            await victim.KillAsync(timeout.Token);
        }
        var ledger = await db.ReadLedgerAsync();
        Assert.Equal(HostMigrations, ledger.Select(row => (row.Order, row.Name)));
        Assert.Equal("STARTED", ledger[^1].Status);
        Assert.True(await db.IndexExistsAsync("ix_orders_quantity"));
        Assert.False(await db.IndexExistsAsync("ix_orders_widget_quantity"));
    }

    private static HostProcess Start(IProcessDatabase db, params string[] arguments) =>
        HostProcess.Start([.. Command(arguments), .. db.HostArguments, .. Options(arguments)]);

    private static async Task<HostRun> RunAsync(IProcessDatabase db, params string[] arguments)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await using var host = Start(db, arguments);
        return await host.WaitForExitAsync(timeout.Token);
    }

    // "repair N --forget": the command and its order come first, as the host's usage says.
    private static string[] Command(string[] arguments) => arguments is ["repair", var order, ..] ? ["repair", order] : [];

    private static string[] Options(string[] arguments) => arguments is ["repair", _, .. var rest] ? rest : arguments;

    /// <summary>Starts the hosts, waits until each is ready, releases them at once, and waits for them all to exit.</summary>
    private static async Task<HostRun[]> RunTogetherAsync(IProcessDatabase db, int count)
    {
        // Generous: on a loaded two-core machine each `dotnet` start-up alone can take seconds.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var hosts = new List<HostProcess>();
        try
        {
            for (var i = 0; i < count; i++) hosts.Add(HostProcess.StartAtBarrier([.. db.HostArguments]));
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
