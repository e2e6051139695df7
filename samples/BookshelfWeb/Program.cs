using System.Data.Common;
using Bookshelf;
using BookshelfWeb;
using System.CommandLine;
using GeneratedMigrations;
using GeneratedMigrations.CommandLine;
using GeneratedMigrations.Hosting;
using GeneratedMigrations.Npgsql;
using GeneratedMigrations.Sqlite;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Data.Sqlite;
using Npgsql;

// BookshelfWeb: the Bookshelf migrations behind a web API.
//   GET /books    the books, from the migrated schema
//   GET /health   the migration health check (503 when the database and this build disagree)
//   BookshelfWeb status | up | down | verify | script | repair …   the migration commands, for a deploy step
//                                                                 that runs this binary before the app starts
// Configuration: ConnectionStrings:Bookshelf (default "Data Source=bookshelf.db" in the working directory; a
// "Host=…" string uses PostgreSQL), Migrations:OnStartup = Migrate | Verify | None, the port from --urls.

// appsettings.json is read from beside the app, wherever it is started; the default SQLite file stays in the working directory.
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, BookshelfJson.Default));

var connectionString = builder.Configuration.GetConnectionString("Bookshelf") is { Length: > 0 } configured ? configured : "Data Source=bookshelf.db";
if (args is [var first, ..] && MigrationCommandNames.Contains(first))
{
    // The deploy step, with this binary's own catalogue: BookshelfWeb up --ConnectionStrings:Bookshelf="…".
    // Configuration options (--ConnectionStrings:…, --urls) belong to the host, not to the commands.
    var root = new RootCommand("BookshelfWeb migration commands.");
    MigrationCommands.AddTo(root, (_, options) => new Migrator(BookshelfMigrations.Catalog, CreateStore(connectionString), options));
    foreach (var command in root.Subcommands) command.TreatUnmatchedTokensAsErrors = false;
    return await MigrationCommands.InvokeAsync(root, args);
}

if (BookshelfDatabase.IsPostgres(connectionString))
{
    // The app's queries share one pooled data source; the migration store keeps its own, with an unpooled session for the lock.
    builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
    builder.Services.AddSingleton<Func<DbConnection>>(services => services.GetRequiredService<NpgsqlDataSource>().CreateConnection);
    builder.Services.AddGeneratedMigrations(BookshelfMigrations.Catalog, _ => CreateStore(connectionString));
}
else
{
    builder.Services.AddSingleton<Func<DbConnection>>(_ => () => new SqliteConnection(connectionString));
    builder.Services.AddGeneratedMigrations(BookshelfMigrations.Catalog, _ => CreateStore(connectionString));
}
builder.Services.AddHealthChecks().AddGeneratedMigrations();

var app = builder.Build();
app.MapGet("/books", async (Func<DbConnection> connect, CancellationToken cancellationToken) =>
    TypedResults.Ok(await BookshelfDatabase.ListBooksAsync(connect(), cancellationToken)));
app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });

try
{
    await app.RunAsync();
    return 0;
}
catch (MigrationException)
{
    // The start-up service already logged why (event 4004, "Start refused"); exit without a second stack trace.
    return 1;
}

static MigrationStore CreateStore(string connectionString) =>
    BookshelfDatabase.IsPostgres(connectionString) ? new NpgsqlMigrationStore(connectionString) : new SqliteMigrationStore(connectionString);

internal static partial class Program
{
    private static readonly string[] MigrationCommandNames = ["status", "up", "down", "verify", "script", "repair"];
}
