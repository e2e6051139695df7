using System.Diagnostics;
using System.Globalization;
using GeneratedMigrations;
using GeneratedMigrations.Npgsql;
using GeneratedMigrations.Sqlite;
using Microsoft.EntityFrameworkCore;
using StartApp;

// One measured start of one side, then exit:
//   StartApp <floor|gm|ef> <sqlite|pg> <20|1000> <connection string> [calls]
// Each call is what an app does at start: create the runner (or DbContext, or connection) and migrate to the latest.
// With calls > 1 the later calls show the warm cost (pools and JIT already there), as a health check or a per-tenant
// loop pays it. Prints one line: applied=<first call's count, -1 for EF Core, which does not say> first_ms=<first call> warm_ms=<mean of the later calls>
// jit_ms=<time the JIT spent, whole process> jit_methods=<methods compiled> written_kb=<bytes written by the process / 1024>.
if (args.Length < 4)
{
    Console.Error.WriteLine("usage: StartApp <floor|gm|ef> <sqlite|pg> <20|1000> <connection string> [calls]");
    return 2;
}
var (side, engine, count, connectionString) = (args[0], args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args[3]);
var calls = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 1;
var postgres = engine switch { "pg" => true, "sqlite" => false, _ => throw new ArgumentException("engine: sqlite or pg") };
Func<Task<int>> call = side switch
{
    "floor" => () => RawMigrationLoop.MigrateAsync(postgres, connectionString, count),
    "gm" => () => GeneratedMigrationsSide.MigrateAsync(postgres, connectionString, count),
    "ef" => () => EfCoreSide.MigrateAsync(postgres, connectionString, count),
    _ => throw new ArgumentException("side: floor, gm or ef"),
};

var clock = Stopwatch.StartNew();
var applied = await call();
var first = clock.Elapsed;
clock.Restart();
for (var i = 1; i < calls; i++)
{
    if (await call() > 0) throw new InvalidOperationException("A later call found work.");
}
var warm = calls > 1 ? clock.Elapsed / (calls - 1) : TimeSpan.Zero;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"applied={applied} first_ms={first.TotalMilliseconds:F2} warm_ms={warm.TotalMilliseconds:F3} " +
    $"jit_ms={System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F1} jit_methods={System.Runtime.JitInfo.GetCompiledMethodCount()} " +
    $"written_kb={BytesWritten() / 1024}"));
return 0;

// Bytes this process wrote through write(2) (Linux): the SQLite database and journal pages, the WAL; -1 elsewhere.
static long BytesWritten()
{
    if (!File.Exists("/proc/self/io")) return -1;
    foreach (var line in File.ReadLines("/proc/self/io"))
    {
        if (line.StartsWith("wchar:", StringComparison.Ordinal)) return long.Parse(line.AsSpan(6).Trim(), CultureInfo.InvariantCulture);
    }
    return -1;
}

namespace StartApp
{
    internal static class GeneratedMigrationsSide
    {
        public static async Task<int> MigrateAsync(bool postgres, string connectionString, int count)
        {
            var catalog = count == 20 ? Catalog20.AppMigrations.Catalog : Catalog1000.AppMigrations.Catalog;
            MigrationStore store = postgres ? new NpgsqlMigrationStore(connectionString) : new SqliteMigrationStore(connectionString);
            await using var migrator = new Migrator(catalog, store);
            return (await migrator.MigrateAsync()).Applied.Count;
        }
    }

    internal static class EfCoreSide
    {
        public static async Task<int> MigrateAsync(bool postgres, string connectionString, int count)
        {
            // As an app does: options built in its registration, a context per call.
            await using DbContext context = count == 20
                ? new Ef20.Ef20Context(Options<Ef20.Ef20Context>(postgres, connectionString))
                : new Ef1000.Ef1000Context(Options<Ef1000.Ef1000Context>(postgres, connectionString));
            // MigrateAsync does not say what it applied; counting first would read the history twice.
            await context.Database.MigrateAsync();
            return -1;
        }

        private static DbContextOptions<T> Options<T>(bool postgres, string connectionString) where T : DbContext =>
            postgres
                ? new DbContextOptionsBuilder<T>().UseNpgsql(connectionString).Options
                : new DbContextOptionsBuilder<T>().UseSqlite(connectionString).Options;
    }
}

namespace StartApp.Ef20
{
    /// <summary>The EF Core side's context for the 20-migration history; no entities: only migrations are measured.</summary>
    public sealed class Ef20Context(DbContextOptions<Ef20Context> options) : DbContext(options);
}

namespace StartApp.Ef1000
{
    /// <summary>The EF Core side's context for the 1,000-migration history.</summary>
    public sealed class Ef1000Context(DbContextOptions<Ef1000Context> options) : DbContext(options);
}
