using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace GeneratedMigrations.Hosting.Tests.Infrastructure;

/// <summary>Where the samples built with this project are, and how to start them as real processes.</summary>
internal static class SampleApps
{
    public static string WebDll => Locate("BookshelfWeb");

    public static string ConsoleDll => Locate("Bookshelf");

    /// <summary>
    /// Set to the path of a published BookshelfWeb executable (the NativeAOT binary in CI) to run the web sample's
    /// tests against it instead of the framework-dependent build.
    /// </summary>
    public const string WebBinaryVariable = "GM_BOOKSHELFWEB_BINARY";

    /// <summary>How to start the web sample: the published binary named by <see cref="WebBinaryVariable"/>, else <c>dotnet BookshelfWeb.dll</c>.</summary>
    public static ProcessStartInfo Web(string workingDirectory, IEnumerable<string> arguments) =>
        Environment.GetEnvironmentVariable(WebBinaryVariable) is { Length: > 0 } binary
            ? Start(binary, null, workingDirectory, arguments)
            : Dotnet(WebDll, workingDirectory, arguments);

    public static ProcessStartInfo Dotnet(string dll, string workingDirectory, IEnumerable<string> arguments)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return Start(string.IsNullOrEmpty(host) ? "dotnet" : host, dll, workingDirectory, arguments);
    }

    private static ProcessStartInfo Start(string executable, string? dll, string workingDirectory, IEnumerable<string> arguments)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        if (dll is not null) startInfo.ArgumentList.Add(dll);
        foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);
        // The console logger writes each event on its own lines without colours, so tests can read them.
        startInfo.Environment["NO_COLOR"] = "1";
        startInfo.Environment["DOTNET_ENVIRONMENT"] = "Production";
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return startInfo;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Locate(string app)
    {
        var configuration = typeof(SampleApps).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (!File.Exists(Path.Combine(directory.FullName, "GeneratedMigrations.sln"))) continue;
            var dll = Path.Combine(directory.FullName, "samples", app, "bin", configuration, "net10.0", app + ".dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"The sample was not built: {dll} is missing.", dll);
        }
        throw new InvalidOperationException($"No GeneratedMigrations.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>
/// samples/BookshelfWeb running as a real OS process on a port of its own (<c>--urls</c>), with its output kept.
/// Disposing kills it if it still runs.
/// </summary>
internal sealed class WebAppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private WebAppProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public int Port { get; }

    public HttpClient Http { get; }

    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output) return [.. _output];
        }
    }

    public string OutputText => string.Join('\n', Output);

    /// <summary>Starts the app on the database of <paramref name="connectionString"/>, in <paramref name="workingDirectory"/>.</summary>
    public static WebAppProcess Start(string connectionString, string workingDirectory, params string[] arguments)
    {
        var port = SampleApps.FreePort();
        var startInfo = SampleApps.Web(workingDirectory,
            ["--urls", $"http://127.0.0.1:{port}", $"--ConnectionStrings:Bookshelf={connectionString}", .. arguments]);
        var app = new WebAppProcess(new Process { StartInfo = startInfo }, port);
        app._process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        app._process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        app._process.Start();
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Runs one of the app's migration commands (<c>BookshelfWeb up …</c>) to its end: exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(string connectionString, string workingDirectory, params string[] command)
    {
        var startInfo = SampleApps.Web(workingDirectory, [.. command, $"--ConnectionStrings:Bookshelf={connectionString}"]);
        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>Waits until the app answers HTTP; fails with its output if it exits first or takes too long.</summary>
    public async Task WaitUntilServingAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync();
                throw new InvalidOperationException($"BookshelfWeb exited with {_process.ExitCode} before it served. Output:\n{OutputText}");
            }
            try
            {
                using var response = await Http.GetAsync("/health");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"BookshelfWeb did not serve within {timeout}. Output:\n{OutputText}");
    }

    /// <summary>Waits for the app to exit by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"BookshelfWeb did not exit within {timeout}. Output:\n{OutputText}");
        }
        return _process.ExitCode;
    }

    /// <summary>Whether anything accepts connections on the app's port.</summary>
    public async Task<bool> PortAcceptsConnectionsAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, Port).WaitAsync(TimeSpan.FromSeconds(5));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output) _output.Add(line);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
