using BenchmarkDotNet.Attributes;
using GeneratedMigrations;
using GeneratedMigrations.Sqlite;
using Microsoft.EntityFrameworkCore;
using MigrationBenchmarks.EfCore;
using MigrationBenchmarks.Raw;

namespace MigrationBenchmarks;

/// <summary>
/// A new install: all 20 migrations applied to a fresh, empty database file, each in its own transaction with its
/// ledger row. Dominated by SQLite commits (the default rollback journal, synchronous=FULL), so it shows how much
/// each tool adds per migration: its lock, its ledger tables, its extra statements.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(FreshFileConfig))]
public class ApplyAllBenchmarks
{
    private const string File = "apply";
    private TempDatabases _databases = null!;
    private string _connectionString = "";
    private DbContextOptions<ShopContext> _efCore = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        await SameWork.CheckAsync();
        _databases = new TempDatabases("apply-all");
        _connectionString = _databases.ConnectionString(File);
        _efCore = ShopContext.OptionsFor(_connectionString);
    }

    [IterationSetup]
    public void FreshFile() => _databases.Fresh(File);

    [GlobalCleanup]
    public void CleanUp() => _databases.Dispose();

    [Benchmark(Baseline = true)]
    public async Task Raw_loop() =>
        Expect(await RawMigrationLoop.MigrateAsync(_connectionString, SchemaHistory.Steps));

    [Benchmark]
    public async Task GeneratedMigrations_MigrateAsync()
    {
        await using var migrator = new Migrator(AppMigrations.Catalog, new SqliteMigrationStore(_connectionString));
        Expect((await migrator.MigrateAsync()).Applied.Count);
    }

    [Benchmark]
    public async Task EfCore_MigrateAsync()
    {
        await using var context = new ShopContext(_efCore);
        await context.Database.MigrateAsync();
    }

    private static void Expect(int applied)
    {
        if (applied != SchemaHistory.Steps.Count) throw new InvalidOperationException($"Applied {applied} migrations, expected {SchemaHistory.Steps.Count}.");
    }
}
