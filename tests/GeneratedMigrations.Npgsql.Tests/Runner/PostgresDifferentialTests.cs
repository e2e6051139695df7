using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace GeneratedMigrations.Npgsql.Tests.Runner;

/// <summary>
/// Issue 9 #9, the differential test against PostgreSQL's own client: a corpus of <c>.sql</c> migrations written to hold
/// what real histories hold (dollar-quoted functions and a trigger function, a <c>DO</c> block with nested tagged bodies,
/// comments and strings full of <c>;</c> and quotes, nested block comments, <c>E'…\'…'</c> strings, trailing comments
/// before <c>;</c>, a <c>no-transaction</c> file with <c>CREATE INDEX CONCURRENTLY</c>, an empty <c>.down.sql</c>) is
/// applied three ways: by the library's <c>up</c>, by <c>psql -1 -f</c> file by file (without <c>-1</c> for the
/// no-transaction file), and by feeding the <c>script</c> output to psql. All three must leave the same schema
/// (<c>pg_dump --schema-only</c>) and rows, and for each file the splitter must find as many statements as psql sent
/// the server (counted in the server's log with <c>log_statement = all</c>).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed partial class PostgresDifferentialTests(PostgresServer server)
{
    [Fact]
    public async Task The_corpus_applied_by_up_by_psql_and_by_script_leaves_the_same_database_and_psql_sees_the_splitters_statements()
    {
        var local = server.Local ?? throw new InvalidOperationException(
            $"This test reads the private test server's log; unset {PostgresServer.EnvironmentVariable} to run it.");
        var files = CorpusFiles();
        var catalog = Catalog(files);
        await using var library = await server.CreateDatabaseAsync();
        await using var native = await server.CreateDatabaseAsync();
        await using var scripted = await server.CreateDatabaseAsync();

        await using (var migrator = RunnerSql.Migrator(library, catalog))
        {
            await migrator.MigrateAsync();
        }
        await native.ExecuteAsync($"ALTER DATABASE \"{native.Name}\" SET log_statement = 'all'");
        var counts = new List<string>();
        foreach (var file in files.Where(f => !f.EndsWith(".down.sql", StringComparison.Ordinal)))
        {
            var logBefore = local.LogLength;
            var inTransaction = !NoTransaction(File.ReadAllText(file));
            await PsqlAsync(native, file, inTransaction);
            // psql -1 sends BEGIN and COMMIT of its own around the file's statements.
            var sent = local.StatementsLoggedSince(logBefore, native.Name) - (inTransaction ? 2 : 0);
            var split = SqlStatementSplitter.Split(File.ReadAllText(file)).Count;
            counts.Add($"{Path.GetFileName(file)}: psql sent {sent}, the splitter found {split}");
            Assert.True(sent == split, string.Join("\n", counts));
        }
        string script;
        await using (var migrator = RunnerSql.Migrator(scripted, catalog))
        {
            script = await migrator.ScriptAsync();
        }
        var scriptFile = Path.Combine(Path.GetTempPath(), "gm-corpus-script-" + Guid.NewGuid().ToString("N") + ".sql");
        await File.WriteAllTextAsync(scriptFile, script);
        try
        {
            await PsqlAsync(scripted, scriptFile, inTransaction: false);
        }
        finally
        {
            File.Delete(scriptFile);
        }

        var expectedSchema = await SchemaDumpAsync(native);
        var expectedRows = await RowsAsync(native);
        Assert.Contains("CREATE TRIGGER books_audit", expectedSchema, StringComparison.Ordinal);
        Assert.Contains("CREATE INDEX ix_books_author", expectedSchema, StringComparison.Ordinal);
        Assert.Contains("authors: 3|Jane Austen|Mary Shelley; née Godwin|O'Brien -- the \\ one", expectedRows, StringComparison.Ordinal);
        // The trigger fired for the three inserts and the update.
        Assert.Contains("audit: 4", expectedRows, StringComparison.Ordinal);
        Assert.Equal(expectedSchema, await SchemaDumpAsync(library));
        Assert.Equal(expectedRows, await RowsAsync(library));
        Assert.Equal(expectedSchema, await SchemaDumpAsync(scripted));
        Assert.Equal(expectedRows, await RowsAsync(scripted));
    }

    private static string[] CorpusFiles([CallerFilePath] string here = "") =>
        Directory.GetFiles(Path.Combine(Path.GetDirectoryName(here)!, "..", "Corpus", "Postgres"), "*.sql").Order(StringComparer.Ordinal).ToArray();

    private static bool NoTransaction(string sql) => sql.StartsWith("-- gm: no-transaction", StringComparison.Ordinal);

    /// <summary>The corpus as the generator would catalogue it: NNNN_name.sql with its optional NNNN_name.down.sql and directives.</summary>
    private static MigrationCatalog Catalog(string[] files) => TestCatalogs.Of(files
        .Where(f => !f.EndsWith(".down.sql", StringComparison.Ordinal))
        .Select(f =>
        {
            var name = Path.GetFileNameWithoutExtension(f);
            var down = Path.ChangeExtension(f, null) + ".down.sql";
            var up = File.ReadAllText(f);
            return RunnerSql.Sql(long.Parse(name[..4], CultureInfo.InvariantCulture), name[5..], up,
                File.Exists(down) ? File.ReadAllText(down) : null, runsInTransaction: !NoTransaction(up));
        })
        .ToArray());

    private static async Task PsqlAsync(TestDatabase db, string file, bool inTransaction)
    {
        string[] arguments = ["-X", "-q", "-v", "ON_ERROR_STOP=1", .. inTransaction ? new[] { "-1" } : [], "-f", file];
        var (code, output) = await db.RunClientAsync("psql", arguments);
        Assert.True(code == 0, $"psql refused {Path.GetFileName(file)} (exit {code}):\n{output}");
    }

    /// <summary>The schema as pg_dump writes it, without the ledger's tables and without the dump's per-run key lines.</summary>
    private static async Task<string> SchemaDumpAsync(TestDatabase db)
    {
        var (code, output) = await db.RunClientAsync("pg_dump", ["--schema-only", "--no-owner", "-T", "public.__migration_ledger*"]);
        Assert.True(code == 0, $"pg_dump failed (exit {code}):\n{output}");
        return string.Join("\n", output.Split('\n').Where(line => !RestrictLine().IsMatch(line)));
    }

    [GeneratedRegex(@"^\\(un)?restrict ")]
    private static partial Regex RestrictLine();

    /// <summary>Every row of the corpus's tables (the audit's time column left out: it is the time of the run).</summary>
    private static async Task<string> RowsAsync(TestDatabase db) =>
        await db.ScalarAsync<string>("""
            SELECT string_agg(x, E'\n' ORDER BY x) FROM (
                SELECT 'authors: ' || count(*) || '|' || string_agg(name, '|' ORDER BY id) FROM authors
                UNION ALL SELECT 'books: ' || count(*) || '|' || string_agg(concat_ws('/', id, author_id, title, "shelf;code"), '|' ORDER BY id) FROM books
                UNION ALL SELECT 'audit: ' || count(*) || '|' || string_agg(what, '|' ORDER BY id) FROM audit
                UNION ALL SELECT 'view: ' || string_agg(title || '@' || shelf, '|' ORDER BY title) FROM book_titles
            ) AS summary(x)
            """);
}
