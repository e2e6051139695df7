using System.CommandLine;
using GeneratedMigrations.CommandLine;
using static GeneratedMigrations.Tests.CommandLine.SampleExitCodes;

namespace GeneratedMigrations.Tests.CommandLine;

/// <summary>
/// The README's exit codes for outcomes that need a hand-made catalogue, run in this process (the sample's
/// process-level tests cover the rest): a deploy script branches on them.
/// </summary>
public sealed class InProcessExitCodeTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Status_exits_3_when_the_database_and_the_build_disagree()
    {
        await _db.MigrateAsync(Catalogs.Generated);

        var exitCode = await RunAsync(Catalogs.Changing(3, checksum: "edited-after-release"), "status");

        Assert.Equal(Refused, exitCode);
    }

    [Fact]
    public async Task Up_exits_1_when_the_lock_is_lost_during_the_run()
    {
        // Migration 5 hands the lease to another process (as an expired lease taken over would): migration 6 must not run.
        var catalog = Catalogs.GeneratedPlus(
            Catalogs.Descriptor(5, "hand_over", () => new SqlMigration($"UPDATE {TestDatabase.LedgerTable}_lock SET owner = 'other-host:42', expires_at = expires_at + 600000")),
            Catalogs.Descriptor(6, "after_it", () => new SqlMigration("CREATE TABLE after_it (id INTEGER)")));

        var exitCode = await RunAsync(catalog, "up");

        Assert.Equal(MigrationFailed, exitCode);
        Assert.False(await _db.TableExistsAsync("after_it"));
    }

    private Task<int> RunAsync(MigrationCatalog catalog, params string[] arguments)
    {
        var root = new RootCommand();
        MigrationCommands.AddTo(root, (_, options) => _db.CreateMigrator(catalog, options));
        return root.Parse(arguments).InvokeAsync();
    }
}
