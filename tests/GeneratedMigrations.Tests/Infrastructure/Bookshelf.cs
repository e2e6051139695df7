using System.Diagnostics;
using System.Reflection;

namespace GeneratedMigrations.Tests.Infrastructure;

/// <summary>The Bookshelf sample, built with this project, run as a real process on an SQLite file of the test's own.</summary>
internal static class Bookshelf
{
    private static readonly Lazy<string> DllPath = new(() =>
    {
        var configuration = typeof(Bookshelf).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (!File.Exists(Path.Combine(directory.FullName, "GeneratedMigrations.sln"))) continue;
            var dll = Path.Combine(directory.FullName, "samples", "Bookshelf", "bin", configuration, "net10.0", "Bookshelf.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"The sample was not built: {dll} is missing.", dll);
        }
        throw new InvalidOperationException($"No GeneratedMigrations.sln above {AppContext.BaseDirectory}.");
    });

    /// <summary>Whether this process has SIGINT ignored (bit 1 of SigIgn in /proc/self/status), which its children inherit.</summary>
    private static readonly Lazy<bool> SigIntIgnored = new(() =>
    {
        if (!File.Exists("/proc/self/status")) return false;
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & 0b10) != 0;
    });

    /// <summary>Runs <c>dotnet Bookshelf.dll</c> with the arguments and <c>--connection</c> to the test database; waits for it to exit.</summary>
    public static Task<BookshelfRun> RunAsync(TestDatabase db, params string[] arguments) => RunAsync(db.Folder, [.. arguments, "--connection", db.ConnectionString]);

    /// <summary>Starts <c>dotnet Bookshelf.dll</c> on the test database without waiting for it, for runs that wait for a lock.</summary>
    public static Process Start(TestDatabase db, params string[] arguments) => Start(db.Folder, [.. arguments, "--connection", db.ConnectionString]);

    /// <summary>Runs <c>dotnet Bookshelf.dll</c> with exactly these arguments (a connection of the test's choosing), in a folder.</summary>
    public static async Task<BookshelfRun> RunAsync(string workingDirectory, IReadOnlyList<string> arguments)
    {
        using var process = Start(workingDirectory, arguments);
        return await WaitAsync(process);
    }

    /// <summary>Waits for a started sample to exit (killing it after a generous bound) and collects what it printed.</summary>
    public static async Task<BookshelfRun> WaitAsync(Process process)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new BookshelfRun(process.ExitCode, await output, await errors);
    }

    /// <summary>Starts the sample on the test database as a <see cref="BookshelfProcess"/>, which can be signalled and watched.</summary>
    public static BookshelfProcess StartProcess(TestDatabase db, params string[] arguments) =>
        new(Start(db.Folder, [.. arguments, "--connection", db.ConnectionString]));

    private static Process Start(string workingDirectory, IReadOnlyList<string> arguments)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var dotnet = string.IsNullOrEmpty(host) ? "dotnet" : host;
        // A test run started in the background by a script (`dotnet test ... &`) inherits SIGINT ignored, as the shell
        // sets it for background jobs, and so would the sample, which then cannot be stopped with Ctrl+C. Start it as a
        // terminal would: with SIGINT at its default (env execs the sample, so the process id stays the sample's).
        var startInfo = new ProcessStartInfo(SigIntIgnored.Value ? "env" : dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        if (SigIntIgnored.Value)
        {
            startInfo.ArgumentList.Add("--default-signal=INT");
            startInfo.ArgumentList.Add(dotnet);
        }
        startInfo.ArgumentList.Add(DllPath.Value);
        foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);
        return Process.Start(startInfo)!;
    }
}

/// <summary>A running Bookshelf process, its output read as it comes. Disposing kills it if it still runs.</summary>
internal sealed class BookshelfProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _errors;

    public BookshelfProcess(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _errors = process.StandardError.ReadToEndAsync();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Whether the process has <paramref name="path"/> open (Linux: one of its /proc/PID/fd links points to it).</summary>
    public bool HasOpen(string path)
    {
        try
        {
            return Directory.EnumerateFiles($"/proc/{Id}/fd").Any(fd => new FileInfo(fd).LinkTarget == path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The process exited, or a descriptor closed while we looked.
            return false;
        }
    }

    /// <summary>Sends a signal by name (TERM, INT, ...) with the system's kill command.</summary>
    public Task SignalAsync(string signal) => HostProcess.SendSignalAsync(Id, signal);

    /// <summary>Waits for the process to exit; kills it and throws if it runs past <paramref name="timeout"/>.</summary>
    public async Task<BookshelfRun> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw;
        }
        return new BookshelfRun(_process.ExitCode, await _output, await _errors);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
        _process.Dispose();
    }
}

/// <summary>What one run of the sample did.</summary>
internal sealed record BookshelfRun(int ExitCode, string Output, string Errors)
{
    public System.Text.Json.JsonElement Json => System.Text.Json.JsonDocument.Parse(Output).RootElement;

    public override string ToString() => $"exit {ExitCode}; output: {Output}; errors: {Errors}";
}
