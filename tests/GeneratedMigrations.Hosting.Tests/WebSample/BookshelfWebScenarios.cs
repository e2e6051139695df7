using System.Net;
using System.Text.Json;
using Bookshelf;
using GeneratedMigrations.Npgsql;

namespace GeneratedMigrations.Hosting.Tests.WebSample;

/// <summary>
/// samples/BookshelfWeb started as real processes and asked over HTTP, on one database kind per subclass:
/// what a user sees when they deploy it.
/// </summary>
public abstract class BookshelfWebScenarios
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    /// <summary>The connection string of a fresh, empty database for this test.</summary>
    protected abstract string ConnectionString { get; }

    /// <summary>The working directory of the app's processes.</summary>
    protected abstract string WorkingDirectory { get; }

    protected abstract MigrationStore CreateStore();

    [Fact]
    public async Task A_fresh_database_is_migrated_at_start_and_the_books_are_served()
    {
        await using var app = WebAppProcess.Start(ConnectionString, WorkingDirectory);
        await app.WaitUntilServingAsync(StartTimeout);

        using var books = await app.Http.GetAsync("/books");
        using var health = await app.Http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, books.StatusCode);
        using var list = JsonDocument.Parse(await books.Content.ReadAsStringAsync());
        var titles = list.RootElement.EnumerateArray().Select(book => book.GetProperty("title").GetString()).ToList();
        Assert.Contains("Pride and Prejudice", titles);
        Assert.Equal(4, titles.Count);
        // Migration 4 split the authors' names: the API reads the migrated schema, not the first one.
        Assert.Equal("Jane Austen", list.RootElement[0].GetProperty("author").GetString());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("\"Healthy\"", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(BookshelfOrders, await LedgerOrdersAsync());
    }

    [Fact]
    public async Task Four_instances_started_together_apply_each_migration_once()
    {
        var apps = Enumerable.Range(0, 4).Select(_ => WebAppProcess.Start(ConnectionString, WorkingDirectory)).ToList();
        try
        {
            await Task.WhenAll(apps.Select(app => app.WaitUntilServingAsync(StartTimeout)));

            foreach (var app in apps)
            {
                using var books = await app.Http.GetAsync("/books");
                Assert.Equal(HttpStatusCode.OK, books.StatusCode);
            }
            Assert.Equal(BookshelfOrders, await LedgerOrdersAsync());
            var appliedLines = apps.SelectMany(app => app.Output).Where(line => line.Contains("Applied migration ", StringComparison.Ordinal)).ToList();
            foreach (var order in BookshelfOrders)
            {
                Assert.Single(appliedLines, line => line.Contains($"Applied migration {order} ", StringComparison.Ordinal));
            }
        }
        finally
        {
            foreach (var app in apps) await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_database_ahead_of_the_build_is_unhealthy_and_verify_mode_refuses_to_start()
    {
        await MigrateWithALaterBuildAsync();

        await using (var app = WebAppProcess.Start(ConnectionString, WorkingDirectory, "--Migrations:OnStartup=None"))
        {
            await app.WaitUntilServingAsync(StartTimeout);
            using var health = await app.Http.GetAsync("/health");
            var body = await health.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Contains("\"Unhealthy\"", body, StringComparison.Ordinal);
            Assert.Contains("disagree", body, StringComparison.Ordinal);
            Assert.Contains("10", body, StringComparison.Ordinal);
        }

        await using var verifying = WebAppProcess.Start(ConnectionString, WorkingDirectory, "--Migrations:OnStartup=Verify");
        var exitCode = await verifying.WaitForExitAsync(StartTimeout);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(verifying.Output, line => line.Contains("Start refused: migrations at start-up (Verify) failed", StringComparison.Ordinal));
        Assert.Contains(verifying.Output, line => line.Contains("add_book_tags", StringComparison.Ordinal));
        Assert.DoesNotContain(verifying.Output, line => line.Contains("Now listening", StringComparison.Ordinal));
        Assert.Equal([.. BookshelfOrders, 10L], await LedgerOrdersAsync());
    }

    [Fact]
    public async Task The_apps_verify_command_exits_4_while_migrations_are_pending()
    {
        var (exitCode, output) = await WebAppProcess.RunCommandAsync(ConnectionString, WorkingDirectory, "verify", "--json");

        Assert.True(exitCode == 4, $"BookshelfWeb verify exited with {exitCode}:\n{output}");
        Assert.Contains("\"command\": \"verify\"", output, StringComparison.Ordinal);
        Assert.Empty(await LedgerOrdersAsync());
    }

    [Fact]
    public async Task Verify_mode_refuses_a_database_that_was_never_migrated()
    {
        await using var app = WebAppProcess.Start(ConnectionString, WorkingDirectory, "--Migrations:OnStartup=Verify");

        var exitCode = await app.WaitForExitAsync(StartTimeout);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(app.Output, line => line.Contains("has not been applied", StringComparison.Ordinal));
        Assert.Empty(await LedgerOrdersAsync());
    }

    [Fact]
    public async Task The_console_sample_finds_the_database_the_web_app_migrated_up_to_date()
    {
        await using (var app = WebAppProcess.Start(ConnectionString, WorkingDirectory))
        {
            await app.WaitUntilServingAsync(StartTimeout);
        }

        var (exitCode, output) = await RunConsoleSampleAsync("verify", "--connection", ConnectionString);

        Assert.True(exitCode == 0, $"Bookshelf verify exited with {exitCode}:\n{output}");
    }

    [Fact]
    public async Task After_a_deploy_step_with_the_apps_own_binary_instances_in_verify_mode_start_and_serve()
    {
        var (stepExitCode, stepOutput) = await WebAppProcess.RunCommandAsync(ConnectionString, WorkingDirectory, "up");
        Assert.True(stepExitCode == 0, $"BookshelfWeb up exited with {stepExitCode}:\n{stepOutput}");
        Assert.Contains("Applied 9 migration(s); the database is at migration 9.", stepOutput, StringComparison.Ordinal);

        await using var app = WebAppProcess.Start(ConnectionString, WorkingDirectory, "--Migrations:OnStartup=Verify");
        await app.WaitUntilServingAsync(StartTimeout);
        using var books = await app.Http.GetAsync("/books");

        Assert.Equal(HttpStatusCode.OK, books.StatusCode);
        Assert.Contains(app.Output, line => line.Contains("Start-up verification of", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Output, line => line.Contains("Applied migration", StringComparison.Ordinal));
    }

    private static IReadOnlyList<long> BookshelfOrders => [.. BookshelfMigrations.Catalog.Migrations.Select(migration => migration.Order)];

    private async Task<IReadOnlyList<long>> LedgerOrdersAsync()
    {
        await using var store = CreateStore();
        return [.. (await store.ReadLedgerAsync(CancellationToken.None)).Select(entry => entry.Order)];
    }

    /// <summary>Applies the Bookshelf migrations and one more, as the next release of the app would.</summary>
    private async Task MigrateWithALaterBuildAsync()
    {
        var later = new MigrationCatalog(
            [.. BookshelfMigrations.Catalog.Migrations, Catalogs.Sql(10, "add_book_tags", "CREATE TABLE book_tags (book_id INTEGER NOT NULL, tag TEXT NOT NULL)")],
            BookshelfMigrations.Catalog.AssemblyName,
            "2.0.0");
        await using var migrator = new Migrator(later, CreateStore());
        await migrator.MigrateAsync();
    }

    private async Task<(int ExitCode, string Output)> RunConsoleSampleAsync(params string[] arguments)
    {
        using var process = System.Diagnostics.Process.Start(SampleApps.Dotnet(SampleApps.ConsoleDll, WorkingDirectory, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}

/// <summary>The web sample on an SQLite file of the test's own.</summary>
[Collection(WebSampleCollection.Name)]
public sealed class SqliteBookshelfWebTests : BookshelfWebScenarios, IDisposable
{
    private readonly TestDatabase _database = new();

    protected override string ConnectionString => _database.ConnectionString;

    protected override string WorkingDirectory => _database.Folder;

    protected override MigrationStore CreateStore() => _database.CreateStore();

    [Fact]
    public async Task Without_a_connection_string_the_app_uses_bookshelf_db_in_its_working_directory()
    {
        await using (var app = WebAppProcess.Start("", _database.Folder))
        {
            await app.WaitUntilServingAsync(TimeSpan.FromSeconds(90));
            using var books = await app.Http.GetAsync("/books");
            Assert.Equal(HttpStatusCode.OK, books.StatusCode);
        }

        Assert.True(File.Exists(Path.Combine(_database.Folder, "bookshelf.db")));
    }

    public void Dispose() => _database.Dispose();
}

/// <summary>The web sample on a PostgreSQL database of the test's own, on the private server of the Npgsql tests.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresBookshelfWebTests(PostgresServer server) : BookshelfWebScenarios, IAsyncLifetime
{
    private GeneratedMigrations.Npgsql.Tests.Infrastructure.TestDatabase? _database;
    private readonly string _folder = Directory.CreateTempSubdirectory("gm-web-pg-").FullName;

    protected override string ConnectionString => _database!.ConnectionString;

    protected override string WorkingDirectory => _folder;

    protected override MigrationStore CreateStore() => new NpgsqlMigrationStore(ConnectionString);

    public async Task InitializeAsync() => _database = await server.CreateDatabaseAsync();

    public async Task DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>The web sample's processes run alone, after the parallel tests: four app processes fill a two-core machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WebSampleCollection
{
    public const string Name = "BookshelfWeb processes, run alone";
}
