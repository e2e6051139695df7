using static GeneratedMigrations.Tests.CommandLine.SampleExitCodes;

namespace GeneratedMigrations.Tests.CommandLine;

/// <summary><c>up</c> and <c>down</c> with <c>--steps K</c> move K migrations; with <c>--dry-run</c> they print the plan and change nothing.</summary>
public sealed class StepsAndDryRunCommandTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Up_with_steps_and_dry_run_prints_the_steps_it_would_apply_and_does_not_create_the_file()
    {
        var run = await Bookshelf.RunAsync(_db, "up", "--steps", "2", "--dry-run");

        Assert.True(run.ExitCode == Success, run.ToString());
        Assert.Equal("Up to 2 steps: 0 applied, 9 pending, last applied none.\n  apply   1 create_authors\n  apply   2 create_books", run.Output.Trim());
        Assert.False(File.Exists(_db.FilePath), "A dry run created the database file.");
    }

    [Fact]
    public async Task Up_with_steps_applies_that_many_pending_migrations_each_time()
    {
        var first = await Bookshelf.RunAsync(_db, "up", "--steps", "2");

        Assert.True(first.ExitCode == Success, first.ToString());
        Assert.Contains("Applied 2 migration(s); the database is at migration 2.", first.Output);
        Assert.Equal([1L, 2], (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM books"));

        var second = await Bookshelf.RunAsync(_db, "up", "--steps", "1");

        Assert.True(second.ExitCode == Success, second.ToString());
        Assert.Contains("Applied 1 migration(s); the database is at migration 3.", second.Output);
        Assert.Equal([1L, 2, 3], (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.Equal(4, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM books"));
    }

    [Fact]
    public async Task Down_with_steps_reverts_that_many_newest_first()
    {
        Assert.Equal(Success, (await Bookshelf.RunAsync(_db, "up", "--steps", "2")).ExitCode);

        var one = await Bookshelf.RunAsync(_db, "down", "--steps", "1");

        Assert.True(one.ExitCode == Success, one.ToString());
        Assert.Contains("Reverted 1 migration(s); the database is at migration 1.", one.Output);
        Assert.Equal([1L], (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.False(await _db.TableExistsAsync("books"));
        Assert.True(await _db.TableExistsAsync("authors"));
    }

    [Fact]
    public async Task Down_with_dry_run_prints_the_revert_steps_and_changes_nothing()
    {
        Assert.Equal(Success, (await Bookshelf.RunAsync(_db, "up", "--to", "8")).ExitCode);
        var before = _db.Snapshot();

        var run = await Bookshelf.RunAsync(_db, "down", "--steps", "1", "--dry-run");

        Assert.True(run.ExitCode == Success, run.ToString());
        Assert.Equal("Down to 1 step: 8 applied, 1 pending, last applied 8.\n  revert  8 create_reviews", run.Output.Trim());
        Assert.Equal(before, _db.Snapshot());
        Assert.True(await _db.TableExistsAsync("reviews"));
    }
}
