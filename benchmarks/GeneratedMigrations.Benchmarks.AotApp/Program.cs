using System.Diagnostics;
using System.Globalization;
using GeneratedMigrations;
using GeneratedMigrations.Sqlite;
using StartApp;
#if !SQLITE_ONLY
using GeneratedMigrations.Npgsql;
#endif

// One measured NativeAOT start, then exit (the same arguments and output as the JIT start app, without EF Core):
//   AotApp hello
//   AotApp <floor|gm> <sqlite|pg> <20|1000> <connection string> [calls]
if (args is ["hello"])
{
    Console.WriteLine("applied=0 first_ms=0 warm_ms=0 jit_ms=0 jit_methods=0 written_kb=0");
    return 0;
}
if (args.Length < 4)
{
    Console.Error.WriteLine("usage: AotApp hello | AotApp <floor|gm> <sqlite|pg> <20|1000> <connection string> [calls]");
    return 2;
}
var (side, engine, count, connectionString) = (args[0], args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args[3]);
var calls = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 1;
var postgres = engine switch { "pg" => true, "sqlite" => false, _ => throw new ArgumentException("engine: sqlite or pg") };
Func<Task<int>> call = side switch
{
    "floor" => () => RawMigrationLoop.MigrateAsync(postgres, connectionString, count),
    "gm" => () => MigrateAsync(postgres, connectionString, count),
    _ => throw new ArgumentException("side: floor or gm"),
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
    $"applied={applied} first_ms={first.TotalMilliseconds:F2} warm_ms={warm.TotalMilliseconds:F3} jit_ms=0 jit_methods=0 written_kb=0"));
return 0;

static async Task<int> MigrateAsync(bool postgres, string connectionString, int count)
{
    var catalog = count == 20 ? Catalog20.AppMigrations.Catalog : Catalog1000.AppMigrations.Catalog;
#if SQLITE_ONLY
    if (postgres) throw new NotSupportedException("This build has no PostgreSQL store.");
    MigrationStore store = new SqliteMigrationStore(connectionString);
#else
    MigrationStore store = postgres ? new NpgsqlMigrationStore(connectionString) : new SqliteMigrationStore(connectionString);
#endif
    await using var migrator = new Migrator(catalog, store);
    return (await migrator.MigrateAsync()).Applied.Count;
}
