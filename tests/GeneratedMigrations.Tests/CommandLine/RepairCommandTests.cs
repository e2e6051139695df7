using static GeneratedMigrations.Tests.CommandLine.SampleExitCodes;

namespace GeneratedMigrations.Tests.CommandLine;

/// <summary><c>repair N --completed</c> and <c>repair N --forget</c> fix one ledger row from the command line; a repair with nothing to fix exits 6.</summary>
public sealed class RepairCommandTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_row_left_failed_blocks_up_until_repair_completed_then_verify_passes()
    {
        Assert.Equal(Success, (await Bookshelf.RunAsync(_db, "up")).ExitCode);
        // What a non-transactional migration that failed part way leaves.
        await _db.ExecuteAsync($"UPDATE {TestDatabase.LedgerTable} SET status = 'FAILED' WHERE migration_order = 8");

        var refused = await Bookshelf.RunAsync(_db, "up");
        Assert.True(refused.ExitCode == Refused, refused.ToString());
        Assert.Contains("Migration 8 'create_reviews' was left FAILED", refused.Errors);

        var repair = await Bookshelf.RunAsync(_db, "repair", "8", "--completed");

        Assert.True(repair.ExitCode == Success, repair.ToString());
        Assert.Contains("Migration 8 'create_reviews' (was FAILED)", repair.Output);
        Assert.Equal("COMPLETED", (await _db.ReadLedgerAsync())[^1].Status);
        var verify = await Bookshelf.RunAsync(_db, "verify");
        Assert.True(verify.ExitCode == Success, verify.ToString());
    }

    [Fact]
    public async Task Repair_forget_removes_the_row_so_the_next_up_runs_the_migration_again()
    {
        Assert.Equal(Success, (await Bookshelf.RunAsync(_db, "up", "--to", "8")).ExitCode);
        // Undo migration 8's table by hand, as if its work had been lost; its row says it is applied.
        await _db.ExecuteAsync("DROP TABLE reviews");

        var repair = await Bookshelf.RunAsync(_db, "repair", "8", "--forget");

        Assert.True(repair.ExitCode == Success, repair.ToString());
        Assert.Equal("Migration 8 'create_reviews' (was COMPLETED) is now forgotten; it will run again.", repair.Output.Trim());
        Assert.Equal([1L, 2, 3, 4, 5, 6, 7], (await _db.ReadLedgerAsync()).Select(row => row.Order));
        var up = await Bookshelf.RunAsync(_db, "up", "--to", "8");
        Assert.True(up.ExitCode == Success, up.ToString());
        Assert.Contains("Applied 1 migration(s); the database is at migration 8.", up.Output);
        Assert.True(await _db.TableExistsAsync("reviews"));
    }

    [Fact]
    public async Task Repairing_an_order_without_a_row_exits_6_with_the_json_error_and_changes_no_row()
    {
        Assert.Equal(Success, (await Bookshelf.RunAsync(_db, "up", "--to", "7")).ExitCode);
        var before = await _db.ReadLedgerAsync();

        var run = await Bookshelf.RunAsync(_db, "repair", "9", "--completed", "--json");

        Assert.True(run.ExitCode == Error, run.ToString());
        var error = run.Json.GetProperty("error");
        Assert.Equal("MigrationRepairException", error.GetProperty("type").GetString());
        Assert.Equal("The ledger has no row for migration 9; there is nothing to repair.", error.GetProperty("message").GetString());
        Assert.Equal(9, error.GetProperty("order").GetInt64());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, error.GetProperty("name").ValueKind);
        Assert.Equal(7, error.GetProperty("lastApplied").GetInt64());
        Assert.Equal(before, await _db.ReadLedgerAsync());
    }
}
