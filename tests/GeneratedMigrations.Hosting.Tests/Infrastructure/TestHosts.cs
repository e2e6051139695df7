using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GeneratedMigrations.Hosting.Tests.Infrastructure;

/// <summary>Real generic hosts on a test database, configured as an app's appsettings would.</summary>
internal static class TestHosts
{
    /// <summary>
    /// A host with the migrations registered on <paramref name="database"/> and <paramref name="settings"/> as its
    /// configuration; <paramref name="configure"/> registers more before the host is built.
    /// </summary>
    public static IHost Build(
        TestDatabase database,
        CapturedLogs logs,
        IDictionary<string, string?>? settings = null,
        MigrationCatalog? catalog = null,
        Action<HostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        configure?.Invoke(builder);
        builder.Services.AddGeneratedMigrations(catalog ?? Catalogs.Generated, _ => database.CreateStore());
        return builder.Build();
    }

    public static Dictionary<string, string?> OnStartup(string mode) => new() { ["Migrations:OnStartup"] = mode };
}
