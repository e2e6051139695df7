using System.Text.Json;
using static GeneratedMigrations.Tests.CommandLine.SampleExitCodes;

namespace GeneratedMigrations.Tests.CommandLine;

/// <summary>
/// What a deploy step sees when something is wrong: exit 6 for an unreachable database or an unreadable ledger, a
/// connection-string error that never repeats the string, and JSON errors with the README's fields.
/// </summary>
public sealed class CommandErrorTests : IDisposable
{
    private const string Secret = "s3cret-Pa55word";

    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task An_unreachable_postgresql_server_exits_6_without_printing_the_password()
    {
        // Nothing listens on port 1.
        var connection = $"Host=127.0.0.1;Port=1;Username=app;Password={Secret};Timeout=5";

        var text = await Bookshelf.RunAsync(_db.Folder, ["status", "--connection", connection]);
        var json = await Bookshelf.RunAsync(_db.Folder, ["status", "--json", "--connection", connection]);

        Assert.True(text.ExitCode == Error, text.ToString());
        Assert.Contains("Failed to connect to 127.0.0.1:1", text.Errors);
        Assert.True(json.ExitCode == Error, json.ToString());
        Assert.Contains("Failed to connect to 127.0.0.1:1", json.Json.GetProperty("error").GetProperty("message").GetString());
        Assert.DoesNotContain(Secret, text.Output + text.Errors + json.Output + json.Errors);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_exits_6_saying_so_and_is_left_as_it_was()
    {
        await File.WriteAllTextAsync(_db.FilePath, "these are not the pages of an SQLite database\n");
        var before = _db.Snapshot();

        var run = await Bookshelf.RunAsync(_db, "up", "--json");

        Assert.True(run.ExitCode == Error, run.ToString());
        var error = run.Json.GetProperty("error");
        Assert.Equal("MigrationDatabaseException", error.GetProperty("type").GetString());
        Assert.Contains("file is not a database", error.GetProperty("message").GetString());
        Assert.Contains(_db.FilePath, error.GetProperty("message").GetString());
        Assert.Equal(before, _db.Snapshot());
    }

    [Fact]
    public async Task A_ledger_written_by_a_newer_release_exits_6_saying_to_upgrade()
    {
        Assert.Equal(Success, (await Bookshelf.RunAsync(_db, "up", "--to", "2")).ExitCode);
        await _db.ExecuteAsync($"UPDATE {TestDatabase.LedgerTable}_meta SET value = '2' WHERE key = 'schema_version'");

        var run = await Bookshelf.RunAsync(_db, "up", "--json");

        Assert.True(run.ExitCode == Error, run.ToString());
        var error = run.Json.GetProperty("error");
        Assert.Equal("MigrationLedgerException", error.GetProperty("type").GetString());
        Assert.Contains("schema version '2'", error.GetProperty("message").GetString());
        Assert.Equal([1L, 2L], (await _db.ReadLedgerAsync()).Select(row => row.Order));
    }

    [Fact]
    public async Task A_malformed_sqlite_connection_string_exits_6_without_repeating_the_string()
    {
        var connection = $"Data Source={_db.FilePath};Passwrod={Secret}";

        var run = await Bookshelf.RunAsync(_db.Folder, ["status", "--connection", connection]);

        Assert.True(run.ExitCode == Error, run.ToString());
        Assert.StartsWith("The SQLite connection string is not valid", run.Errors.Trim());
        Assert.DoesNotContain(Secret, run.Output + run.Errors);
        Assert.DoesNotContain("Passwrod", run.Output + run.Errors);
        Assert.False(File.Exists(_db.FilePath));
    }

    [Fact]
    public async Task A_failed_migration_in_json_carries_type_message_order_name_and_last_applied()
    {
        // The reviews table is already there, so migration 8 (CREATE TABLE reviews) fails.
        await _db.ExecuteAsync("CREATE TABLE reviews (id INTEGER PRIMARY KEY)");

        var run = await Bookshelf.RunAsync(_db, "up", "--json");

        Assert.True(run.ExitCode == MigrationFailed, run.ToString());
        var error = run.Json.GetProperty("error");
        Assert.Equal("MigrationFailedException", error.GetProperty("type").GetString());
        Assert.StartsWith("Migration 8 'create_reviews' failed to apply", error.GetProperty("message").GetString());
        Assert.Equal(8, error.GetProperty("order").GetInt64());
        Assert.Equal("create_reviews", error.GetProperty("name").GetString());
        Assert.Equal(7, error.GetProperty("lastApplied").GetInt64());
        Assert.Equal([1L, 2, 3, 4, 5, 6, 7], (await _db.ReadLedgerAsync()).Select(row => row.Order));
    }

    [Fact]
    public async Task A_refusal_in_json_lists_each_problem_with_its_kind_order_and_name()
    {
        Assert.Equal(Success, (await Bookshelf.RunAsync(_db, "up")).ExitCode);
        // The database is ahead of this build: a migration 10 it does not know.
        await _db.ExecuteAsync(
            $"INSERT INTO {TestDatabase.LedgerTable} (migration_order, name, checksum, status, applied_at, duration_ms, applied_by) " +
            "VALUES (10, 'from_a_newer_build', 'x', 'COMPLETED', '2026-01-01T00:00:00.0000000+00:00', 1, 'newer')");

        var run = await Bookshelf.RunAsync(_db, "up", "--json");

        Assert.True(run.ExitCode == Refused, run.ToString());
        var error = run.Json.GetProperty("error");
        Assert.Equal("MigrationPlanException", error.GetProperty("type").GetString());
        Assert.Contains("the database is ahead of the code", error.GetProperty("message").GetString());
        Assert.Equal(10, error.GetProperty("lastApplied").GetInt64());
        var problem = Assert.Single(error.GetProperty("problems").EnumerateArray());
        Assert.Equal((10L, "from_a_newer_build"), (problem.GetProperty("order").GetInt64(), problem.GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.String, problem.GetProperty("kind").ValueKind);
        Assert.Contains("is recorded in the database but is not in this build", problem.GetProperty("message").GetString());
    }
}
