using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GeneratedMigrations.Tests.Telemetry;

/// <summary>
/// The spans and metrics of <see cref="GeneratedMigrations.Telemetry"/>, seen through the listeners OpenTelemetry itself uses.
/// Serial: the meter is process-wide, so no other test may record while these count.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class TelemetryTests : IDisposable
{
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ConcurrentQueue<Measurement> _measurements = new();
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters;
    private readonly TestDatabase _database = new();

    public TelemetryTests()
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "GeneratedMigrations",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_activities);
        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "GeneratedMigrations") listener.EnableMeasurementEvents(instrument);
            },
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => _measurements.Enqueue(new Measurement(instrument.Name, value, tags.ToArray())));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => _measurements.Enqueue(new Measurement(instrument.Name, value, tags.ToArray())));
        _meters.Start();
    }

    [Fact]
    public void The_source_and_the_meter_are_named_GeneratedMigrations()
    {
        Assert.Equal(MigrationTelemetry.ActivitySourceName, GeneratedMigrations.Telemetry.Source.Name);
        Assert.Equal(MigrationTelemetry.MeterName, GeneratedMigrations.Telemetry.Meter.Name);
        Assert.Equal("GeneratedMigrations", MigrationTelemetry.ActivitySourceName);
    }

    [Fact]
    public async Task A_real_run_emits_its_span_with_the_lock_wait_and_each_migration_under_it_and_counts_them()
    {
        await using (var migrator = _database.CreateMigrator(Catalogs.Generated))
        {
            await migrator.MigrateAsync();
        }

        var run = Assert.Single(_stopped, a => a.OperationName == "migrate up");
        var children = _stopped.Where(a => a.ParentSpanId == run.SpanId).Select(a => a.OperationName).ToList();
        Assert.Contains("migration lock wait", children);
        Assert.Equal(Catalogs.Generated.Migrations.Select(m => $"migration {m.Order} {m.Name}"), children.Where(name => name != "migration lock wait"));
        Assert.Equal(Catalogs.Generated.Migrations.Count, _measurements.Where(m => m.Instrument == "generatedmigrations.migrations.applied").Sum(m => (long)m.Value));
        Assert.Contains(_measurements, m => m.Instrument == "generatedmigrations.lock.wait.duration");
    }

    [Fact]
    public async Task A_failed_migration_is_counted_as_failed_and_its_span_marked_as_an_error()
    {
        var failing = Catalogs.Descriptor(9, "explodes", () => new SqlMigration("CREATE TABLE x (id INTEGER); SELECT * FROM no_such_table"));
        await using (var migrator = _database.CreateMigrator(Catalogs.GeneratedPlus(failing)))
        {
            await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.MigrateAsync());
        }

        var span = Assert.Single(_stopped, a => a.OperationName == "migration 9 explodes");
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(1, _measurements.Where(m => m.Instrument == "generatedmigrations.migrations.failed").Sum(m => (long)m.Value));
        Assert.Equal(ActivityStatusCode.Error, Assert.Single(_stopped, a => a.OperationName == "migrate up").Status);
    }

    [Fact]
    public void A_run_span_holds_the_lock_wait_and_one_span_per_migration()
    {
        var store = _database.CreateStore();
        var migrations = Catalogs.Generated.Migrations;

        var run = GeneratedMigrations.Telemetry.StartRun(MigrationOperation.Up, store);
        var wait = GeneratedMigrations.Telemetry.StartLockWait(store);
        GeneratedMigrations.Telemetry.EndLockWait(wait, store, TimeSpan.FromMilliseconds(40));
        foreach (var migration in migrations.Take(2))
        {
            var span = GeneratedMigrations.Telemetry.StartMigration(migration, PlanStepKind.Apply, store);
            GeneratedMigrations.Telemetry.RecordMigration(span, migration, PlanStepKind.Apply, store, TimeSpan.FromMilliseconds(12));
        }
        GeneratedMigrations.Telemetry.EndRun(run, 2, migrations[1].Order);

        var spans = _stopped.Where(activity => activity.TraceId == run!.TraceId).ToList();
        Assert.Equal(["migration lock wait", $"migration 1 {migrations[0].Name}", $"migration 2 {migrations[1].Name}", "migrate up"], spans.Select(span => span.DisplayName));
        Assert.All(spans.Take(3), span => Assert.Equal(run!.SpanId, span.ParentSpanId));
        Assert.Equal("sqlite", run!.GetTagItem("db.system.name"));
        Assert.Equal("up", run.GetTagItem("migration.operation"));
        Assert.Equal("sqlite:" + _database.FilePath, run.GetTagItem("migration.database"));
        Assert.Equal(2, run.GetTagItem("migration.applied_count"));
        Assert.Equal(2L, run.GetTagItem("migration.last_applied"));
        Assert.Equal("acquired", spans[0].GetTagItem("migration.lock.outcome"));
        var first = spans[1];
        Assert.Equal(1L, first.GetTagItem("migration.order"));
        Assert.Equal(migrations[0].Name, first.GetTagItem("migration.name"));
        Assert.Equal("up", first.GetTagItem("migration.direction"));
        Assert.Equal("applied", first.GetTagItem("migration.outcome"));
        Assert.Equal("sqlite", first.GetTagItem("db.system.name"));
        Assert.All(spans, span => Assert.Equal(ActivityStatusCode.Unset, span.Status));
    }

    [Fact]
    public void Applied_reverted_and_baselined_migrations_are_counted_with_their_durations()
    {
        var store = _database.CreateStore();
        var migration = Catalogs.Generated.Migrations[0];

        GeneratedMigrations.Telemetry.RecordMigration(null, migration, PlanStepKind.Apply, store, TimeSpan.FromMilliseconds(250));
        GeneratedMigrations.Telemetry.RecordMigration(null, migration, PlanStepKind.Baseline, store, TimeSpan.FromMilliseconds(100));
        GeneratedMigrations.Telemetry.RecordMigration(null, migration, PlanStepKind.Revert, store, TimeSpan.FromMilliseconds(50));
        GeneratedMigrations.Telemetry.RecordMigration(null, migration, PlanStepKind.Skip, store, TimeSpan.FromMilliseconds(1));

        Assert.Equal(2, Sum("generatedmigrations.migrations.applied"));
        Assert.Equal(1, Sum("generatedmigrations.migrations.reverted"));
        Assert.Equal(0, Sum("generatedmigrations.migrations.failed"));
        var durations = _measurements.Where(m => m.Instrument == "generatedmigrations.migration.duration").ToList();
        Assert.Equal([0.25, 0.1, 0.05, 0.001], durations.Select(m => m.Value));
        Assert.Equal(["applied", "baselined", "reverted", "skipped"], durations.Select(m => m.Tag("migration.outcome")));
        Assert.Equal(["up", "up", "down", "up"], durations.Select(m => m.Tag("migration.direction")));
        Assert.All(durations, m => Assert.Equal("sqlite", m.Tag("db.system.name")));
        var reverted = Assert.Single(_measurements, m => m.Instrument == "generatedmigrations.migrations.reverted");
        Assert.Equal("down", reverted.Tag("migration.direction"));
    }

    [Fact]
    public void A_failed_migration_is_counted_and_its_span_and_the_run_are_marked_as_errors()
    {
        var store = _database.CreateStore();
        var migration = Catalogs.Generated.Migrations[1];
        var failure = new InvalidOperationException("column already exists");

        var run = GeneratedMigrations.Telemetry.StartRun(MigrationOperation.Up, store);
        var span = GeneratedMigrations.Telemetry.StartMigration(migration, PlanStepKind.Apply, store);
        GeneratedMigrations.Telemetry.RecordMigration(span, migration, PlanStepKind.Apply, store, TimeSpan.FromSeconds(2), failure);
        GeneratedMigrations.Telemetry.EndRun(run, 0, 1, failure);

        Assert.Equal(1, Sum("generatedmigrations.migrations.failed"));
        Assert.Equal(0, Sum("generatedmigrations.migrations.applied"));
        var duration = Assert.Single(_measurements, m => m.Instrument == "generatedmigrations.migration.duration");
        Assert.Equal("failed", duration.Tag("migration.outcome"));
        Assert.Equal(2.0, duration.Value);
        Assert.Equal("failed", span!.GetTagItem("migration.outcome"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("column already exists", span.StatusDescription);
        Assert.Equal(typeof(InvalidOperationException).FullName, span.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Error, run!.Status);
    }

    [Fact]
    public void A_lock_wait_that_times_out_is_measured_and_says_so()
    {
        var store = _database.CreateStore();
        var timeout = new MigrationLockTimeoutException(TimeSpan.FromSeconds(3), "other host", MigrationOperation.Up, null);

        var wait = GeneratedMigrations.Telemetry.StartLockWait(store);
        GeneratedMigrations.Telemetry.EndLockWait(wait, store, TimeSpan.FromSeconds(3), timeout);

        var measured = Assert.Single(_measurements, m => m.Instrument == "generatedmigrations.lock.wait.duration");
        Assert.Equal(3.0, measured.Value);
        Assert.Equal("timeout", measured.Tag("migration.lock.outcome"));
        Assert.Equal("timeout", wait!.GetTagItem("migration.lock.outcome"));
        Assert.Equal(ActivityStatusCode.Error, wait.Status);
    }

    [Theory]
    [InlineData("postgresql://localhost:5432/app", "postgresql")] // NpgsqlMigrationStore.DisplayName
    [InlineData("sqlite:/data/app.db", "sqlite")]
    [InlineData("a store without a scheme", "other_sql")]
    public void The_database_system_is_the_scheme_of_the_stores_display_name(string displayName, string system) =>
        Assert.Equal(system, GeneratedMigrations.Telemetry.DatabaseSystemOf(displayName));

    [Fact]
    public void An_SQLite_store_reports_sqlite() =>
        Assert.Equal("sqlite", GeneratedMigrations.Telemetry.DatabaseSystemOf(_database.CreateStore()));

    [Fact]
    public void With_nobody_listening_to_traces_no_span_is_made_but_metrics_still_count()
    {
        _activities.Dispose();
        var store = _database.CreateStore();
        var migration = Catalogs.Generated.Migrations[0];

        var span = GeneratedMigrations.Telemetry.StartMigration(migration, PlanStepKind.Apply, store);
        GeneratedMigrations.Telemetry.RecordMigration(span, migration, PlanStepKind.Apply, store, TimeSpan.FromMilliseconds(5));

        Assert.Null(span);
        Assert.Equal(1, Sum("generatedmigrations.migrations.applied"));
    }

    private long Sum(string instrument) => (long)_measurements.Where(m => m.Instrument == instrument).Sum(m => m.Value);

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
        _database.Dispose();
    }

    private sealed record Measurement(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)
    {
        public object? Tag(string name) => Tags.FirstOrDefault(tag => tag.Key == name).Value;
    }
}
