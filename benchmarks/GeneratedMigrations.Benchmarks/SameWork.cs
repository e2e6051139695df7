using System.Text;
using GeneratedMigrations;
using GeneratedMigrations.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MigrationBenchmarks.EfCore;
using MigrationBenchmarks.Raw;

namespace MigrationBenchmarks;

/// <summary>
/// Proof that the three sides do the same work: each migrates a fresh file, and the resulting schemas (tables,
/// indexes, views, triggers, as SQLite stores their SQL) and data must be identical once each tool's own ledger
/// tables are left out. It also counts the write transactions an up-to-date MigrateAsync commits. The benchmarks run
/// this in their set-up and refuse to measure if it fails.
/// </summary>
public static class SameWork
{
    /// <summary>Migrates three fresh files and compares them; throws when they differ, else describes what matched.</summary>
    public static async Task<string> CheckAsync()
    {
        using var databases = new TempDatabases("same-work");
        var raw = databases.Fresh("raw");
        var generated = databases.Fresh("generated");
        var efCore = databases.Fresh("efcore");

        var rawApplied = 0;
        var rawApplyWrites = await CountCommitsAsync(raw, async () => rawApplied = await RawMigrationLoop.MigrateAsync(raw, SchemaHistory.Steps));
        var generatedApplyWrites = await CountCommitsAsync(generated, async () =>
        {
            await using var migrator = new Migrator(AppMigrations.Catalog, new SqliteMigrationStore(generated));
            var result = await migrator.MigrateAsync();
            Expect(result.Applied.Count == SchemaHistory.Steps.Count, $"GeneratedMigrations applied {result.Applied.Count} migrations");
        });
        var efCoreApplyWrites = await CountCommitsAsync(efCore, async () =>
        {
            await using var context = new ShopContext(ShopContext.OptionsFor(efCore));
            await context.Database.MigrateAsync();
        });
        await using (var context = new ShopContext(ShopContext.OptionsFor(efCore)))
        {
            var applied = (await context.Database.GetAppliedMigrationsAsync()).Count();
            Expect(applied == SchemaHistory.Steps.Count, $"EF Core applied {applied} migrations");
        }
        Expect(rawApplied == SchemaHistory.Steps.Count, $"the raw loop applied {rawApplied} migrations");
        Expect(AppMigrations.Catalog.Migrations.Count == SchemaHistory.Steps.Count, "the catalogue has another number of migrations than the history");

        var rawShape = await DescribeAsync(raw);
        ExpectSame("GeneratedMigrations", rawShape, await DescribeAsync(generated));
        ExpectSame("EF Core", rawShape, await DescribeAsync(efCore));

        // The up-to-date start-up: what each side writes when there is nothing to do.
        var rawWrites = await CountCommitsAsync(raw, () => RawMigrationLoop.MigrateAsync(raw, SchemaHistory.Steps));
        var generatedWrites = await CountCommitsAsync(generated, async () =>
        {
            await using var migrator = new Migrator(AppMigrations.Catalog, new SqliteMigrationStore(generated));
            Expect((await migrator.MigrateAsync()).WasUpToDate, "GeneratedMigrations found work on an up-to-date database");
        });
        var efCoreWrites = await CountCommitsAsync(efCore, async () =>
        {
            await using var context = new ShopContext(ShopContext.OptionsFor(efCore));
            await context.Database.MigrateAsync();
        });
        Expect(rawWrites == 0, $"the raw loop committed {rawWrites} write transaction(s) on an up-to-date database");
        Expect(generatedWrites == 0, $"GeneratedMigrations committed {generatedWrites} write transaction(s) on an up-to-date database, and promises none");

        return $"Same work: {SchemaHistory.Steps.Count} migrations give the same schema and data with all three.\n" +
            $"Write transactions committed applying all {SchemaHistory.Steps.Count} to a fresh file: raw loop {rawApplyWrites}, GeneratedMigrations {generatedApplyWrites}, EF Core {efCoreApplyWrites}.\n" +
            $"Write transactions committed by an up-to-date MigrateAsync: raw loop {rawWrites}, GeneratedMigrations {generatedWrites}, EF Core {efCoreWrites}.\n\n{rawShape}";
    }

    /// <summary>How many write transactions <paramref name="action"/> commits to the file, from SQLite's file change counter.</summary>
    private static async Task<long> CountCommitsAsync(string connectionString, Func<Task> action)
    {
        var before = FileChangeCounter(connectionString);
        await action();
        return FileChangeCounter(connectionString) - before;
    }

    /// <summary>Bytes 24-27 of an SQLite file's header: bumped by every committed write transaction (rollback journal mode).</summary>
    private static long FileChangeCounter(string connectionString)
    {
        using var file = new FileStream(new SqliteConnectionStringBuilder(connectionString).DataSource, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (file.Length == 0) return 0; // a new database: SQLite writes the header with the first commit
        Span<byte> header = stackalloc byte[28];
        file.ReadExactly(header);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(header[24..]);
    }

    private static void Expect(bool condition, string problem)
    {
        if (!condition) throw new InvalidOperationException($"The benchmark sides do not do the same work: {problem}.");
    }

    private static void ExpectSame(string side, string expected, string actual)
    {
        if (expected == actual) return;
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line]) line++;
        Expect(false, $"{side} built another schema or data than the raw loop; first difference at line {line + 1}:\n" +
            $"  raw loop: {(line < expectedLines.Length ? expectedLines[line] : "(end)")}\n  {side}: {(line < actualLines.Length ? actualLines[line] : "(end)")}");
    }

    /// <summary>The schema objects and the row count of every table, ledger tables left out.</summary>
    private static async Task<string> DescribeAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var objects = new List<(string Type, string Name, string Sql)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText =
                "SELECT type, name, COALESCE(sql, '') FROM sqlite_master " +
                "WHERE name NOT GLOB '__*' AND name NOT GLOB 'sqlite_*' AND name <> 'raw_ledger' ORDER BY type, name";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) objects.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }
        var text = new StringBuilder();
        foreach (var (type, name, sql) in objects)
        {
            text.Append(type).Append(' ').Append(name);
            if (type == "table")
            {
                await using var count = connection.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM \"{name}\"";
                text.Append(": ").Append(await count.ExecuteScalarAsync()).Append(" rows");
            }
            text.Append('\n').Append("  ").Append(sql.Trim().ReplaceLineEndings(" ")).Append('\n'); // EF Core appends a line break to each statement
        }
        return text.ToString();
    }
}
