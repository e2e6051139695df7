using Microsoft.Extensions.Logging;
using Npgsql;

namespace GeneratedMigrations.Npgsql.Tests.Runner;

/// <summary>No log event, message or property, carries the connection string or its password.</summary>
public sealed class LoggingTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task No_event_carries_the_connection_string_or_the_password()
    {
        await using var db = await server.CreateDatabaseAsync();
        var password = new NpgsqlConnectionStringBuilder(db.ConnectionString).Password;
        Assert.False(string.IsNullOrEmpty(password), "The test needs a connection string with a password.");
        var logger = new PropertyLogger();
        var catalog = TestCatalogs.Of([.. RunnerSql.Tables(2), TestCatalogs.Failing(3, "fails", "CREATE TABLE t3 (id bigint)")]);
        await using (var migrator = new Migrator(catalog, new NpgsqlMigrationStore(db.ConnectionString), new MigratorOptions { Logger = logger }))
        {
            await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.MigrateAsync());
            await migrator.RevertAsync(RevertTarget.ToOrder(0));
        }

        var events = logger.Events;
        Assert.Contains(events, e => e.Id == 1004);
        Assert.Contains(events, e => e.Id == 1005);
        Assert.Contains(events, e => e.Id == 1009);
        var database = Assert.Single(events.Where(e => e.Id == 1007).Select(e => (string)e.Properties["Database"]!).Distinct());
        Assert.Equal($"postgresql://127.0.0.1:{new NpgsqlConnectionStringBuilder(db.ConnectionString).Port}/{db.Name}", database);
        foreach (var e in events)
        {
            var texts = e.Properties.Values.Select(v => v?.ToString() ?? "").Append(e.Message).Append(e.Exception?.ToString() ?? "");
            foreach (var text in texts)
            {
                Assert.DoesNotContain(password, text, StringComparison.Ordinal);
                Assert.DoesNotContain(db.ConnectionString, text, StringComparison.Ordinal);
                Assert.DoesNotContain("Password=", text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task Applied_events_carry_order_name_and_duration()
    {
        await using var db = await server.CreateDatabaseAsync();
        var logger = new PropertyLogger();
        await using (var migrator = new Migrator(TestCatalogs.Of(RunnerSql.Tables(1)), new NpgsqlMigrationStore(db.ConnectionString), new MigratorOptions { Logger = logger }))
        {
            await migrator.MigrateAsync();
        }

        var applied = Assert.Single(logger.Events, e => e.Id == 1004);
        Assert.Equal("MigrationApplied", applied.Name);
        Assert.Equal(1L, applied.Properties["Order"]);
        Assert.Equal("create_t1", applied.Properties["MigrationName"]);
        Assert.IsType<long>(applied.Properties["DurationMs"]);
    }

    private sealed record Event(int Id, string? Name, string Message, IReadOnlyDictionary<string, object?> Properties, Exception? Exception);

    private sealed class PropertyLogger : ILogger
    {
        private readonly List<Event> _events = [];

        public IReadOnlyList<Event> Events
        {
            get
            {
                lock (_events) return [.. _events];
            }
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)
                : new Dictionary<string, object?>(StringComparer.Ordinal);
            lock (_events) _events.Add(new Event(eventId.Id, eventId.Name, formatter(state, exception), properties, exception));
        }
    }
}
