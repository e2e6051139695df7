using System.Diagnostics;
using Npgsql;

namespace GeneratedMigrations.Npgsql.Tests.Infrastructure;

/// <summary>Watching and ending a test database's server sessions from outside the store, as an administrator would.</summary>
internal static class Sessions
{
    /// <summary>The filter that finds the store's lock sessions: the store names them so.</summary>
    public const string LockSession = "application_name LIKE 'GeneratedMigrations lock%'";

    /// <summary>Polls <paramref name="condition"/> every 50 ms until it holds, or fails naming <paramref name="what"/>.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout) throw new TimeoutException($"Waited {timeout.TotalSeconds} s for {what}.");
            await Task.Delay(50);
        }
    }

    /// <summary>Waits until a session of the database sleeps in <c>pg_sleep</c>, and returns its pid.</summary>
    public static async Task<int> SleepingPidAsync(TestDatabase db, TimeSpan timeout)
    {
        var pid = 0;
        await UntilAsync(async () =>
        {
            pid = await db.ScalarAsync<int>(
                "SELECT coalesce((SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep' LIMIT 1), 0)");
            return pid != 0;
        }, timeout, "a session to sleep in pg_sleep");
        return pid;
    }

    /// <summary>The pid of the only lock session of the database; fails unless there is exactly one.</summary>
    public static async Task<int> LockSessionPidAsync(TestDatabase db)
    {
        await using var connection = await db.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND {LockSession}", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var pids = new List<int>();
        while (await reader.ReadAsync()) pids.Add(reader.GetInt32(0));
        return Assert.Single(pids);
    }

    /// <summary>Ends a session as <c>pg_terminate_backend</c> does, and waits until it is gone.</summary>
    public static async Task TerminateAsync(TestDatabase db, int pid) =>
        Assert.True(await db.ScalarAsync<bool>($"SELECT pg_terminate_backend({pid}, 10000)"), $"Backend {pid} did not end.");

    /// <summary>The pid that holds an advisory lock key (session or transaction level) in the given mode, if any.</summary>
    public static async Task<int?> AdvisoryHolderAsync(TestDatabase db, long key, string mode = "ExclusiveLock")
    {
        await using var connection = await db.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1 AND mode = @mode " +
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) " +
            "AND ((classid::bigint << 32) | objid::bigint) = @key LIMIT 1", connection);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("mode", mode);
        return (int?)await command.ExecuteScalarAsync();
    }
}
