using Microsoft.EntityFrameworkCore;

namespace MigrationBenchmarks.EfCore;

/// <summary>
/// The EF Core side's context. It maps no entities: the benchmarks measure migrating, and an empty model keeps
/// EF's start-up model check as cheap as it can be (an app with a real model pays more for it, not less).
/// </summary>
public sealed class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options)
{
    /// <summary>Options for an SQLite file, built once, as an app's service registration does.</summary>
    public static DbContextOptions<ShopContext> OptionsFor(string connectionString) =>
        new DbContextOptionsBuilder<ShopContext>().UseSqlite(connectionString).Options;
}
