using System.Data.Common;
using Bookshelf;
using GeneratedMigrations;
using GeneratedMigrations.Npgsql;
using GeneratedMigrations.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;

// Bookshelf: a small library-catalogue app whose schema is kept by GeneratedMigrations.
// Usage: Bookshelf [--connection "<connection string>"]
//   default: an SQLite file in the current directory;
//   a PostgreSQL connection string ("Host=…;Database=…;Username=…;Password=…") uses PostgreSQL.

const string Usage = "Usage: Bookshelf [--connection \"<connection string>\"]  (\"Data Source=file.db\" for SQLite, \"Host=…;Database=…;Username=…;Password=…\" for PostgreSQL)";
var connectionString = "Data Source=bookshelf.db";
for (var i = 0; i < args.Length; i++)
{
    if (args[i] is "--connection" or "-c" && i + 1 < args.Length)
    {
        connectionString = args[++i];
    }
    else
    {
        Console.Error.WriteLine($"Unknown argument '{args[i]}'. {Usage}");
        return 2;
    }
}

var options = new MigratorOptions
{
    MigrationApplied = applied => Console.WriteLine($"  applied {applied.Order,4} {applied.Name} ({applied.Duration.TotalMilliseconds:0.0} ms)"),
};

try
{
    var postgres = IsPostgres(connectionString);
    MigrationStore store = postgres ? new NpgsqlMigrationStore(connectionString) : new SqliteMigrationStore(connectionString);
    Console.WriteLine($"Migrating {store.DisplayName}");
    await using (var migrator = new Migrator(AppMigrations.Catalog, store, options))
    {
        var result = await migrator.MigrateAsync();
        var count = result.Plan.Applied.Count + result.Applied.Count;
        Console.WriteLine(result.WasUpToDate
            ? $"Database is up to date ({count} migrations applied)."
            : $"Applied {result.Applied.Count} migration(s); database is up to date ({count} migrations applied).");
    }

    if (postgres)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        Console.WriteLine(await Shelf.DescribeAsync(dataSource.CreateConnection()));
    }
    else
    {
        Console.WriteLine(await Shelf.DescribeAsync(new SqliteConnection(connectionString)));
    }
    return 0;
}
catch (MigrationException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 1;
}
catch (Exception exception) when (exception is ArgumentException or DbException)
{
    // A wrong connection string or an unreachable server: say so without a stack trace (and without the string).
    Console.Error.WriteLine($"Could not use the database: {exception.Message}");
    return 1;
}

// "Host=…" is how every Npgsql connection string names its server; SQLite strings never have it.
static bool IsPostgres(string connectionString) =>
    connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
        .Select(part => part.Split('=', 2)[0].Trim())
        .Any(key => key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase));
