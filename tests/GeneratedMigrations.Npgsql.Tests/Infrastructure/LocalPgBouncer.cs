using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace GeneratedMigrations.Npgsql.Tests.Infrastructure;

/// <summary>
/// A private PgBouncer in front of a test database, started from the installed binary in a temporary folder, on
/// 127.0.0.1 and a free port, and stopped (folder deleted) when disposed. PgBouncer refuses to run as root, so as root
/// it runs as the same unprivileged user as the test server.
/// </summary>
internal sealed class LocalPgBouncer : IAsyncDisposable
{
    /// <summary>Environment variable naming the pgbouncer binary when it is not on PATH or in /usr/sbin.</summary>
    public const string BinaryVariable = "GM_PGBOUNCER";

    private readonly string _folder;

    private const string PidFile = "pgbouncer.pid";

    private LocalPgBouncer(string folder, string connectionString)
    {
        _folder = folder;
        ConnectionString = connectionString;
    }

    /// <summary>A connection string to the test database through the pooler (Npgsql's own pooling off).</summary>
    public string ConnectionString { get; }

    /// <summary>The pgbouncer binary, or null when it is not installed.</summary>
    public static string? FindBinary() =>
        Environment.GetEnvironmentVariable(BinaryVariable) is { Length: > 0 } path && File.Exists(path) ? path : LocalPostgres.FindOnPath("pgbouncer");

    /// <summary>Starts PgBouncer in <paramref name="poolMode"/> (session, transaction) with one server session per pool.</summary>
    public static async Task<LocalPgBouncer> StartAsync(string databaseConnectionString, string poolMode)
    {
        var binary = FindBinary() ?? throw new InvalidOperationException(
            $"These tests need PgBouncer: install it ('apt-get install pgbouncer', 'brew install pgbouncer') or set {BinaryVariable} to its path.");
        var server = new NpgsqlConnectionStringBuilder(databaseConnectionString);
        var runAs = await LocalPostgres.IsRootAsync() ? await LocalPostgres.ChooseUnprivilegedUserAsync() : null;
        var folder = await LocalPostgres.CreateFolderAsync(runAs, "gm-pgbouncer-");
        try
        {
            // As for the test server: a test host that is killed must not leave a pooler running (-d detaches it
            // from this process) or its folder behind. SIGTERM is PgBouncer's immediate shutdown.
            await StartCleanerAsync(folder, Environment.ProcessId);
            var port = LocalPostgres.FreeTcpPort();
            // The password is the test server's throwaway one; PgBouncer needs it in clear to log in to the server for us.
            await File.WriteAllTextAsync(Path.Combine(folder, "userlist.txt"), $"\"{server.Username}\" \"{server.Password}\"\n");
            var ini = new StringBuilder()
                .AppendLine("[databases]")
                .AppendLine(CultureInfo.InvariantCulture, $"* = host={server.Host} port={server.Port}")
                .AppendLine("[pgbouncer]")
                .AppendLine("listen_addr = 127.0.0.1")
                .AppendLine(CultureInfo.InvariantCulture, $"listen_port = {port}")
                .AppendLine("unix_socket_dir =")
                .AppendLine("auth_type = scram-sha-256")
                .AppendLine(CultureInfo.InvariantCulture, $"auth_file = {Path.Combine(folder, "userlist.txt")}")
                .AppendLine(CultureInfo.InvariantCulture, $"pool_mode = {poolMode}")
                // Under transaction pooling, one server session per database and user: every client shares it, which
                // is the case the store must notice. Session pooling needs one per client (lock, probe, migrations).
                .AppendLine(CultureInfo.InvariantCulture, $"default_pool_size = {(poolMode == "transaction" ? 1 : 5)}")
                .AppendLine("max_client_conn = 50")
                .AppendLine("ignore_startup_parameters = extra_float_digits")
                .AppendLine(CultureInfo.InvariantCulture, $"logfile = {Path.Combine(folder, "pgbouncer.log")}")
                .AppendLine(CultureInfo.InvariantCulture, $"pidfile = {Path.Combine(folder, PidFile)}");
            var iniPath = Path.Combine(folder, "pgbouncer.ini");
            await File.WriteAllTextAsync(iniPath, ini.ToString());
            var (code, output) = runAs is null
                ? await LocalPostgres.RunProcessAsync(binary, ["-d", iniPath], folder)
                : await LocalPostgres.RunAsUserAsync(runAs, binary, ["-d", iniPath], folder);
            if (code != 0) throw new InvalidOperationException($"pgbouncer did not start (exit code {code}): {output}{await LogAsync(folder)}");
            var bouncer = new LocalPgBouncer(folder, new NpgsqlConnectionStringBuilder(databaseConnectionString)
            {
                Port = port,
                Pooling = false,
            }.ConnectionString);
            await bouncer.WaitUntilListeningAsync(port);
            return bouncer;
        }
        catch
        {
            await StopAsync(folder);
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await StopAsync(_folder);

    /// <summary>Stops the pooler whose folder this is and deletes the folder once the owner process has ended.</summary>
    internal static Task StartCleanerAsync(string folder, int ownerProcessId) =>
        LocalPostgres.StartCleanerAsync(folder, ownerProcessId, PidFile, "TERM", "KILL");

    private async Task WaitUntilListeningAsync(int port)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException) when (attempt < 100)
            {
                await Task.Delay(100);
            }
            catch (SocketException exception)
            {
                throw new InvalidOperationException($"pgbouncer did not listen on port {port}.{await LogAsync(_folder)}", exception);
            }
        }
    }

    private static async Task StopAsync(string folder)
    {
        var pidFile = Path.Combine(folder, PidFile);
        if (File.Exists(pidFile) && int.TryParse((await File.ReadAllTextAsync(pidFile)).Trim(), CultureInfo.InvariantCulture, out var pid))
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                process.Kill();
                await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        }
        LocalPostgres.DeleteFolder(folder);
    }

    private static async Task<string> LogAsync(string folder)
    {
        var log = Path.Combine(folder, "pgbouncer.log");
        return File.Exists(log) ? Environment.NewLine + await File.ReadAllTextAsync(log) : "";
    }
}

/// <summary>
/// A test that needs PgBouncer: skipped, saying how to install it, when the binary is missing, unless
/// <c>GM_REQUIRE_PGBOUNCER=1</c> (set by <c>.ci/run</c>, which installs it), where a missing binary fails the test.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PgBouncerFactAttribute : FactAttribute
{
    /// <summary>Decides at discovery whether the test can run here.</summary>
    public PgBouncerFactAttribute()
    {
        if (LocalPgBouncer.FindBinary() is null && Environment.GetEnvironmentVariable("GM_REQUIRE_PGBOUNCER") != "1")
        {
            Skip = $"PgBouncer is not installed: 'apt-get install pgbouncer' (or set {LocalPgBouncer.BinaryVariable}) to run this test.";
        }
    }
}
