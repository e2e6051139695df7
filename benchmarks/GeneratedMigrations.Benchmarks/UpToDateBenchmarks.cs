using BenchmarkDotNet.Attributes;
using GeneratedMigrations;
using GeneratedMigrations.Sqlite;
using Microsoft.EntityFrameworkCore;
using MigrationBenchmarks.EfCore;
using MigrationBenchmarks.Raw;

namespace MigrationBenchmarks;

/// <summary>
/// The start-up check every app pays: the database already holds all 20 migrations. Each call does what an app
/// start does: creates the runner (or DbContext) and asks it to migrate, or only to check.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(QuickConfig))]
public class UpToDateBenchmarks
{
    private TempDatabases _databases = null!;
    private string _raw = "";
    private string _generated = "";
    private DbContextOptions<ShopContext> _efCore = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        await SameWork.CheckAsync();
        _databases = new TempDatabases("up-to-date");
        _raw = _databases.Fresh("raw");
        _generated = _databases.Fresh("generated");
        _efCore = ShopContext.OptionsFor(_databases.Fresh("efcore"));
        await RawMigrationLoop.MigrateAsync(_raw, SchemaHistory.Steps);
        await using (var migrator = new Migrator(AppMigrations.Catalog, new SqliteMigrationStore(_generated)))
        {
            await migrator.MigrateAsync();
        }
        await using (var context = new ShopContext(_efCore))
        {
            await context.Database.MigrateAsync();
        }
        // Each measured call must find nothing to do.
        if (await Raw_loop() != 0) throw new InvalidOperationException("The raw loop found work on an up-to-date database.");
        if (!(await GeneratedMigrations_MigrateAsync()).WasUpToDate) throw new InvalidOperationException("GeneratedMigrations found work on an up-to-date database.");
        if (await EfCore_GetPendingMigrationsAsync() != 0) throw new InvalidOperationException("EF Core found work on an up-to-date database.");
    }

    [GlobalCleanup]
    public void CleanUp() => _databases.Dispose();

    /// <summary>The floor: open a connection, read the ledger, compare it with the list of steps.</summary>
    [Benchmark(Baseline = true)]
    public Task<int> Raw_loop() => RawMigrationLoop.MigrateAsync(_raw, SchemaHistory.Steps);

    [Benchmark]
    public async Task<MigrationRunResult> GeneratedMigrations_MigrateAsync()
    {
        await using var migrator = new Migrator(AppMigrations.Catalog, new SqliteMigrationStore(_generated));
        return await migrator.MigrateAsync();
    }

    [Benchmark]
    public async Task GeneratedMigrations_VerifyAsync()
    {
        await using var migrator = new Migrator(AppMigrations.Catalog, new SqliteMigrationStore(_generated));
        await migrator.VerifyAsync();
    }

    [Benchmark]
    public async Task EfCore_MigrateAsync()
    {
        await using var context = new ShopContext(_efCore);
        await context.Database.MigrateAsync();
    }

    [Benchmark]
    public async Task<int> EfCore_GetPendingMigrationsAsync()
    {
        await using var context = new ShopContext(_efCore);
        return (await context.Database.GetPendingMigrationsAsync()).Count();
    }
}
