using System.CommandLine;
using Bookshelf;
using GeneratedMigrations;
using GeneratedMigrations.CommandLine;
using GeneratedMigrations.Sqlite;

// Bookshelf: a small library-catalogue app whose schema is kept by GeneratedMigrations.
//   Bookshelf                      migrate to the latest version, then show the shelf
//   Bookshelf status | up [--to N] | down [--to N] | verify | script | repair N --completed|--forget   [--json]
//   --connection "<connection string>"   (default: an SQLite file bookshelf.db in the current directory)

var connection = new Option<string>("--connection", "-c")
{
    Description = "Connection string of the database (default: Data Source=bookshelf.db).",
    DefaultValueFactory = _ => "Data Source=bookshelf.db",
    Recursive = true,
};
var root = new RootCommand("Bookshelf: a library catalogue whose schema is kept by GeneratedMigrations.") { connection };

Migrator CreateMigrator(ParseResult parse, MigratorOptions options) =>
    new(AppMigrations.Catalog, new SqliteMigrationStore(parse.GetValue(connection)!), options);

MigrationCommands.AddTo(root, CreateMigrator);
root.SetAction(async (parse, cancellationToken) =>
{
    var exitCode = await MigrationCommands.UpAsync(parse, CreateMigrator, cancellationToken);
    if (exitCode == ExitCodes.Success) Console.WriteLine(await Shelf.DescribeAsync(parse.GetValue(connection)!));
    return exitCode;
});
return await MigrationCommands.InvokeAsync(root, args);
