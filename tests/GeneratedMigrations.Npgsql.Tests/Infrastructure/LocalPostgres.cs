using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace GeneratedMigrations.Npgsql.Tests.Infrastructure;

/// <summary>
/// A private PostgreSQL server started from the installed binaries: <c>initdb</c> into a fresh temporary
/// folder, <c>pg_ctl start</c> on 127.0.0.1 and a free port with its socket inside that folder, and at the
/// end <c>pg_ctl stop</c> and the folder deleted. PostgreSQL refuses to run as root, so as root every
/// server command runs as an unprivileged user (<c>postgres</c>, else <c>nobody</c>) that owns the folder.
/// </summary>
/// <remarks>The benchmarks compile this file too (a linked file), so that they run on a server started exactly like the tests' one.</remarks>
internal sealed class LocalPostgres : IAsyncDisposable
{
    /// <summary>The environment variable that points the tests at a server of one's own instead (a connection string).</summary>
    internal const string ExternalServerVariable = "GM_TEST_POSTGRES";

    private const string FolderPrefix = "gm-pg-";
    private const string OwnerFile = "owner.pid";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    private readonly string _bin;
    private readonly string? _runAs;
    private string _password = "";

    private LocalPostgres(string bin, string? runAs, string folder)
    {
        _bin = bin;
        _runAs = runAs;
        Folder = folder;
    }

    /// <summary>The temporary folder that holds the data directory, the socket and the server log.</summary>
    public string Folder { get; }

    private string DataDirectory => Path.Combine(Folder, "data");

    /// <summary>The server's log (statements of databases with <c>log_statement</c> set appear here, prefixed with the database's name).</summary>
    public string LogFile => Path.Combine(Folder, "server.log");

    /// <summary>Where the server's log ends now: pass it to <see cref="StatementsLoggedSince"/> after the work to count.</summary>
    public long LogLength => new FileInfo(LogFile).Length;

    /// <summary>
    /// How many statements the server logged for <paramref name="database"/> (with <c>log_statement = all</c> set on it)
    /// since <paramref name="offset"/> of its log: simple protocol ("statement:", psql) and extended ("execute …:", Npgsql).
    /// </summary>
    public int StatementsLoggedSince(long offset, string database) => StatementLinesSince(offset, database).Count;

