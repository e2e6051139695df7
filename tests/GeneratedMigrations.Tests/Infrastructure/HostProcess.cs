using System.Diagnostics;
using System.Reflection;

namespace GeneratedMigrations.Tests.Infrastructure;

/// <summary>
/// A GeneratedMigrations.TestHost running as a real OS process (<c>dotnet GeneratedMigrations.TestHost.dll</c>,
/// ReadyToRun where built), with its output collected line by line. Disposing kills it if it still runs.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly List<string> _errors = [];
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(string Line, TaskCompletionSource Seen)> _awaited = [];

    /// <summary>
    /// The host to start: its ReadyToRun publish (tests/GeneratedMigrations.TestHost/bin/config/ready-to-run/, made by
    /// its build; it starts with far less JIT), else the plain copy in the test output folder.
    /// </summary>
    private static readonly Lazy<string> HostDll = new(() =>
    {
        const string dll = "GeneratedMigrations.TestHost.dll";
        var configuration = typeof(HostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var readyToRun = Path.Combine(directory.FullName, "tests", "GeneratedMigrations.TestHost", "bin", configuration, "ready-to-run", dll);
            if (File.Exists(readyToRun)) return readyToRun;
        }
        return Path.Combine(AppContext.BaseDirectory, dll);
    });

    private HostProcess(Process process) => _process = process;

    public int Id => _process.Id;

    /// <summary>Starts the host; it runs at once.</summary>
    public static HostProcess Start(params string[] arguments) => Start(atBarrier: false, arguments);

    /// <summary>Starts the host with <c>--wait-for-go</c>: it prints <c>ready</c> and waits for <see cref="GoAsync"/>.</summary>
    public static HostProcess StartAtBarrier(params string[] arguments) => Start(atBarrier: true, arguments);

    private static HostProcess Start(bool atBarrier, string[] arguments)
    {
        var startInfo = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(HostDll.Value);
        foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);
        if (atBarrier) startInfo.ArgumentList.Add("--wait-for-go");

        var host = new HostProcess(new Process { StartInfo = startInfo });
        host._process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (host._output)
            {
                host._output.Add(e.Data);
                foreach (var (line, seen) in host._awaited)
                {
                    if (line == e.Data) seen.TrySetResult();
                }
            }
            if (e.Data == "ready") host._ready.TrySetResult();
        };
        host._process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (host._errors) host._errors.Add(e.Data);
        };
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits until the host printed <c>ready</c>; fails with its output if it exits first.</summary>
    public async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var exited = _process.WaitForExitAsync(cancellationToken);
        if (await Task.WhenAny(_ready.Task, exited) != _ready.Task)
        {
            await exited;
            throw new InvalidOperationException($"Test host {Id} exited with {_process.ExitCode} before it was ready. {Describe()}");
        }
    }

    /// <summary>Waits until the host printed exactly <paramref name="line"/>; fails with its output if it exits first.</summary>
    public async Task WaitForLineAsync(string line, CancellationToken cancellationToken)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_output)
        {
            if (_output.Contains(line)) return;
            _awaited.Add((line, seen));
        }
        var exited = _process.WaitForExitAsync(cancellationToken);
        if (await Task.WhenAny(seen.Task, exited) != seen.Task)
        {
            await exited;
            throw new InvalidOperationException($"Test host {Id} exited with {_process.ExitCode} before it printed '{line}'. {Describe()}");
        }
    }

    /// <summary>Whether the process is still running.</summary>
    public bool IsRunning => !_process.HasExited;

    /// <summary>Kills the process at once (SIGKILL on Unix: no clean-up code runs) and waits until it is gone.</summary>
    public async Task KillAsync(CancellationToken cancellationToken)
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(cancellationToken);
    }

    /// <summary>Sends a signal by name (<c>TERM</c>, <c>INT</c>) with <c>kill</c>, as a container runtime or a terminal would.</summary>
    public Task SignalAsync(string signal) => SendSignalAsync(Id, signal);

    /// <summary>Sends a signal by name to any process with <c>kill</c>.</summary>
    public static async Task SendSignalAsync(int processId, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, processId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        await kill.WaitForExitAsync();
        if (kill.ExitCode != 0) throw new InvalidOperationException($"kill -{signal} {processId} exited with {kill.ExitCode}.");
    }

    /// <summary>Releases the host from its start barrier.</summary>
    public async Task GoAsync()
    {
        await _process.StandardInput.WriteLineAsync("go");
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Waits for the host to exit (and for its output to be read to the end).</summary>
    public async Task<HostRun> WaitForExitAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken);
        lock (_output)
        lock (_errors)
        {
            return new HostRun(Id, _process.ExitCode, [.. _output], [.. _errors]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
        _process.Dispose();
    }

    private string Describe()
    {
        lock (_output)
        lock (_errors)
        {
            return $"Output: [{string.Join(" | ", _output)}] Errors: [{string.Join(" | ", _errors)}]";
        }
    }

    private static string DotnetHost()
    {
        // The SDK tells child processes which dotnet runs them; fall back to the one on the PATH.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return string.IsNullOrEmpty(host) ? "dotnet" : host;
    }
}

/// <summary>What one host process did.</summary>
internal sealed record HostRun(int ProcessId, int ExitCode, IReadOnlyList<string> Output, IReadOnlyList<string> Errors)
{
    /// <summary>The migrations this process applied, from its <c>applied order=N name=X duration_ms=N</c> lines.</summary>
    public IReadOnlyList<(long Order, string Name)> Applied =>
        Output.Where(line => line.StartsWith("applied ", StringComparison.Ordinal))
            .Select(line => line.Split(' ').Skip(1).Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1]))
            .Select(fields => (long.Parse(fields["order"], System.Globalization.CultureInfo.InvariantCulture), fields["name"]))
            .ToList();

    /// <summary>The final <c>done applied=N last=N</c> line, or null when the process did not finish.</summary>
    public string? Done => Output.LastOrDefault(line => line.StartsWith("done ", StringComparison.Ordinal));

    public override string ToString() =>
        $"process {ProcessId} exited {ExitCode}; output: [{string.Join(" | ", Output)}]; errors: [{string.Join(" | ", Errors)}]";
}
