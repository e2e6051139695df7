using Bookshelf;
using GeneratedMigrations;
using GeneratedMigrations.Sqlite;

// Bookshelf: a small library-catalogue app whose schema is kept by GeneratedMigrations.
// Usage: Bookshelf [--connection "<connection string>"]   (default: an SQLite file in the current directory)

var connectionString = "Data Source=bookshelf.db";
for (var i = 0; i < args.Length; i++)
{
    if (args[i] is "--connection" or "-c" && i + 1 < args.Length)
    {
        connectionString = args[++i];
    }
    else
    {
        Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: Bookshelf [--connection \"<connection string>\"]");
        return 2;
    }
}

var options = new MigratorOptions
{
    MigrationApplied = applied => Console.WriteLine($"  applied {applied.Order,4} {applied.Name} ({applied.Duration.TotalMilliseconds:0.0} ms)"),
};

try
{
    await using var migrator = new Migrator(AppMigrations.Catalog, new SqliteMigrationStore(connectionString), options);
    var result = await migrator.MigrateAsync();
    var count = result.Plan.Applied.Count + result.Applied.Count;
    Console.WriteLine(result.WasUpToDate
        ? $"Database is up to date ({count} migrations applied)."
        : $"Applied {result.Applied.Count} migration(s); database is up to date ({count} migrations applied).");

    Console.WriteLine(await Shelf.DescribeAsync(connectionString));
    return 0;
}
catch (MigrationException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 1;
}
