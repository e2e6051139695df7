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
    public static async Task<BookshelfRun> RunAsync(TestDatabase db, params string[] arguments)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var startInfo = new ProcessStartInfo(string.IsNullOrEmpty(host) ? "dotnet" : host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = db.Folder,
        };
        startInfo.ArgumentList.Add(DllPath.Value);
        foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);
        startInfo.ArgumentList.Add("--connection");
        startInfo.ArgumentList.Add(db.ConnectionString);
        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
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
}

/// <summary>What one run of the sample did.</summary>
internal sealed record BookshelfRun(int ExitCode, string Output, string Errors)
{
    public System.Text.Json.JsonElement Json => System.Text.Json.JsonDocument.Parse(Output).RootElement;

    public override string ToString() => $"exit {ExitCode}; output: {Output}; errors: {Errors}";
}
