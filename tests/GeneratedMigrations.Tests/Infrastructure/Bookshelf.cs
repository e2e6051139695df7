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

    private static Process Start(string workingDirectory, IReadOnlyList<string> arguments)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var startInfo = new ProcessStartInfo(string.IsNullOrEmpty(host) ? "dotnet" : host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        startInfo.ArgumentList.Add(DllPath.Value);
        foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);
        return Process.Start(startInfo)!;
    }
}

/// <summary>What one run of the sample did.</summary>
internal sealed record BookshelfRun(int ExitCode, string Output, string Errors)
{
    public System.Text.Json.JsonElement Json => System.Text.Json.JsonDocument.Parse(Output).RootElement;

    public override string ToString() => $"exit {ExitCode}; output: {Output}; errors: {Errors}";
}
