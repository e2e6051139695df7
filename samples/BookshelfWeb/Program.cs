using System.Data.Common;
using Bookshelf;
using BookshelfWeb;
using GeneratedMigrations;
using GeneratedMigrations.Hosting;
using GeneratedMigrations.Npgsql;
using GeneratedMigrations.Sqlite;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Data.Sqlite;
using Npgsql;

// BookshelfWeb: the Bookshelf migrations behind a web API.
//   GET /books    the books, from the migrated schema
//   GET /health   the migration health check (503 when the database and this build disagree)
// Configuration: ConnectionStrings:Bookshelf (default "Data Source=bookshelf.db" in the working directory; a
// "Host=…" string uses PostgreSQL), Migrations:OnStartup = Migrate | Verify | None, the port from --urls.

// appsettings.json is read from beside the app, wherever it is started; the default SQLite file stays in the working directory.
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, BookshelfJson.Default));

var connectionString = builder.Configuration.GetConnectionString("Bookshelf") is { Length: > 0 } configured ? configured : "Data Source=bookshelf.db";
if (BookshelfDatabase.IsPostgres(connectionString))
{
    // The app's queries share one pooled data source; the migration store keeps its own, with an unpooled session for the lock.
    builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
    builder.Services.AddSingleton<Func<DbConnection>>(services => services.GetRequiredService<NpgsqlDataSource>().CreateConnection);
    builder.Services.AddGeneratedMigrations(BookshelfMigrations.Catalog, _ => new NpgsqlMigrationStore(connectionString));
}
else
{
    builder.Services.AddSingleton<Func<DbConnection>>(_ => () => new SqliteConnection(connectionString));
    builder.Services.AddGeneratedMigrations(BookshelfMigrations.Catalog, _ => new SqliteMigrationStore(connectionString));
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
