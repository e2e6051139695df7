
namespace GeneratedMigrations.Npgsql.Tests.Runner;

/// <summary>
/// The <c>script</c> output fed to psql itself, as a reviewer would run it. A statement whose <c>;</c> stands on the
/// line after a trailing <c>-- comment</c> (common in real histories) must not be written as <c>… -- comment;</c>,
/// which psql would read as one statement with the next.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PsqlScriptTests(PostgresServer server)
{
    private static MigrationCatalog Catalog() => TestCatalogs.Of(
        RunnerSql.Sql(1, "create_books", """
            CREATE TABLE books (id bigint PRIMARY KEY, title text NOT NULL) -- every book, even unpublished ones
            ;
            CREATE INDEX ix_books_title ON books (title) -- searched by title; see the shelf page
            ;
            """),
        RunnerSql.Sql(2, "seed_books", """
            INSERT INTO books (id, title) VALUES (1, 'Emma -- a novel'), (2, E'Persuasion\'s -- sequel') -- two classics
            ;
            UPDATE books SET title = title || '' WHERE id = 1 /* a block comment -- not a line comment */;
            """));

    [Fact]
    public async Task The_script_of_statements_ending_in_line_comments_runs_in_psql_as_migrating_would()
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

        var (exitCode, output) = await RunPsqlAsync(scripted, script);

        Assert.True(exitCode == 0, $"psql refused the script:\n{output}\n\nScript:\n{script}");
        Assert.Contains("-- every book, even unpublished ones\n;\n", script, StringComparison.Ordinal);
        Assert.Equal(await RunnerSql.SchemaAsync(migrated), await RunnerSql.SchemaAsync(scripted));
        Assert.Equal("Emma -- a novel|Persuasion's -- sequel", await scripted.ScalarAsync<string>("SELECT string_agg(title, '|' ORDER BY id) FROM books"));
        await using (var migrator = RunnerSql.Migrator(scripted, Catalog()))
        {
            Assert.True((await migrator.GetStatusAsync()).IsUpToDate);
        }
    }

    /// <summary>Runs the script with psql from the installed client, stopping at the first error as a careful reviewer would.</summary>
    private static async Task<(int ExitCode, string Output)> RunPsqlAsync(TestDatabase db, string script)
    {
        var file = Path.Combine(Path.GetTempPath(), "gm-script-" + Guid.NewGuid().ToString("N") + ".sql");
        await File.WriteAllTextAsync(file, script);
        try
        {
            return await db.RunClientAsync("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", file]);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
