using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GeneratedMigrations.Hosting.Tests;

/// <summary>What AddGeneratedMigrations registers, and how configuration reaches the runner.</summary>
public sealed class RegistrationTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly CapturedLogs _logs = new();

    [Fact]
    public void Options_are_bound_from_the_Migrations_section()
    {
        using var host = TestHosts.Build(_database, _logs, new Dictionary<string, string?>
        {
            ["Migrations:OnStartup"] = "verify",
            ["Migrations:AllowOutOfOrder"] = "true",
            ["Migrations:SingleTransaction"] = "true",
            ["Migrations:AppliedBy"] = "deploy 42",
            ["Migrations:LockWaitTimeout"] = "00:00:07",
            ["Migrations:LockHeartbeatInterval"] = "00:00:02",
            ["Migrations:OverallDeadline"] = "00:03:00",
            ["Migrations:HealthCheck:WhenPending"] = "Unhealthy",
            ["Migrations:HealthCheck:CacheDuration"] = "00:01:00",
        });
        var factory = host.Services.GetRequiredService<MigratorFactory>();

        var options = factory.Options;
        var runner = factory.CreateMigratorOptions();

        Assert.Equal(MigrationStartupMode.Verify, options.OnStartup);
        Assert.Equal(HealthStatus.Unhealthy, options.HealthCheck.WhenPending);
        Assert.Equal(TimeSpan.FromMinutes(1), options.HealthCheck.CacheDuration);
        Assert.True(runner.AllowOutOfOrder);
        Assert.True(runner.SingleTransaction);
        Assert.Equal("deploy 42", runner.AppliedBy);
        Assert.Equal(TimeSpan.FromSeconds(7), runner.Lock.WaitTimeout);
        Assert.Equal(TimeSpan.FromSeconds(2), runner.Lock.HeartbeatInterval);
        Assert.Equal(TimeSpan.FromMinutes(3), runner.Lock.OverallDeadline);
    }

    [Fact]
    public void Without_configuration_the_options_keep_the_runner_defaults()
    {
        using var host = TestHosts.Build(_database, _logs);
        var factory = host.Services.GetRequiredService<MigratorFactory>();

        var options = factory.Options;
        var runner = factory.CreateMigratorOptions();

        Assert.Equal(MigrationStartupMode.Migrate, options.OnStartup);
        Assert.Equal(HealthStatus.Degraded, options.HealthCheck.WhenPending);
        Assert.Equal(TimeSpan.FromSeconds(10), options.HealthCheck.CacheDuration);
        var defaults = new MigratorOptions();
        Assert.Equal(defaults.Lock.WaitTimeout, runner.Lock.WaitTimeout);
        Assert.Equal(defaults.Lock.HeartbeatInterval, runner.Lock.HeartbeatInterval);
        Assert.Null(runner.Lock.OverallDeadline);
        Assert.Null(runner.AppliedBy);
        Assert.False(runner.AllowOutOfOrder);
    }

    [Fact]
    public async Task Another_section_can_hold_the_options()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Migrations:OnStartup"] = "Migrate",
            ["Database:Migrations:OnStartup"] = "None",
        });
        builder.Services.AddGeneratedMigrations(Catalogs.Generated, _ => _database.CreateStore(), "Database:Migrations");
        using var host = builder.Build();

        await host.StartAsync();

        Assert.Equal(MigrationStartupMode.None, host.Services.GetRequiredService<MigratorFactory>().Options.OnStartup);
        Assert.False(File.Exists(_database.FilePath));
        await host.StopAsync();
    }

    [Fact]
    public async Task The_runner_logs_under_its_own_category_through_the_apps_logging()
    {
        using var host = TestHosts.Build(_database, _logs);

        await host.StartAsync();

        var applied = _logs.InCategory(MigratorFactory.MigratorLogCategory).Where(log => log.EventName == "MigrationApplied").ToList();
        Assert.Equal(2, applied.Count);
        Assert.Contains("create_books", applied[1].Message, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task Progress_callbacks_see_each_applied_migration_and_the_apps_services()
    {
        var seen = new List<string>();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton(seen);
        builder.Services.AddGeneratedMigrations(Catalogs.Generated, _ => _database.CreateStore())
            .OnMigrationApplied((services, applied) => services.GetRequiredService<List<string>>().Add($"{applied.Order} {applied.Name} {applied.Kind}"));
        using var host = builder.Build();

        await host.StartAsync();

        Assert.Equal(["1 create_authors Apply", "2 create_books Apply"], seen);
        await host.StopAsync();
    }

    [Fact]
    public async Task The_store_can_be_made_from_a_connection_string_in_configuration()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Library"] = _database.ConnectionString });
        builder.Services.AddGeneratedMigrations(Catalogs.Generated, "Library", connectionString => new SqliteMigrationStore(connectionString));
        using var host = builder.Build();

        await host.StartAsync();

        Assert.Equal([1L, 2L], await _database.LedgerOrdersAsync());
        await host.StopAsync();
    }

    [Fact]
    public async Task A_missing_connection_string_fails_the_start_naming_the_key_to_set()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.AddProvider(_logs);
        builder.Services.AddGeneratedMigrations(Catalogs.Generated, "Library", connectionString => new SqliteMigrationStore(connectionString));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("ConnectionStrings:Library", error.Message, StringComparison.Ordinal);
        Assert.Contains(_logs.Records, log => log.EventId == 4004 && log.Message.Contains("ConnectionStrings:Library", StringComparison.Ordinal));
    }

    [Fact]
    public void Registering_twice_is_refused()
    {
        var services = new ServiceCollection();
        services.AddGeneratedMigrations(Catalogs.Generated, _ => _database.CreateStore());

        var error = Assert.Throws<InvalidOperationException>(() => services.AddGeneratedMigrations(Catalogs.Generated, _ => _database.CreateStore()));

        Assert.Contains("already", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_runner_from_the_factory_has_its_own_store()
    {
        using var host = TestHosts.Build(_database, _logs, TestHosts.OnStartup("None"));
        var factory = host.Services.GetRequiredService<MigratorFactory>();

        await using (var first = factory.Create())
        {
            await first.MigrateAsync();
        }
        await using var second = factory.Create(options => options.AllowOutOfOrder = true);

        Assert.True((await second.GetStatusAsync()).IsUpToDate);
    }

    public void Dispose() => _database.Dispose();
}
