namespace GeneratedMigrations.Tests.Runner;

/// <summary>
/// The <c>script</c> output, run by SQLite as one script: a statement ending in a trailing <c>-- comment</c> keeps its
/// terminator out of the comment, so it is not run together with the next statement.
/// </summary>
public sealed class ScriptLineCommentTests : IDisposable
{
    private readonly TestDatabase _scripted = new();
    private readonly TestDatabase _migrated = new();

    public void Dispose()
    {
        _scripted.Dispose();
        _migrated.Dispose();
    }

    private static MigrationCatalog Catalog() => RunnerCatalogs.Of(
        RunnerCatalogs.Sql(1, "create_books", """
            CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT NOT NULL) -- every book
            ;
            CREATE INDEX ix_books_title ON books (title) -- searched by title; see the shelf page
            ;
            INSERT INTO books (id, title) VALUES (1, 'Emma -- a novel') -- a classic
            """));

    [Fact]
    public async Task A_script_of_statements_ending_in_line_comments_runs_as_migrating_would()
    {
        await using (var migrator = _migrated.CreateMigrator(Catalog(), new MigratorOptions { AppliedBy = "script-test" }))
        {
            await migrator.MigrateAsync();
        }
        string script;
        await using (var migrator = _scripted.CreateMigrator(Catalog(), new MigratorOptions { AppliedBy = "script-test" }))
        {
            script = await migrator.ScriptAsync();
        }

        await _scripted.ExecuteAsync(script);

        Assert.Contains("-- every book\n;\n", script, StringComparison.Ordinal);
        // SQLite keeps a CREATE statement's text as written up to its ';', so the line break before it shows in the schema.
        Assert.Equal(Normalized(await _migrated.SchemaAsync()), Normalized(await _scripted.SchemaAsync()));
        Assert.Equal("Emma -- a novel", await _scripted.ScalarAsync<string>("SELECT title FROM books WHERE id = 1"));
    }

    private static List<string> Normalized(IReadOnlyList<string> schema) => schema.Select(sql => sql.TrimEnd()).ToList();
}
