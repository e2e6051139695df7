using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using static GeneratedMigrations.Tests.CommandLine.SampleExitCodes;

namespace GeneratedMigrations.Tests.CommandLine;

/// <summary>
/// The migration commands as a deploy step sees them: the Bookshelf sample (migrations 1-8; 7 is up-only, 8 is a
/// <c>.sql</c> file with a <c>.down.sql</c>) run as a process, checked by exit code and JSON output.
/// </summary>
public sealed class SampleCommandLineTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Status_json_on_a_fresh_file_lists_every_migration_as_pending_and_creates_nothing()
    {
        var run = await Bookshelf.RunAsync(_db, "status", "--json");

        Assert.True(run.ExitCode == Success, run.ToString());
        var json = run.Json.GetProperty("result");
        Assert.Equal("up", json.GetProperty("operation").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("lastApplied").ValueKind);
        Assert.False(json.GetProperty("upToDate").GetBoolean());
        Assert.Equal(0, json.GetProperty("applied").GetArrayLength());
        Assert.Equal([1L, 2, 3, 4, 5, 6, 7, 8, 9], json.GetProperty("pending").EnumerateArray().Select(m => m.GetProperty("order").GetInt64()));
        Assert.Equal("create_reviews", json.GetProperty("pending")[7].GetProperty("name").GetString());
        Assert.Equal(0, json.GetProperty("problems").GetArrayLength());
        Assert.False(File.Exists(_db.FilePath));
    }

    [Fact]
    public async Task Up_to_an_order_json_lists_what_it_applied()
    {
        var run = await Bookshelf.RunAsync(_db, "up", "--to", "7", "--json");

        Assert.True(run.ExitCode == Success, run.ToString());
        var result = run.Json.GetProperty("result");
        var steps = result.GetProperty("steps").EnumerateArray().ToList();
        Assert.False(result.GetProperty("upToDate").GetBoolean());
        Assert.Equal(7, result.GetProperty("lastApplied").GetInt64());
        Assert.Equal([1L, 2, 3, 4, 5, 6, 7], steps.Select(s => s.GetProperty("order").GetInt64()));
        Assert.All(steps, s => Assert.Equal("apply", s.GetProperty("kind").GetString()));
        Assert.All(steps, s => Assert.True(s.GetProperty("durationMs").GetDouble() >= 0));
        Assert.Equal([1L, 2, 3, 4, 5, 6, 7], (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.False(await _db.TableExistsAsync("reviews"));
    }

    [Fact]
    public async Task Down_across_an_irreversible_migration_is_refused_with_exit_3_and_its_problems()
    {
        Assert.Equal(Success, (await Bookshelf.RunAsync(_db, "up")).ExitCode);
        var before = _db.Snapshot();

        var run = await Bookshelf.RunAsync(_db, "down", "--to", "5", "--json");

        Assert.True(run.ExitCode == Refused, run.ToString());
        var error = run.Json.GetProperty("error");
        Assert.Equal("MigrationPlanException", error.GetProperty("type").GetString());
        Assert.Equal("down", error.GetProperty("operation").GetString());
        Assert.Equal(9, error.GetProperty("lastApplied").GetInt64());
        var problem = Assert.Single(error.GetProperty("problems").EnumerateArray());
        Assert.Equal(("irreversible", 7L, "add_book_isbn"), (problem.GetProperty("kind").GetString(), problem.GetProperty("order").GetInt64(), problem.GetProperty("name").GetString()));
        Assert.Equal(before, _db.Snapshot());
    }

    [Fact]
    public async Task Down_to_before_the_sql_migration_reverts_it_with_its_down_file()
    {
        Assert.Equal(Success, (await Bookshelf.RunAsync(_db, "up", "--to", "8")).ExitCode);

        var run = await Bookshelf.RunAsync(_db, "down", "--to", "7");

        Assert.True(run.ExitCode == Success, run.ToString());
        Assert.Contains("Reverted 1 migration(s); the database is at migration 7.", run.Output);
        Assert.False(await _db.TableExistsAsync("reviews"));
        Assert.Equal(7, (await _db.ReadLedgerAsync()).Max(row => row.Order));
    }

    [Fact]
    public async Task Verify_on_a_fresh_file_exits_4()
    {
        var run = await Bookshelf.RunAsync(_db, "verify", "--json");

        Assert.True(run.ExitCode == Pending, run.ToString());
        var problems = run.Json.GetProperty("error").GetProperty("problems").EnumerateArray().ToList();
        Assert.Equal(9, problems.Count);
        Assert.All(problems, p => Assert.Equal("notApplied", p.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Verify_after_up_exits_0()
    {
        Assert.Equal(Success, (await Bookshelf.RunAsync(_db, "up")).ExitCode);

        var before = _db.Snapshot();

        var run = await Bookshelf.RunAsync(_db, "verify");

        Assert.True(run.ExitCode == Success, run.ToString());
        Assert.Equal("The database matches this build; nothing is pending.", run.Output.Trim());
        Assert.Equal("", run.Errors);
        Assert.Equal(before, _db.Snapshot());
    }

    [Fact]
    public async Task Script_writes_the_pending_sql_migration_with_its_ledger_row()
    {
        Assert.Equal(Success, (await Bookshelf.RunAsync(_db, "up", "--to", "7")).ExitCode);

        var run = await Bookshelf.RunAsync(_db, "script");

        Assert.True(run.ExitCode == Success, run.ToString());
        Assert.Contains("-- apply   8 create_reviews\nBEGIN;\n", run.Output);
        Assert.Contains("CREATE INDEX ix_reviews_book ON reviews (book_id);\n", run.Output);
        Assert.Contains("'create_reviews'", run.Output);
        Assert.Contains("COMMIT;\n", run.Output);
        Assert.False(await _db.TableExistsAsync("reviews"));
    }

    [Fact]
    public async Task Script_of_a_range_with_a_csharp_migration_exits_6_naming_it()
    {
        var run = await Bookshelf.RunAsync(_db, "script");

        Assert.True(run.ExitCode == Error, run.ToString());
        Assert.Contains("Migration 1 'create_authors' is a C# migration", run.Errors);
    }

    [Fact]
    public async Task A_wrong_command_line_exits_2()
    {
        var run = await Bookshelf.RunAsync(_db, "up", "--to", "not-a-number");

        Assert.True(run.ExitCode == Usage, run.ToString());
        Assert.Contains("'not-a-number'", run.Errors);
        Assert.Contains("--to", run.Errors);
        Assert.Equal("", run.Output);
        Assert.False(File.Exists(_db.FilePath), "A wrong command line touched the database.");
    }

    [Fact]
    public async Task A_failing_migration_exits_1_naming_it_and_keeps_the_ones_before_it()
    {
        // The reviews table is already there, so migration 8 (CREATE TABLE reviews) fails.
        await _db.ExecuteAsync("CREATE TABLE reviews (id INTEGER PRIMARY KEY)");

        var run = await Bookshelf.RunAsync(_db, "up");

        Assert.True(run.ExitCode == MigrationFailed, run.ToString());
        Assert.Contains("Migration 8 'create_reviews' failed to apply", run.Errors);
        Assert.Contains("table reviews already exists", run.Errors);
        Assert.Equal([1L, 2, 3, 4, 5, 6, 7], (await _db.ReadLedgerAsync()).Select(row => row.Order));
    }

    [Fact]
    public async Task A_held_lock_exits_5()
    {
        await using var holder = new SqliteMigrationStore(_db.ConnectionString);
        await using var held = await holder.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, CancellationToken.None);

        var run = await Bookshelf.RunAsync(_db, "up", "--lock-timeout", "1");

        Assert.True(run.ExitCode == LockTimeout, run.ToString());
        Assert.Contains("Timed out after", run.Errors);
        Assert.Contains($"held by {held.Owner}", run.Errors);
        Assert.DoesNotContain("applied", run.Output);
        Assert.Empty(await _db.ReadLedgerAsync());
        Assert.False(await _db.TableExistsAsync("reviews"));
    }

    [Theory]
    [InlineData(Success, "status")]
    [InlineData(Success, "up", "--to", "2")]
    [InlineData(Success, "up", "--dry-run")]
    [InlineData(Pending, "verify")]
    [InlineData(Success, "script", "--to", "2")]
    [InlineData(Usage, "up", "--to", "two")]
    [InlineData(Error, "repair", "5", "--forget")]
    [InlineData(Success, "down")]
    public async Task Every_command_writes_one_json_envelope_with_its_name_and_exit_code(int exitCode, string command, params string[] arguments)
    {
        Assert.Equal(Success, (await Bookshelf.RunAsync(_db, "up", "--to", "2")).ExitCode);

        var run = await Bookshelf.RunAsync(_db, [command, .. arguments, "--json"]);

        Assert.True(run.ExitCode == exitCode, run.ToString());
        var json = run.Json;
        Assert.Equal(["schemaVersion", "command", "exitCode", "result", "error"], json.EnumerateObject().Select(property => property.Name));
        Assert.Equal(1, json.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(command, json.GetProperty("command").GetString());
        Assert.Equal(exitCode, json.GetProperty("exitCode").GetInt32());
        var failed = exitCode != Success;
        Assert.Equal(failed ? JsonValueKind.Null : JsonValueKind.Object, json.GetProperty("result").ValueKind);
        Assert.Equal(failed ? JsonValueKind.Object : JsonValueKind.Null, json.GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task Json_messages_keep_quotes_readable()
    {
        var run = await Bookshelf.RunAsync(_db, "verify", "--json");

        Assert.Contains("Migration 1 'create_authors' has not been applied", run.Output);
        Assert.DoesNotContain("\\u0027", run.Output);
    }
}
