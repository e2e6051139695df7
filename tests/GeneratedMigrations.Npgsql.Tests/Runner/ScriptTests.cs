namespace GeneratedMigrations.Npgsql.Tests.Runner;

/// <summary>A script of pending <c>.sql</c> migrations, run by hand on a fresh PostgreSQL database, leaves it as a run would.</summary>
public sealed class ScriptTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private static MigrationCatalog Catalog() => TestCatalogs.Of(
        RunnerSql.Sql(1, "create_books", "CREATE TABLE books (id bigint PRIMARY KEY, title text NOT NULL);\nCREATE INDEX ix_books_title ON books (title);"),
        RunnerSql.Sql(2, "seed_books", "INSERT INTO books (id, title) VALUES (1, 'Emma; a novel'), (2, 'Persuasion');"),
        RunnerSql.Sql(3, "create_count", "CREATE FUNCTION book_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM books; $$;"));

    [Fact]
    public async Task Running_the_script_on_a_fresh_database_leaves_it_as_migrating_would()
    {
        await using var migrated = await server.CreateDatabaseAsync();
        await using var scripted = await server.CreateDatabaseAsync();
        var options = new MigratorOptions { AppliedBy = "script-test" };
        await using (var migrator = RunnerSql.Migrator(migrated, Catalog(), options))
        {
            await migrator.MigrateAsync();
        }
        string script;
        await using (var migrator = RunnerSql.Migrator(scripted, Catalog(), options))
        {
            script = await migrator.ScriptAsync();
        }

        await scripted.ExecuteAsync(script);

        Assert.Equal(3, script.Split("BEGIN;\n").Length - 1);
        Assert.Equal(await RunnerSql.SchemaAsync(migrated), await RunnerSql.SchemaAsync(scripted));
        Assert.Equal(await LedgerAsync(migrated), await LedgerAsync(scripted));
        Assert.Equal(2L, await scripted.ScalarAsync<long>("SELECT book_count()"));
        await using (var migrator = RunnerSql.Migrator(scripted, Catalog()))
        {
            Assert.True((await migrator.GetStatusAsync()).IsUpToDate);
        }
    }

    [Fact]
    public async Task A_csharp_migration_in_the_range_is_refused_naming_it()
    {
        await using var db = await server.CreateDatabaseAsync();
        var catalog = TestCatalogs.Of(Catalog().Migrations[0], TestCatalogs.Sql(2, "seed_in_code", "INSERT INTO books VALUES (1, 'x')"));
        await using var migrator = RunnerSql.Migrator(db, catalog);

        var exception = await Assert.ThrowsAsync<MigrationScriptException>(() => migrator.ScriptAsync());

        Assert.Equal((2L, "seed_in_code"), (exception.Order, exception.MigrationName));
        Assert.False(await db.TableExistsAsync("public", "__migration_ledger"));
    }

    private static async Task<IReadOnlyList<string>> LedgerAsync(TestDatabase db)
    {
        await using var store = new NpgsqlMigrationStore(db.ConnectionString);
        return [.. (await store.ReadLedgerAsync(CancellationToken.None)).Select(e => $"{e.Order} {e.Name} {e.Checksum} {e.Status} {e.AppliedBy}")];
    }
}
