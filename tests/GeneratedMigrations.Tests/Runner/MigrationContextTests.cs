namespace GeneratedMigrations.Tests.Runner;

/// <summary>
/// The helpers a migration writes with: <c>ExecuteAsync(sql)</c>, <c>ExecuteAsync(sql, values)</c> (parameters
/// <c>@p0</c>, <c>@p1</c>…), <c>ExecuteScalarAsync(sql)</c> and <c>CreateCommand(sql, values)</c>, all enlisted in the
/// migration's transaction: they see its uncommitted work, and a failure rolls all of it back.
/// </summary>
public sealed class MigrationContextTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Execute_scalar_reads_the_migrations_own_uncommitted_rows_and_the_values_drive_later_statements()
    {
        object? countSeenInside = null;
        var catalog = RunnerCatalogs.Of(
            RunnerCatalogs.Code(1, "seed_from_a_scalar", async (db, ct) =>
            {
                await db.ExecuteAsync("CREATE TABLE shelves (id INTEGER PRIMARY KEY, label TEXT NOT NULL)", ct);
                await db.ExecuteAsync("INSERT INTO shelves (id, label) VALUES (@p0, @p1), (@p2, @p3)", [1, "fiction", 2, "poetry"], ct);
                countSeenInside = await db.ExecuteScalarAsync("SELECT COUNT(*) FROM shelves", ct);
                await using var command = db.CreateCommand("INSERT INTO shelves (id, label) VALUES (@p0, @p1)", 3, $"shelf {countSeenInside}");
                await command.ExecuteNonQueryAsync(ct);
            }));
        await using var migrator = _db.CreateMigrator(catalog);

        await migrator.MigrateAsync();

        Assert.Equal(2L, countSeenInside);
        Assert.Equal(3, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM shelves"));
        Assert.Equal("shelf 2", await _db.ScalarAsync<string>("SELECT label FROM shelves WHERE id = 3"));
        Assert.Equal("poetry", await _db.ScalarAsync<string>("SELECT label FROM shelves WHERE id = 2"));
    }

    [Fact]
    public async Task Execute_scalar_returns_null_for_no_row_and_everything_the_helpers_wrote_rolls_back_with_a_failure()
    {
        object? noRow = "not read";
        var catalog = RunnerCatalogs.Of(
            RunnerCatalogs.Table(1, "t1"),
            RunnerCatalogs.Code(2, "writes_then_fails", async (db, ct) =>
            {
                await db.ExecuteAsync("INSERT INTO t1 (id) VALUES (@p0)", [42], ct);
                noRow = await db.ExecuteScalarAsync("SELECT id FROM t1 WHERE id = 7", ct);
                await using (var command = db.CreateCommand("INSERT INTO t1 (id) VALUES (@p0)", 43))
                {
                    await command.ExecuteNonQueryAsync(ct);
                }
                throw new InvalidOperationException("boom after writing");
            }));
        await using var migrator = _db.CreateMigrator(catalog);

        await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.MigrateAsync());

        Assert.Null(noRow);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM t1"));
        Assert.Equal([1L], (await _db.ReadLedgerAsync()).Select(row => row.Order));
    }
}
