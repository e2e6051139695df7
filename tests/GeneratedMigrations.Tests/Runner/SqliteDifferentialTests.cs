using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace GeneratedMigrations.Tests.Runner;

/// <summary>
/// The differential test against SQLite's own client: a corpus of <c>.sql</c> migrations written to hold what real
/// histories hold (triggers with <c>BEGIN … END</c> bodies and <c>CASE … END</c>, the 12-step table rebuild, comments
/// and strings full of <c>;</c> and quotes, trailing comments before <c>;</c>, an empty <c>.down.sql</c>) is applied
/// three ways: by the library's <c>up</c>, by <c>sqlite3</c> file by file, and by feeding the <c>script</c> output
/// to <c>sqlite3</c>. All three must leave the same schema and the same rows.
/// </summary>
public sealed class SqliteDifferentialTests : IDisposable
{
    private readonly TestDatabase _library = new();
    private readonly TestDatabase _native = new();
    private readonly TestDatabase _scripted = new();

    public void Dispose()
    {
        _library.Dispose();
        _native.Dispose();
        _scripted.Dispose();
    }

    [Fact]
    public async Task The_corpus_applied_by_up_by_sqlite3_and_by_script_leaves_the_same_database()
    {
        var files = CorpusFiles();
        var catalog = Catalog(files);

        await using (var migrator = _library.CreateMigrator(catalog))
        {
            await migrator.MigrateAsync();
        }
        foreach (var file in files.Where(f => !f.EndsWith(".down.sql", StringComparison.Ordinal)))
        {
            await Sqlite3Async(_native.FilePath, await File.ReadAllTextAsync(file), Path.GetFileName(file));
        }
        string script;
        await using (var migrator = _scripted.CreateMigrator(catalog))
        {
            script = await migrator.ScriptAsync();
        }
        await Sqlite3Async(_scripted.FilePath, script, "script");

        var expected = await StateAsync(_native.FilePath);
        Assert.Contains(expected, line => line.StartsWith("trigger books_renamed", StringComparison.Ordinal));
        // The triggers fired: the rename in 0002 and the delete in 0003.
        Assert.Contains("rows audit: 2", expected);
        Assert.Equal(expected, await StateAsync(_library.FilePath));
        Assert.Equal(expected, await StateAsync(_scripted.FilePath));
    }

    private static string[] CorpusFiles([CallerFilePath] string here = "") =>
        Directory.GetFiles(Path.Combine(Path.GetDirectoryName(here)!, "..", "Corpus", "Sqlite"), "*.sql").Order(StringComparer.Ordinal).ToArray();

    /// <summary>The corpus as the generator would catalogue it: NNNN_name.sql with its optional NNNN_name.down.sql.</summary>
    private static MigrationCatalog Catalog(string[] files) => RunnerCatalogs.Of(files
        .Where(f => !f.EndsWith(".down.sql", StringComparison.Ordinal))
        .Select(f =>
        {
            var name = Path.GetFileNameWithoutExtension(f);
            var down = Path.ChangeExtension(f, null) + ".down.sql";
            return RunnerCatalogs.Sql(long.Parse(name[..4], System.Globalization.CultureInfo.InvariantCulture), name[5..],
                File.ReadAllText(f), File.Exists(down) ? File.ReadAllText(down) : null);
        })
        .ToArray());

    /// <summary>Runs SQL with the sqlite3 command-line client, stopping at the first error.</summary>
    private static async Task Sqlite3Async(string database, string sql, string what)
    {
        var start = new ProcessStartInfo("sqlite3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-bail", "-batch", database }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(sql);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        var errors = await stderr;
        Assert.True(process.ExitCode == 0 && errors.Length == 0, $"sqlite3 refused {what} (exit {process.ExitCode}):\n{errors}{await stdout}");
    }

    /// <summary>The schema (without the ledger's tables) and every table's rows, one line each.</summary>
    private static async Task<List<string>> StateAsync(string database)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        await connection.OpenAsync();
        var state = new List<string>();
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT type, name, sql FROM sqlite_master WHERE tbl_name NOT LIKE '\\_\\_migration%' ESCAPE '\\' ORDER BY type, name";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                // SQLite keeps a statement's text as written up to its ';': a line break before it is not a difference.
                state.Add($"{reader.GetString(0)} {reader.GetString(1)}: {(reader.IsDBNull(2) ? "" : reader.GetString(2).TrimEnd())}");
                if (reader.GetString(0) == "table") tables.Add(reader.GetString(1));
            }
        }
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : reader.GetValue(i).ToString())));
            }
            state.Add($"rows {table}: {rows.Count}");
            state.AddRange(rows.Select(row => $"row {table}: {row}"));
        }
        return state;
    }
}
