using BenchmarkDotNet.Attributes;
using GeneratedMigrations;
using GeneratedMigrations.Sqlite;
using Microsoft.EntityFrameworkCore;
using MigrationBenchmarks.EfCore;
using MigrationBenchmarks.Raw;

namespace MigrationBenchmarks;

/// <summary>
/// The up-to-date check as an app really meets it: once, as the first database call of a new process, with nothing
/// JIT-compiled, no connection pool, no EF Core model or service provider yet. Each measurement is its own process
/// (BenchmarkDotNet's ColdStart strategy, one call per launch). The up-to-date database files are made beforehand by
/// the host process (<see cref="PrepareTemplates"/>) and only copied here, so the measured process has touched neither
/// SQLite nor any of the three tools before the call.
/// </summary>
[Config(typeof(ColdStartConfig))]
public class ColdStartBenchmarks
{
    /// <summary>Environment variable naming the folder of up-to-date database files the host prepared.</summary>
    public const string TemplatesVariable = "GM_BENCH_COLD_TEMPLATES";

    private string _folder = "";
    private string _raw = "";
    private string _generated = "";
    private string _efCore = "";

    /// <summary>Makes raw.db, generated.db and efcore.db, each brought up to date by its own tool, and returns their folder.</summary>
    public static async Task<string> PrepareTemplates()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"gm-bench-cold-templates-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(folder);
        await RawMigrationLoop.MigrateAsync(DataSource(folder, "raw"), SchemaHistory.Steps);
        await using (var migrator = new Migrator(AppMigrations.Catalog, new SqliteMigrationStore(DataSource(folder, "generated"))))
        {
            await migrator.MigrateAsync();
        }
        await using (var context = new ShopContext(ShopContext.OptionsFor(DataSource(folder, "efcore"))))
        {
            await context.Database.MigrateAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return folder;
    }

    [GlobalSetup]
    public void SetUp()
    {
        // File copies only: nothing here may load SQLite or JIT any of the measured code.
        var templates = Environment.GetEnvironmentVariable(TemplatesVariable);
        if (string.IsNullOrEmpty(templates) || !Directory.Exists(templates))
        {
            throw new InvalidOperationException($"{TemplatesVariable} is not set: run the benchmarks through this project's Program, which prepares the databases.");
        }
        _folder = Path.Combine(Path.GetTempPath(), $"gm-bench-cold-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(_folder);
        foreach (var name in new[] { "raw", "generated", "efcore" })
        {
            File.Copy(Path.Combine(templates, name + ".db"), Path.Combine(_folder, name + ".db"));
        }
        _raw = DataSource(_folder, "raw");
        _generated = DataSource(_folder, "generated");
        _efCore = DataSource(_folder, "efcore");
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public async Task Raw_loop()
    {
        if (await RawMigrationLoop.MigrateAsync(_raw, SchemaHistory.Steps) != 0) throw new InvalidOperationException("The raw loop found work.");
    }

    [Benchmark]
    public async Task GeneratedMigrations_MigrateAsync()
    {
        await using var migrator = new Migrator(AppMigrations.Catalog, new SqliteMigrationStore(_generated));
        if (!(await migrator.MigrateAsync()).WasUpToDate) throw new InvalidOperationException("GeneratedMigrations found work.");
    }

    [Benchmark]
    public async Task EfCore_MigrateAsync()
    {
        // The options are part of the start-up too: an app builds them once, in its service registration.
        await using var context = new ShopContext(ShopContext.OptionsFor(_efCore));
        await context.Database.MigrateAsync();
    }

    private static string DataSource(string folder, string name) => "Data Source=" + Path.Combine(folder, name + ".db");
}
