using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GeneratedMigrations.Hosting.Tests;

/// <summary>Migrations:OnStartup on a real generic host and a real SQLite file.</summary>
public sealed class StartupModeTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly CapturedLogs _logs = new();

    [Fact]
    public async Task Migrate_mode_applies_every_pending_migration_when_the_host_starts()
    {
        using var host = TestHosts.Build(_database, _logs, TestHosts.OnStartup("Migrate"));

        await host.StartAsync();

        Assert.Equal([1L, 2L], await _database.LedgerOrdersAsync());
        Assert.True(await _database.TableExistsAsync("books"));
        var done = Assert.Single(_logs.InCategory(MigrationStartupService.LogCategory), log => log.EventId == 4001);
        Assert.Contains("2 migration(s) applied", done.Message, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task Migrate_is_the_mode_when_configuration_does_not_name_one()
    {
        using var host = TestHosts.Build(_database, _logs);

        await host.StartAsync();

        Assert.Equal([1L, 2L], await _database.LedgerOrdersAsync());
        await host.StopAsync();
    }

    [Fact]
    public async Task Migrate_mode_applies_only_what_is_pending_on_a_database_an_earlier_build_migrated()
    {
        await _database.MigrateAsync(Catalogs.FirstOnly);
        using var host = TestHosts.Build(_database, _logs, TestHosts.OnStartup("Migrate"));

        await host.StartAsync();

        Assert.Equal([1L, 2L], await _database.LedgerOrdersAsync());
        var done = Assert.Single(_logs.InCategory(MigrationStartupService.LogCategory), log => log.EventId == 4001);
        Assert.Contains("1 migration(s) applied, last applied 2", done.Message, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task Migrations_are_done_before_any_other_hosted_service_starts_even_one_registered_first()
    {
        var tablesSeenAtStart = new List<bool>();
        using var host = TestHosts.Build(_database, _logs, TestHosts.OnStartup("Migrate"), configure: builder =>
            builder.Services.AddHostedService(_ => new StartProbe(async () => tablesSeenAtStart.Add(await _database.TableExistsAsync("books")))));

        await host.StartAsync();

        Assert.Equal([true], tablesSeenAtStart);
        await host.StopAsync();
    }

    [Fact]
    public async Task Verify_mode_starts_on_a_database_that_matches_this_build()
    {
        await _database.MigrateAsync(Catalogs.Generated);
        using var host = TestHosts.Build(_database, _logs, TestHosts.OnStartup("Verify"));

        await host.StartAsync();

        Assert.Single(_logs.InCategory(MigrationStartupService.LogCategory), log => log.EventId == 4002);
        await host.StopAsync();
    }

    [Fact]
    public async Task Verify_mode_refuses_to_start_while_migrations_are_pending_and_applies_nothing()
    {
        await _database.MigrateAsync(Catalogs.FirstOnly);
        var otherServiceStarted = false;
        using var host = TestHosts.Build(_database, _logs, TestHosts.OnStartup("Verify"), configure: builder =>
            builder.Services.AddHostedService(_ => new StartProbe(() => { otherServiceStarted = true; return Task.CompletedTask; })));

        var refusal = await Assert.ThrowsAsync<MigrationPlanException>(() => host.StartAsync());

        Assert.Equal(PlanProblemKind.NotApplied, Assert.Single(refusal.Problems).Kind);
        Assert.False(otherServiceStarted);
        Assert.Equal([1L], await _database.LedgerOrdersAsync());
        var log = Assert.Single(_logs.InCategory(MigrationStartupService.LogCategory), log => log.EventId == 4004);
        Assert.Equal(LogLevel.Critical, log.Level);
        Assert.Contains("Start refused", log.Message, StringComparison.Ordinal);
        Assert.Contains("(Verify)", log.Message, StringComparison.Ordinal);
        Assert.Contains("2 'create_books' has not been applied", log.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_mode_refuses_to_start_on_a_database_ahead_of_this_build()
    {
        await _database.MigrateAsync(Catalogs.GeneratedPlus(Catalogs.Sql(3, "create_loans", "CREATE TABLE loans (id INTEGER PRIMARY KEY)")));
        using var host = TestHosts.Build(_database, _logs, TestHosts.OnStartup("Migrate"));

        var refusal = await Assert.ThrowsAsync<MigrationPlanException>(() => host.StartAsync());

        Assert.Equal(PlanProblemKind.UnknownApplied, Assert.Single(refusal.Problems).Kind);
        var log = Assert.Single(_logs.InCategory(MigrationStartupService.LogCategory), log => log.EventId == 4004);
        Assert.Contains("create_loans", log.Message, StringComparison.Ordinal);
        Assert.Contains(_database.FilePath, log.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task None_mode_leaves_the_database_untouched()
    {
        using var host = TestHosts.Build(_database, _logs, TestHosts.OnStartup("None"));

        await host.StartAsync();

        Assert.False(File.Exists(_database.FilePath));
        await host.StopAsync();
    }

    [Fact]
    public async Task A_mode_that_is_not_a_mode_fails_the_start_and_names_the_key()
    {
        using var host = TestHosts.Build(_database, _logs, TestHosts.OnStartup("Migrat"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("Migrations:OnStartup", error.Message, StringComparison.Ordinal);
        Assert.Single(_logs.InCategory(MigrationStartupService.LogCategory), log => log.EventId == 4004);
        Assert.False(File.Exists(_database.FilePath));
    }

    [Fact]
    public async Task A_failing_migration_fails_the_start_and_keeps_the_migrations_before_it()
    {
        var catalog = Catalogs.GeneratedPlus(Catalogs.Descriptor(3, "broken", () => new CodeMigration((_, _) => throw new InvalidOperationException("boom"))));
        using var host = TestHosts.Build(_database, _logs, TestHosts.OnStartup("Migrate"), catalog);

        var failure = await Assert.ThrowsAsync<MigrationFailedException>(() => host.StartAsync());

        Assert.Equal(3, failure.Order);
        Assert.Equal([1L, 2L], await _database.LedgerOrdersAsync());
    }

    public void Dispose() => _database.Dispose();

    /// <summary>A hosted service that runs a check when it starts, as a web server would start listening.</summary>
    private sealed class StartProbe(Func<Task> atStart) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => atStart();

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
