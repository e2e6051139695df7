namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>
/// A process killed in the middle of a commit leaves a hot rollback journal beside a half-written file. The next
/// reader must roll it back and see the database as it was before that commit: the runner does, and so do the
/// tests' own reads (a read-only connection cannot, and fails with "attempt to write a readonly database").
/// </summary>
public sealed class HotJournalTests : IDisposable
{
    private readonly TestDatabase _writer = new();
    private readonly TestDatabase _crashed = new();

    public void Dispose()
    {
        _writer.Dispose();
        _crashed.Dispose();
    }

    [Fact]
    public async Task The_runner_rolls_back_a_hot_journal_and_applies_what_the_killed_commit_had_not_finished()
    {
        await LeaveHotJournalAsync();
        await using var migrator = _crashed.CreateMigrator(Catalogs.Generated);

        var status = await migrator.GetStatusAsync();
        var result = await migrator.MigrateAsync();

        Assert.Equal([1L, 2L], status.Applied.Select(entry => entry.Order));
        Assert.Equal(Catalogs.GeneratedOrders.Skip(2), result.Applied.Select(m => m.Order));
        Assert.Equal(Catalogs.GeneratedOrders, (await _crashed.ReadLedgerAsync()).Select(row => row.Order));
        Assert.False(await _crashed.TableExistsAsync("filler"));
    }

    [Fact]
    public async Task The_tests_reads_roll_back_a_hot_journal_where_a_read_only_connection_fails()
    {
        await LeaveHotJournalAsync();
        await using (var readOnly = new SqliteConnection(_crashed.ConnectionString + ";Mode=ReadOnly;Pooling=False"))
        {
            await readOnly.OpenAsync();
            await using var command = readOnly.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {TestDatabase.LedgerTable}";
            var refused = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteScalarAsync());
            Assert.Equal(8, refused.SqliteErrorCode); // SQLITE_READONLY: the journal needs a writer to roll it back.
        }

        Assert.Equal([1L, 2L], (await _crashed.ReadLedgerAsync()).Select(row => row.Order));
        Assert.False(await _crashed.TableExistsAsync("filler"));
        Assert.False(File.Exists(_crashed.FilePath + "-journal"), "The hot journal was not rolled back.");
    }

    /// <summary>
    /// Makes <c>_crashed</c> what a SIGKILL during a commit leaves: the file holding part of a transaction (the page
    /// cache spilled to it) and the journal that undoes it. A copy taken while the transaction is open has exactly
    /// that, with no process holding its lock.
    /// </summary>
    private async Task LeaveHotJournalAsync()
    {
        await _writer.MigrateAsync(Catalogs.FirstOf(2));
        await using var connection = new SqliteConnection(_writer.ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // A tiny page cache makes SQLite write changed pages into the file before the commit.
        command.CommandText =
            "PRAGMA cache_size = 5; BEGIN IMMEDIATE; " +
            $"INSERT INTO {TestDatabase.LedgerTable} (migration_order, name, checksum, status, applied_at, duration_ms, applied_by) " +
            "SELECT 3, 'half_committed', 'x', 'COMPLETED', '2026-01-01T00:00:00Z', 1, 'killed'; " +
            "CREATE TABLE filler AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) SELECT i, randomblob(200) AS data FROM n;";
        await command.ExecuteNonQueryAsync();
        Assert.True(File.Exists(_writer.FilePath + "-journal"));

        File.Copy(_writer.FilePath, _crashed.FilePath);
        File.Copy(_writer.FilePath + "-journal", _crashed.FilePath + "-journal");

        command.CommandText = "ROLLBACK";
        await command.ExecuteNonQueryAsync();
    }
}
