namespace GeneratedMigrations.Tests.CommandLine;

/// <summary>
/// A damaged ledger, seen from a deploy step: exit 6 with the ledger's own message (never a stack trace, never an
/// empty status), and with <c>--json</c> an error naming its type, the operation and the migration concerned.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class DamagedLedgerCommandLineTests : IDisposable
{
    private const int Error = 6; // GeneratedMigrations.CommandLine.ExitCodes.Error

    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("up")]
    [InlineData("verify")]
    public async Task A_damaged_row_exits_6_with_a_json_error_naming_the_operation_and_the_order(string command)
    {
        Assert.Equal(0, (await Bookshelf.RunAsync(_db, "up", "--to", "5")).ExitCode);
        await _db.ExecuteAsync($"UPDATE \"{TestDatabase.LedgerTable}\" SET applied_at = 'not-a-date' WHERE migration_order = 3");

        var run = await Bookshelf.RunAsync(_db, command, "--json");

        Assert.True(run.ExitCode == Error, run.ToString());
        var error = run.Json.GetProperty("error");
        Assert.Equal("MigrationLedgerException", error.GetProperty("type").GetString());
        Assert.Equal(command, error.GetProperty("operation").GetString());
        Assert.Equal(3, error.GetProperty("order").GetInt64());
        Assert.Contains("column applied_at holds 'not-a-date'", error.GetProperty("message").GetString());
        Assert.DoesNotContain("   at ", run.Output + run.Errors);
        Assert.Equal([1L, 2, 3, 4, 5], (await _db.ReadLedgerAsync()).Select(row => row.Order));
    }

    [Fact]
    public async Task Status_of_a_ledger_without_its_meta_table_exits_6_instead_of_showing_nothing_applied()
    {
        Assert.Equal(0, (await Bookshelf.RunAsync(_db, "up", "--to", "5")).ExitCode);
        await _db.ExecuteAsync($"DROP TABLE \"{TestDatabase.LedgerTable}_meta\"");

        var run = await Bookshelf.RunAsync(_db, "status");

        Assert.True(run.ExitCode == Error, run.ToString());
        Assert.Contains($"has lost its companion table \"{TestDatabase.LedgerTable}_meta\"", run.Errors);
        Assert.DoesNotContain("   at ", run.Output + run.Errors);
        Assert.Equal([1L, 2, 3, 4, 5], (await _db.ReadLedgerAsync()).Select(row => row.Order));
    }
}
