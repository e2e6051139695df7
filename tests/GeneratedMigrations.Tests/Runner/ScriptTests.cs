namespace GeneratedMigrations.Tests.Runner;

/// <summary>
/// <see cref="Migrator.ScriptAsync"/> writes the pending <c>.sql</c> migrations as one reviewable script that does
/// what <see cref="Migrator.MigrateAsync(CancellationToken)"/> would, and refuses a range holding a C# migration.
/// </summary>
public sealed class ScriptTests : IDisposable
{
    private const string AppliedBy = "script-test";

    private readonly TestDatabase _scripted = new();
    private readonly TestDatabase _migrated = new();

    public void Dispose()
    {
        _scripted.Dispose();
        _migrated.Dispose();
    }

    private static MigrationCatalog Catalog() => RunnerCatalogs.Of(
        RunnerCatalogs.Sql(1, "create_books", "CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT NOT NULL);\nCREATE INDEX ix_books_title ON books (title);"),
        RunnerCatalogs.Sql(2, "seed_books", "INSERT INTO books (id, title) VALUES (1, 'Emma; a novel'), (2, 'Persuasion');", "DELETE FROM books"),
        RunnerCatalogs.Sql(3, "create_loans", "CREATE TABLE loans (id INTEGER PRIMARY KEY, book_id INTEGER NOT NULL REFERENCES books (id))"));

    [Fact]
    public async Task Wraps_each_migration_in_a_transaction_with_its_ledger_insert()
    {
        await using var migrator = _scripted.CreateMigrator(Catalog(), new MigratorOptions { AppliedBy = AppliedBy });

        var script = await migrator.ScriptAsync();

        Assert.Contains("-- apply   1 create_books\nBEGIN;\nCREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT NOT NULL);\nCREATE INDEX ix_books_title ON books (title);\nINSERT", script);
        Assert.Contains("INSERT INTO books (id, title) VALUES (1, 'Emma; a novel'), (2, 'Persuasion');\n", script);
        Assert.Equal(3, CountOf(script, "BEGIN;\n"));
        Assert.Equal(3, CountOf(script, "COMMIT;\n"));
        Assert.Equal(3, CountOf(script, $"INSERT INTO \"{TestDatabase.LedgerTable}\" ("));
        Assert.Contains("'seed_books', 'checksum-of-seed_books', 'COMPLETED'", script);
        Assert.False(File.Exists(_scripted.FilePath));
    }

    [Fact]
    public async Task Running_the_script_on_a_fresh_database_leaves_it_as_migrating_would()
    {
        await using (var migrator = _migrated.CreateMigrator(Catalog(), new MigratorOptions { AppliedBy = AppliedBy }))
        {
            await migrator.MigrateAsync();
        }
        string script;
        await using (var migrator = _scripted.CreateMigrator(Catalog(), new MigratorOptions { AppliedBy = AppliedBy }))
        {
            script = await migrator.ScriptAsync();
        }

        await _scripted.ExecuteAsync(script);

        Assert.Equal(await _migrated.SchemaAsync(), await _scripted.SchemaAsync());
        Assert.Equal(await LedgerAsync(_migrated), await LedgerAsync(_scripted));
        Assert.Equal(2, await _scripted.ScalarAsync<long>("SELECT COUNT(*) FROM books"));
        await using (var migrator = _scripted.CreateMigrator(Catalog()))
        {
            Assert.True((await migrator.GetStatusAsync()).IsUpToDate);
        }
    }

    [Fact]
    public async Task Scripts_only_the_pending_migrations_up_to_the_target()
    {
        await _scripted.MigrateAsync(RunnerCatalogs.Of(Catalog().Migrations[0]));
        await using var migrator = _scripted.CreateMigrator(Catalog());

        var script = await migrator.ScriptAsync(MigrationTarget.ToOrder(2));

        Assert.DoesNotContain("CREATE TABLE books", script);
        Assert.Contains("-- apply   2 seed_books", script);
        Assert.DoesNotContain("loans", script);
    }

    [Fact]
    public async Task Refuses_a_range_holding_a_csharp_migration_naming_it()
    {
        var catalog = RunnerCatalogs.Of(
            Catalog().Migrations[0],
            RunnerCatalogs.Code(2, "split_titles", (db, ct) => db.ExecuteAsync("UPDATE books SET title = title", ct)),
            Catalog().Migrations[2]);
        await using var migrator = _scripted.CreateMigrator(catalog);

        var exception = await Assert.ThrowsAsync<MigrationScriptException>(() => migrator.ScriptAsync());

        Assert.Equal((2L, "split_titles"), (exception.Order, exception.MigrationName));
        Assert.StartsWith("Migration 2 'split_titles' is a C# migration (Tests.Codesplit_titles)", exception.Message);
        Assert.Contains("'script --to 1'", exception.Message);
        Assert.Contains("create_books", await migrator.ScriptAsync(MigrationTarget.ToOrder(1)));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static async Task<IReadOnlyList<(long, string, string, string, string)>> LedgerAsync(TestDatabase db) =>
        [.. (await db.ReadLedgerAsync()).Select(row => (row.Order, row.Name, row.Checksum, row.Status, row.AppliedBy))];
}
