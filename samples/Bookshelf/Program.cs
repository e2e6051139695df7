using System.CommandLine;
using Bookshelf;
using GeneratedMigrations;
using GeneratedMigrations.CommandLine;
using GeneratedMigrations.Npgsql;
using GeneratedMigrations.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;

// Bookshelf: a small library-catalogue app whose schema is kept by GeneratedMigrations.
//   Bookshelf                      migrate to the latest version, then show the shelf
//   Bookshelf status | up [--to N] | down [--to N] | verify | script | repair N --completed|--forget   [--json]
//   --connection "<connection string>"   default: an SQLite file bookshelf.db in the current directory;
//                                        "Host=…;Database=…;Username=…;Password=…" uses PostgreSQL.
//   up | verify | status on many databases: --connection repeated, or --connections-file FILE (one per line),
//                                        with --parallelism N, --fail-fast, --shard i/n.

var connection = new Option<string[]>("--connection", "-c")
{
    Description = "Connection string: \"Data Source=file.db\" for SQLite (the default: bookshelf.db), \"Host=…;Database=…;Username=…;Password=…\" for PostgreSQL. " +
        "Repeat it to run up, verify or status on several databases.",
    DefaultValueFactory = _ => ["Data Source=bookshelf.db"],
    Recursive = true,
};
var root = new RootCommand("Bookshelf: a library catalogue whose schema is kept by GeneratedMigrations.") { connection };

Migrator CreateMigrator(ParseResult parse, MigratorOptions options) => new(AppMigrations.Catalog, CreateStore(parse.GetValue(connection)![0]), options);

MigrationCommands.AddTo(root, AppMigrations.Catalog, connection, CreateStore);
root.SetAction(async (parse, cancellationToken) =>
{
    if (parse.GetValue(connection)!.Length > 1)
    {
        Console.Error.WriteLine("Showing the shelf takes one --connection; to migrate several databases, run 'up' with them.");
        return ExitCodes.Usage;
    }
    var exitCode = await MigrationCommands.UpAsync(parse, CreateMigrator, cancellationToken);
    if (exitCode != ExitCodes.Success) return exitCode;

    var connectionString = parse.GetValue(connection)![0];
    if (IsPostgres(connectionString))
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        Console.WriteLine(await Shelf.DescribeAsync(dataSource.CreateConnection()));
    }
    else
    {
        Console.WriteLine(await Shelf.DescribeAsync(new SqliteConnection(connectionString)));
    }
    return exitCode;
});
return await MigrationCommands.InvokeAsync(root, args);

static MigrationStore CreateStore(string connectionString) =>
    IsPostgres(connectionString) ? new NpgsqlMigrationStore(connectionString) : new SqliteMigrationStore(connectionString);

// "Host=…" (or "Server=…") is how Npgsql connection strings name their server; SQLite strings never have it.
static bool IsPostgres(string connectionString) =>
    connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
        .Select(part => part.Split('=', 2)[0].Trim())
        .Any(key => key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase));
