namespace GeneratedMigrations.Tests.Runner;

/// <summary><c>.sql</c> migrations apply statement by statement and revert with their <c>.down.sql</c>.</summary>
public sealed class SqlMigrationTests : IDisposable
{
    private const string Up = """
        -- Reviews; the comment's semicolon; does not split.
        CREATE TABLE reviews (id INTEGER PRIMARY KEY, comment TEXT NOT NULL);
        CREATE INDEX ix_reviews_comment ON reviews (comment);
        INSERT INTO reviews (id, comment) VALUES (1, 'it''s good; really');
        /* a block comment; with a semicolon */
        ;
        """;

    private const string Down = "DROP INDEX ix_reviews_comment; DROP TABLE reviews;";

    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static MigrationCatalog Catalog() => RunnerCatalogs.Of(RunnerCatalogs.Table(1, "t1"), RunnerCatalogs.Sql(2, "create_reviews", Up, Down));

    [Fact]
    public async Task Applies_every_statement_of_the_file()
    {
        await using var migrator = _db.CreateMigrator(Catalog());

        await migrator.MigrateAsync();

        Assert.Equal("it's good; really", await _db.ScalarAsync<string>("SELECT comment FROM reviews WHERE id = 1"));
        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_reviews_comment'"));
        Assert.Equal([(2L, "create_reviews", "checksum-of-create_reviews")], (await _db.ReadLedgerAsync()).Skip(1).Select(row => (row.Order, row.Name, row.Checksum)));
    }

    [Fact]
    public async Task Reverts_with_its_down_file()
    {
        await _db.MigrateAsync(Catalog());
        await using var migrator = _db.CreateMigrator(Catalog());

        await migrator.RevertAsync(RevertTarget.OneStep);

        Assert.False(await _db.TableExistsAsync("reviews"));
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_reviews_comment'"));
        Assert.Equal([1L], (await _db.ReadLedgerAsync()).Select(row => row.Order));
    }

    [Fact]
    public async Task A_file_without_a_down_file_is_irreversible()
    {
        var catalog = RunnerCatalogs.Of(RunnerCatalogs.Sql(1, "create_reviews", Up));
        await _db.MigrateAsync(catalog);
        await using var migrator = _db.CreateMigrator(catalog);

        var exception = await Assert.ThrowsAsync<MigrationPlanException>(() => migrator.RevertAsync(RevertTarget.ToOrder(0)));

        Assert.Equal(PlanProblemKind.Irreversible, Assert.Single(exception.Problems).Kind);
        Assert.True(await _db.TableExistsAsync("reviews"));
    }

    [Fact]
    public async Task A_failing_statement_rolls_back_the_statements_before_it()
    {
        var catalog = RunnerCatalogs.Of(RunnerCatalogs.Sql(1, "half", "CREATE TABLE half (id INTEGER); INSERT INTO half VALUES (1); INSERT INTO missing VALUES (1);"));
        await using var migrator = _db.CreateMigrator(catalog);

        var exception = await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.MigrateAsync());

        Assert.Contains("no such table: missing", Assert.IsType<SqliteException>(exception.InnerException).Message);
        Assert.False(await _db.TableExistsAsync("half"));
    }
}