    /// <summary>The log lines of the statements <see cref="StatementsLoggedSince"/> counts.</summary>
    public List<string> StatementLinesSince(long offset, string database)
    {
        using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(offset, SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        var statement = new System.Text.RegularExpressions.Regex(
            $" {System.Text.RegularExpressions.Regex.Escape(database)} LOG:  (statement|execute [^:]*): ", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        return reader.ReadToEnd().Split('\n').Where(line => statement.IsMatch(line)).ToList();
    }

    /// <summary>The folder of the server's programs; its client programs (psql, pg_dump) match the server's version.</summary>
    public string BinDirectory => _bin;

    /// <summary>The TCP port the server listens on, on 127.0.0.1.</summary>
    public int Port { get; private set; }

    /// <summary>A superuser connection string to the <c>postgres</c> database.</summary>
    public string AdminConnectionString { get; private set; } = "";

    /// <summary>Initialises and starts a server; throws with instructions when PostgreSQL is not installed.</summary>
    public static async Task<LocalPostgres> StartAsync()
    {
        var bin = FindBinaries();
        var runAs = await IsRootAsync() ? await ChooseUnprivilegedUserAsync() : null;
        await RemoveAbandonedServersAsync(bin, runAs);

        var server = new LocalPostgres(bin, runAs, await CreateFolderAsync(runAs));
        try
        {
            await File.WriteAllTextAsync(Path.Combine(server.Folder, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            await StartCleanerAsync(server.Folder, Environment.ProcessId);
            await server.InitAsync();
            await server.StartServerAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the server and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            var (code, _) = await RunAsync("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "-t", "30", "stop"]);
            if (code != 0) await RunAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "-t", "30", "stop"]);
        }
        DeleteFolder(Folder);
    }

    /// <summary>
    /// Starts a small shell process, outside this process's tree, that waits for the test process
    /// (<paramref name="ownerProcessId"/>) to end, however it ends,
    /// then stops the server and deletes its folder. The exit handler cannot be relied on for that: the test platform
    /// kills its test host moments after the last test (observed: in the middle of <c>pg_ctl stop</c>), and a crashed
    /// or killed host runs no handler at all. Without it each run left its server's folder behind (about 55 MB, in
    /// memory when it is under /dev/shm) until the next run removed it. It signals the server itself (SIGINT, a fast
    /// shutdown; the same user, or root, owns both), so it needs no user switch; SIGHUP and SIGINT of a terminal do
    /// not stop it.
    /// </summary>
    internal static Task StartCleanerAsync(string folder, int ownerProcessId) =>
        // SIGINT is PostgreSQL's fast shutdown; SIGQUIT its immediate one, for a server that ignores the first.
        StartCleanerAsync(folder, ownerProcessId, "data/postmaster.pid", "INT", "QUIT");

    /// <summary>
    /// The same for any daemon of a test that writes its process id in the first line of
    /// <paramref name="pidFile"/> (relative to <paramref name="folder"/>): sends <paramref name="stopSignal"/>, then
    /// <paramref name="lastSignal"/> if it is still running 30 s later, then deletes the folder.
    /// </summary>
    internal static async Task StartCleanerAsync(string folder, int ownerProcessId, string pidFile, string stopSignal, string lastSignal)
    {
        if (OperatingSystem.IsWindows()) return;
        const string cleaner = """
            trap '' HUP INT
            while kill -0 "$0" 2>/dev/null; do sleep 1; done
            server=$(head -n 1 "$1/$2" 2>/dev/null)
            if [ -n "$server" ] && kill -"$3" "$server" 2>/dev/null; then
              waited=0
              while kill -0 "$server" 2>/dev/null && [ "$waited" -lt 30 ]; do sleep 1; waited=$((waited + 1)); done
              kill -"$4" "$server" 2>/dev/null
            fi
            rm -rf "$1"
            """;
        // The outer shell starts the cleaner in the background and exits at once, so the cleaner's parent is init.
        var (code, output) = await RunProcessAsync("sh",
            ["-c", "sh -c \"$0\" \"$1\" \"$2\" \"$3\" \"$4\" \"$5\" </dev/null >/dev/null 2>&1 &", cleaner,
                ownerProcessId.ToString(CultureInfo.InvariantCulture), folder, pidFile, stopSignal, lastSignal],
            Path.GetTempPath());
        if (code != 0) throw new InvalidOperationException($"Could not start the cleaner of {folder}: {output}");
    }

    private async Task InitAsync()
    {
        var password = _password = Guid.NewGuid().ToString("N");
        var passwordFile = Path.Combine(Folder, "password");
        // The folder is private to the server's user (mode 0700), so the file is not readable by others.
        await File.WriteAllTextAsync(passwordFile, password + "\n");
        var (code, output) = await RunAsync("initdb",
        [
            "-D", DataDirectory, "-U", "postgres", "--pwfile", passwordFile,
            "--auth-host=scram-sha-256", "--auth-local=scram-sha-256",
            "-E", "UTF8", "--locale=C", "--no-sync",
        ]);
        File.Delete(passwordFile);
        if (code != 0) throw new InvalidOperationException($"initdb failed (exit code {code}):{Environment.NewLine}{output}");

        // Durability is of no use to a server that is deleted after the run; speed is. Autovacuum is off so
        // that nothing but the tests writes (tests compare the transaction ids in rows to prove that nothing wrote).
        var settings = new StringBuilder()
            .AppendLine()
            .AppendLine("# GeneratedMigrations test server")
            .AppendLine("listen_addresses = '127.0.0.1'")
            .AppendLine(CultureInfo.InvariantCulture, $"unix_socket_directories = '{Folder}'")
            .AppendLine("fsync = off")
            .AppendLine("synchronous_commit = off")
            .AppendLine("full_page_writes = off")
            .AppendLine("shared_buffers = 32MB")
            .AppendLine("max_connections = 100")
            .AppendLine("autovacuum = off")
            .AppendLine("logging_collector = off")
            // The database's name on each line, so a test can count the statements one database ran (log_statement).
            .AppendLine("log_line_prefix = '%m [%p] %d '");
        await File.AppendAllTextAsync(Path.Combine(DataDirectory, "postgresql.conf"), settings.ToString());
    }

    private async Task StartServerAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            Port = FreeTcpPort();
            var (code, output) = await RunAsync("pg_ctl",
                ["-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", "-p " + Port.ToString(CultureInfo.InvariantCulture), "start"]);
            if (code == 0) break;
            var log = File.Exists(LogFile) ? await File.ReadAllTextAsync(LogFile) : "";
            // Another program may take the free port between our probe and the server's bind: try another.
            if (attempt < 5 && log.Contains("could not bind", StringComparison.Ordinal)) continue;
            throw new InvalidOperationException(
                $"pg_ctl start failed (exit code {code}):{Environment.NewLine}{output}{Environment.NewLine}server log:{Environment.NewLine}{Tail(log)}");
        }

        AdminConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = "postgres",
            Password = _password,
            Database = "postgres",
            IncludeErrorDetail = true,
        }.ConnectionString;
        await WaitUntilAcceptingConnectionsAsync();
    }

