using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GeneratedMigrations.Npgsql.Tests.ExactlyOnce;

/// <summary>
/// Issue 8 #6: the server side of the lock session sends TCP keepalives after <see cref="NpgsqlMigrationStoreOptions.LockKeepAlive"/>
/// of silence, so a crashed holder's lock is freed in seconds. A session cannot read another's settings, so the test
/// reads the kernel's keepalive timer of the server's socket with <c>ss</c> (iproute2), found by the session's client port.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed partial class LockKeepAliveTests(PostgresServer server)
{
    [Fact]
    public async Task The_servers_socket_of_the_lock_session_probes_after_the_configured_keepalive_time()
    {
        await using var db = await server.CreateDatabaseAsync();
        var builder = new NpgsqlConnectionStringBuilder(db.ConnectionString);
        if (builder.Host is null || builder.Host.StartsWith('/')) return; // A Unix socket has no keepalive.
        await using var store = new NpgsqlMigrationStore(db.ConnectionString, new NpgsqlMigrationStoreOptions { LockKeepAlive = TimeSpan.FromSeconds(7) });
        await using var migrationLock = await store.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, CancellationToken.None);
        var clientPort = await db.ScalarAsync<int>($"SELECT client_port FROM pg_stat_activity WHERE datname = current_database() AND {Sessions.LockSession}");

        // While the server's last reply waits for the client's (delayed) ACK, the socket shows its retransmission timer,
        // "timer:(on,…)", in place of the keepalive one; an idle session shows the keepalive timer within moments.
        var socket = await SocketLineAsync(builder.Port, clientPort);
        var timer = KeepAliveTimer().Match(socket);
        for (var waited = Stopwatch.StartNew(); !timer.Success && waited.Elapsed < TimeSpan.FromSeconds(10);)
        {
            await Task.Delay(50);
            socket = await SocketLineAsync(builder.Port, clientPort);
            timer = KeepAliveTimer().Match(socket);
        }
        Assert.True(timer.Success, $"The lock session's server socket has no keepalive timer: {socket}");
        // Armed for the idle time (7 s), counting down; the operating system's default would be two hours.
        Assert.InRange(Seconds(timer.Groups[1].Value), 0.0, 7.0);
    }

    /// <summary>The <c>ss</c> line of the server's end of the connection from <paramref name="clientPort"/>.</summary>
    private static async Task<string> SocketLineAsync(int serverPort, int clientPort)
    {
        var start = new ProcessStartInfo("ss", ["-tnoH", "state", "established", "(", $"sport = :{serverPort}", "and", $"dport = :{clientPort}", ")"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>ss prints the time left as e.g. <c>6.5sec</c>, <c>850ms</c> or <c>119min</c>.</summary>
    private static double Seconds(string text) => text switch
    {
        _ when text.EndsWith("ms", StringComparison.Ordinal) => double.Parse(text[..^2], CultureInfo.InvariantCulture) / 1000,
        _ when text.EndsWith("sec", StringComparison.Ordinal) => double.Parse(text[..^3], CultureInfo.InvariantCulture),
        _ when text.EndsWith("min", StringComparison.Ordinal) => double.Parse(text[..^3], CultureInfo.InvariantCulture) * 60,
        _ => double.MaxValue,
    };

    [GeneratedRegex(@"timer:\(keepalive,([0-9.]+(?:ms|sec|min)|[^,]+),")]
    private static partial Regex KeepAliveTimer();
}
