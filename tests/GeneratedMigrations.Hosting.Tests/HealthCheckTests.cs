using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace GeneratedMigrations.Hosting.Tests;

/// <summary>The migration health check through the host's HealthCheckService, on real SQLite files.</summary>
public sealed class HealthCheckTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly CapturedLogs _logs = new();

    [Fact]
    public async Task A_database_that_matches_the_build_is_healthy_with_the_plan_in_the_data()
    {
        await _database.MigrateAsync(Catalogs.Generated);
        using var host = BuildHost();

        var entry = await CheckAsync(host);

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal(2, entry.Data["applied"]);
        Assert.Equal(0, entry.Data["pending"]);
        Assert.Equal(0, entry.Data["problems"]);
        Assert.Equal("2", entry.Data["lastApplied"]);
        Assert.Equal("sqlite:" + _database.FilePath, entry.Data["database"]);
        Assert.Contains("Nothing to do", (string)entry.Data["summary"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pending_migrations_are_degraded_by_default_and_named()
    {
        await _database.MigrateAsync(Catalogs.FirstOnly);
        using var host = BuildHost();

        var entry = await CheckAsync(host);

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Equal(1, entry.Data["pending"]);
        Assert.Contains("2 create_books", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pending_migrations_are_unhealthy_when_configuration_says_so()
    {
        await _database.MigrateAsync(Catalogs.FirstOnly);
        using var host = BuildHost(new() { ["Migrations:HealthCheck:WhenPending"] = "Unhealthy" });

        Assert.Equal(HealthStatus.Unhealthy, (await CheckAsync(host)).Status);
    }

    [Fact]
    public async Task A_database_ahead_only_by_a_backward_compatible_migration_is_healthy_and_says_so()
    {
        // A rolling deploy: a newer build added a nullable column; this build does not know that migration.
        var addColumn = Catalogs.Sql(3, "add_isbn", "ALTER TABLE books ADD COLUMN isbn TEXT NULL");
        await _database.MigrateAsync(Catalogs.GeneratedPlus(new MigrationDescriptor(
            addColumn.Order, addColumn.Name, addColumn.Checksum, addColumn.IsReversible, addColumn.TypeName, addColumn.CreateMigration) { IsBackwardCompatible = true }));
        using var host = BuildHost(new() { ["Migrations:HealthCheck:WhenPending"] = "Unhealthy" });

        var entry = await CheckAsync(host);

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal(0, entry.Data["problems"]);
        Assert.Equal(1, entry.Data["aheadCompatible"]);
        Assert.Contains("ahead of it by 1 backward-compatible migration(s) of a newer build: 3 add_isbn", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_ahead_of_the_build_is_unhealthy_and_the_problem_is_described()
    {
        await _database.MigrateAsync(Catalogs.GeneratedPlus(Catalogs.Sql(3, "create_loans", "CREATE TABLE loans (id INTEGER PRIMARY KEY)")));
        using var host = BuildHost(new() { ["Migrations:HealthCheck:WhenPending"] = "Healthy" });

        var entry = await CheckAsync(host);

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Equal(1, entry.Data["problems"]);
        Assert.Contains("disagree", entry.Description, StringComparison.Ordinal);
        Assert.Contains("create_loans", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_registration_can_report_disagreement_as_degraded()
    {
        await _database.MigrateAsync(Catalogs.GeneratedPlus(Catalogs.Sql(3, "create_loans", "CREATE TABLE loans (id INTEGER PRIMARY KEY)")));
        using var host = BuildHost(failureStatus: HealthStatus.Degraded);

        Assert.Equal(HealthStatus.Degraded, (await CheckAsync(host)).Status);
    }

    [Fact]
    public async Task A_check_of_a_new_database_creates_nothing()
    {
        using var host = BuildHost();

        var entry = await CheckAsync(host);

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Equal(2, entry.Data["pending"]);
        Assert.False(File.Exists(_database.FilePath));
    }

    [Fact]
    public async Task The_check_answers_while_another_process_holds_the_migration_lock()
    {
        await _database.MigrateAsync(Catalogs.FirstOnly);
        await using var holder = _database.CreateStore();
        await using var heldLock = await holder.AcquireLockAsync(new MigrationLockOptions(), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, CancellationToken.None);
        using var host = BuildHost();

        var entry = await CheckAsync(host).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Equal([1L], await _database.LedgerOrdersAsync());
    }

    [Fact]
    public async Task A_reading_is_reused_for_the_cache_duration()
    {
        await _database.MigrateAsync(Catalogs.FirstOnly);
        using var host = BuildHost(new() { ["Migrations:HealthCheck:CacheDuration"] = "01:00:00" });
        Assert.Equal(HealthStatus.Degraded, (await CheckAsync(host)).Status);

        await _database.MigrateAsync(Catalogs.Generated);

        Assert.Equal(HealthStatus.Degraded, (await CheckAsync(host)).Status);
        host.Services.GetRequiredService<MigrationHealthCheck>().Invalidate();
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(host)).Status);
    }

    [Fact]
    public async Task With_no_cache_every_probe_reads_the_ledger()
    {
        await _database.MigrateAsync(Catalogs.FirstOnly);
        using var host = BuildHost(new() { ["Migrations:HealthCheck:CacheDuration"] = "00:00:00" });
        Assert.Equal(HealthStatus.Degraded, (await CheckAsync(host)).Status);

        await _database.MigrateAsync(Catalogs.Generated);

        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(host)).Status);
    }

    [Fact]
    public async Task A_ledger_that_cannot_be_read_is_unhealthy_with_the_error()
    {
        await File.WriteAllTextAsync(_database.FilePath, "this file is not an SQLite database, whatever its name says");
        using var host = BuildHost();

        var entry = await CheckAsync(host);

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.IsType<MigrationDatabaseException>(entry.Exception);
        Assert.Contains("could not be read", entry.Description, StringComparison.Ordinal);
        Assert.Contains(_logs.Records, log => log.EventId == 4010);
    }

    [Fact]
    public async Task Migrating_at_start_up_replaces_a_reading_taken_before()
    {
        await _database.MigrateAsync(Catalogs.FirstOnly);
        using var host = BuildHost(new() { ["Migrations:HealthCheck:CacheDuration"] = "01:00:00" });
        Assert.Equal(HealthStatus.Degraded, (await CheckAsync(host)).Status);

        await host.StartAsync();

        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(host)).Status);
        await host.StopAsync();
    }

    private IHost BuildHost(Dictionary<string, string?>? settings = null, HealthStatus? failureStatus = null) =>
        TestHosts.Build(_database, _logs, settings, configure: builder =>
            builder.Services.AddHealthChecks().AddGeneratedMigrations(failureStatus: failureStatus));

    private static async Task<HealthReportEntry> CheckAsync(IHost host)
    {
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        return report.Entries["migrations"];
    }

    public void Dispose() => _database.Dispose();
}