    private async Task WaitUntilAcceptingConnectionsAsync()
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("SELECT 1", connection);
                await command.ExecuteScalarAsync();
                return;
            }
            catch (NpgsqlException) when (clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(100);
            }
        }
    }

    private static string FindBinaries()
    {
        static bool HasServer(string dir) => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));

        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("GM_POSTGRES_BIN") is { Length: > 0 } explicitBin) candidates.Add(explicitBin);
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            // Debian and Ubuntu keep each major version apart; take the newest.
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(dir => int.TryParse(Path.GetFileName(dir), out var version) ? version : 0)
                .Select(dir => Path.Combine(dir, "bin")));
        }
        candidates.AddRange(["/usr/local/pgsql/bin", "/opt/homebrew/bin", "/usr/local/bin"]);
        foreach (var dir in candidates)
        {
            if (HasServer(dir)) return dir;
        }
        throw new InvalidOperationException(
            "The PostgreSQL tests need a PostgreSQL server, and none was found: initdb and pg_ctl are not on PATH, in " +
            "/usr/lib/postgresql/<version>/bin or in GM_POSTGRES_BIN. Either install the server binaries " +
            "(Debian/Ubuntu: 'apt-get install postgresql'; macOS: 'brew install postgresql'), or point the tests at a running server " +
            $"that they may create databases on: {ExternalServerVariable}=\"Host=127.0.0.1;Port=5432;Username=postgres;Password=…\".");
    }

    internal static async Task<bool> IsRootAsync()
    {
        if (OperatingSystem.IsWindows()) return false;
        var (code, output) = await RunProcessAsync("id", ["-u"], Path.GetTempPath());
        return code == 0 && output.Trim() == "0";
    }

    internal static async Task<string> ChooseUnprivilegedUserAsync()
    {
        foreach (var user in new[] { "postgres", "nobody" })
        {
            var (code, _) = await RunProcessAsync("id", ["-u", user], Path.GetTempPath());
            if (code == 0) return user;
        }
        throw new InvalidOperationException(
            "PostgreSQL refuses to run as root, and neither a 'postgres' nor a 'nobody' user exists to run it as. " +
            $"Create one ('useradd postgres'), run the tests as another user, or set {ExternalServerVariable}.");
    }

    /// <summary>
    /// Where the servers' folders go: the machine's shared-memory file system (<c>/dev/shm</c>, a tmpfs on Linux) when
    /// it has a gigabyte free (a container's default is 64 MB), else the temporary folder. Each test creates and drops
    /// a database, a copy of the template of about a thousand files: on a disk file system the kernel's work for those
    /// files was a fifth of the PostgreSQL tests' CPU time (measured: 97 against 75 CPU-seconds, 67 against 61 s). The
    /// server runs without fsync and is deleted after the run, so memory loses nothing it had. On Linux and macOS,
    /// <c>GM_TEST_POSTGRES_FOLDER</c> names another parent folder.
    /// </summary>
    internal static string ParentFolder { get; } = ChooseParentFolder();

    private static string ChooseParentFolder()
    {
        if (OperatingSystem.IsWindows()) return Path.GetTempPath();
        if (Environment.GetEnvironmentVariable("GM_TEST_POSTGRES_FOLDER") is { Length: > 0 } chosen) return chosen;
        const long enough = 1L << 30;
        try
        {
            if (OperatingSystem.IsLinux() && Directory.Exists("/dev/shm") && new DriveInfo("/dev/shm").AvailableFreeSpace >= enough) return "/dev/shm";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Not a file system this process can measure: use the temporary folder.
        }
        return Path.GetTempPath();
    }

    internal static async Task<string> CreateFolderAsync(string? runAs, string prefix = FolderPrefix)
    {
        if (runAs is null)
        {
            if (OperatingSystem.IsWindows()) return Directory.CreateTempSubdirectory(prefix).FullName;
            var folder = Path.Combine(ParentFolder, prefix + Guid.NewGuid().ToString("N")[..8]);
            // Mode 0700, as a temporary subdirectory gets: the folder holds the server's socket and, briefly, its password.
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            return folder;
        }
        // Created by the server's user, so that it owns the folder (mode 0700) and may create the data directory.
        var (code, output) = await RunAsUserAsync(runAs, "mktemp", ["-d", "-p", ParentFolder, prefix + "XXXXXXXX"], Path.GetTempPath());
        if (code != 0) throw new InvalidOperationException($"Could not create a folder for the test server as '{runAs}': {output}");
        return output.Trim();
    }

    /// <summary>Stops servers and removes folders that earlier test runs left behind when they were killed.</summary>
    private static async Task RemoveAbandonedServersAsync(string bin, string? runAs)
    {
        // The temporary folder too: servers of test runs from before the folders moved to ParentFolder.
        foreach (var folder in new[] { ParentFolder, Path.GetTempPath() }.Distinct()
                     .SelectMany(parent => Directory.EnumerateDirectories(parent, FolderPrefix + "*")))
        {
            try
            {
                var ownerFile = Path.Combine(folder, OwnerFile);
                var abandoned = File.Exists(ownerFile)
                    ? !IsRunning(int.Parse(await File.ReadAllTextAsync(ownerFile), CultureInfo.InvariantCulture))
                    : Directory.GetCreationTimeUtc(folder) < DateTime.UtcNow.AddMinutes(-10);
                if (!abandoned) continue;
                var stale = new LocalPostgres(bin, runAs, folder);
                await stale.DisposeAsync();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
            {
                // Another user's folder, or one being created right now: leave it alone.
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    internal static void DeleteFolder(string folder)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 5)
            {
                // The server may still be removing its socket and pid files.
                Thread.Sleep(200);
            }
        }
    }

    internal static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Tail(string text, int lines = 30) =>
        string.Join(Environment.NewLine, text.Split('\n').TakeLast(lines));

    /// <summary>Runs one of the server's programs, as the unprivileged user when the tests run as root.</summary>
    private Task<(int ExitCode, string Output)> RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(_bin, program);
        return _runAs is null
            ? RunProcessAsync(path, arguments, Folder)
            : RunAsUserAsync(_runAs, path, arguments, Folder);
    }

    /// <summary>Runs a program as another user: with runuser (util-linux), or setpriv where runuser is missing.</summary>
    internal static async Task<(int ExitCode, string Output)> RunAsUserAsync(string user, string program, IReadOnlyList<string> arguments, string workingDirectory)
    {
        if (FindOnPath("runuser") is { } runuser)
        {
            return await RunProcessAsync(runuser, ["-u", user, "--", program, .. arguments], workingDirectory);
        }
        var (code, group) = await RunProcessAsync("id", ["-g", user], workingDirectory);
        if (code != 0) throw new InvalidOperationException($"Could not find the group of user '{user}': {group}");
        return await RunProcessAsync("setpriv", [$"--reuid={user}", $"--regid={group.Trim()}", "--init-groups", program, .. arguments], workingDirectory);
    }

    internal static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/sbin", "/sbin"])
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    internal static async Task<(int ExitCode, string Output)> RunProcessAsync(string fileName, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            // The server's user may not be allowed into the test's own working directory.
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["LC_ALL"] = "C";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {CommandTimeout.TotalSeconds:0} s.");
        }
        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
