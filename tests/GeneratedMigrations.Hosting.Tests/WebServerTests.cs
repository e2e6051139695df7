using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GeneratedMigrations.Hosting.Tests;

/// <summary>An ASP.NET Core app with Kestrel: nothing is served before the start-up migrations are done.</summary>
public sealed class WebServerTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly CapturedLogs _logs = new();
    private readonly int _port = FreePort();

    [Fact]
    public async Task Kestrel_does_not_listen_while_the_start_up_migrations_run()
    {
        var listeningDuringMigration = new List<bool>();
        var catalog = Catalogs.GeneratedPlus(Catalogs.Descriptor(3, "probe_the_port", () => new CodeMigration(async (db, ct) =>
        {
            listeningDuringMigration.Add(await AcceptsConnectionsAsync(_port));
            await db.ExecuteAsync("CREATE TABLE probed (id INTEGER PRIMARY KEY)", ct);
        })));
        await using var app = BuildApp(catalog, "Migrate");

        await app.StartAsync();

        Assert.Equal([false], listeningDuringMigration);
        using var http = new HttpClient();
        Assert.Equal("3", await http.GetStringAsync($"http://127.0.0.1:{_port}/tables"));
        await app.StopAsync();
    }

    [Fact]
    public async Task A_refused_verification_stops_the_app_before_Kestrel_listens()
    {
        await using var app = BuildApp(Catalogs.Generated, "Verify");

        await Assert.ThrowsAsync<MigrationPlanException>(() => app.StartAsync());

        Assert.False(await AcceptsConnectionsAsync(_port));
        Assert.Contains(_logs.Records, log => log.Level == LogLevel.Critical && log.Message.Contains("Start refused", StringComparison.Ordinal));
    }

    private WebApplication BuildApp(MigrationCatalog catalog, string mode)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Migrations:OnStartup"] = mode,
            ["urls"] = $"http://127.0.0.1:{_port}",
        });
        builder.Logging.ClearProviders().AddProvider(_logs);
        builder.Services.AddGeneratedMigrations(catalog, _ => _database.CreateStore());
        var app = builder.Build();
        app.MapGet("/tables", async () =>
        {
            await using var connection = new SqliteConnection(_database.ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('authors', 'books', 'probed')";
            return Results.Text(Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
        });
        return app;
    }

    private static async Task<bool> AcceptsConnectionsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port).WaitAsync(TimeSpan.FromSeconds(5));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => _database.Dispose();
}
