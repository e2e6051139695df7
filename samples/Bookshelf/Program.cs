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

var connection = new Option<string>("--connection", "-c")
{
    Description = "Connection string: \"Data Source=file.db\" for SQLite (the default: bookshelf.db), \"Host=…;Database=…;Username=…;Password=…\" for PostgreSQL.",
    DefaultValueFactory = _ => "Data Source=bookshelf.db",
    Recursive = true,
};
var root = new RootCommand("Bookshelf: a library catalogue whose schema is kept by GeneratedMigrations.") { connection };

Migrator CreateMigrator(ParseResult parse, MigratorOptions options)
{
    var connectionString = parse.GetValue(connection)!;
    MigrationStore store = IsPostgres(connectionString) ? new NpgsqlMigrationStore(connectionString) : new SqliteMigrationStore(connectionString);
    return new Migrator(AppMigrations.Catalog, store, options);
}

MigrationCommands.AddTo(root, CreateMigrator);
root.SetAction(async (parse, cancellationToken) =>
{
    var exitCode = await MigrationCommands.UpAsync(parse, CreateMigrator, cancellationToken);
    if (exitCode != ExitCodes.Success) return exitCode;

    var connectionString = parse.GetValue(connection)!;
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

// "Host=…" (or "Server=…") is how Npgsql connection strings name their server; SQLite strings never have it.
static bool IsPostgres(string connectionString) =>
    connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
        .Select(part => part.Split('=', 2)[0].Trim())
        .Any(key => key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase));
