using System.Diagnostics;
using System.Globalization;

namespace GeneratedMigrations.Npgsql.Tests;

/// <summary>
/// The private test server goes with the test process that started it, however that process ends: the test
/// platform kills its test host moments after the last test, before the exit handler can stop the server.
/// </summary>
public sealed class TestServerCleanupTests
{
    [Theory]
    [InlineData("PostgreSQL")]
    [InlineData("PgBouncer")]
    public async Task When_the_owner_process_ends_the_cleaner_stops_the_server_and_deletes_its_folder(string daemon)
    {
        if (OperatingSystem.IsWindows()) return; // no cleaner there: the exit handler only
        var folder = Directory.CreateTempSubdirectory("gm-cleaner-test-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "data"));
        // Stand-ins: a "server" that the cleaner's signal ends, as it does the real daemon, and an owner that ends soon.
        // Each daemon writes its process id where its own pid file is; the other file is a decoy pointing elsewhere.
        // Through env --default-signal: a test run started where SIGINT is ignored (a background job of a script, nohup)
        // passes that on to every child, and a stand-in that ignored the cleaner's SIGINT would outlast the wait below.
        // The real server sets its own handlers, so it stops either way.
        using var server = Process.Start("env", ["--default-signal", "sleep", "300"]);
        using var decoy = Process.Start("env", ["--default-signal", "sleep", "300"]);
        var (serverFile, decoyFile) = daemon == "PostgreSQL" ? ("data/postmaster.pid", "pgbouncer.pid") : ("pgbouncer.pid", "data/postmaster.pid");
        await File.WriteAllTextAsync(Path.Combine(folder, serverFile), server.Id.ToString(CultureInfo.InvariantCulture) + "\n" + folder + "\n");
        await File.WriteAllTextAsync(Path.Combine(folder, decoyFile), decoy.Id.ToString(CultureInfo.InvariantCulture) + "\n");
        using var owner = Process.Start("sleep", "2");
        try
        {
            await (daemon == "PostgreSQL" ? LocalPostgres.StartCleanerAsync(folder, owner.Id) : LocalPgBouncer.StartCleanerAsync(folder, owner.Id));

            await Task.Delay(TimeSpan.FromMilliseconds(500));
            Assert.False(owner.HasExited, "The owner ended too soon for the test to mean anything.");
            Assert.True(Directory.Exists(folder), "The cleaner deleted the folder while its owner was running.");
            Assert.False(server.HasExited, "The cleaner stopped the server while its owner was running.");

            await owner.WaitForExitAsync();
            var clock = Stopwatch.StartNew();
            while ((Directory.Exists(folder) || !server.HasExited) && clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(100);
            }

            Assert.True(server.HasExited, "The cleaner did not stop the server after its owner ended.");
            Assert.False(Directory.Exists(folder), "The cleaner did not delete the folder after its owner ended.");
            Assert.False(decoy.HasExited, "The cleaner signalled the process of the other daemon's pid file.");
        }
        finally
        {
            if (!server.HasExited) server.Kill();
            if (!decoy.HasExited) decoy.Kill();
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
