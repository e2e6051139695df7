using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GeneratedMigrations;

/// <summary>
/// Names under which GeneratedMigrations reports traces and metrics, without depending on OpenTelemetry:
/// subscribe with <c>.AddSource(MigrationTelemetry.ActivitySourceName)</c> and <c>.AddMeter(MigrationTelemetry.MeterName)</c>.
/// The spans, instruments and attributes are listed in the README ("Telemetry").
/// </summary>
public static class MigrationTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/>: <c>GeneratedMigrations</c>.</summary>
    public const string ActivitySourceName = "GeneratedMigrations";

    /// <summary>The name of the <see cref="Meter"/>: <c>GeneratedMigrations</c>.</summary>
    public const string MeterName = "GeneratedMigrations";
}

/// <summary>
/// The activity source, the meter and its instruments, with one helper per thing the runner reports. Every helper
/// accepts a null activity (nobody listening) and costs next to nothing then. Names are part of the contract
/// (README, "Telemetry"): change them only with a note in the changelog.
/// </summary>
internal static class Telemetry
{
    // Span names: low cardinality, as OpenTelemetry asks; a migration span's name is bounded by the catalogue.
    public const string RunSpanPrefix = "migrate ";
    public const string LockWaitSpanName = "migration lock wait";
    public const string MigrationSpanPrefix = "migration ";

    // Attribute names.
    public const string DatabaseSystem = "db.system.name";
    public const string Database = "migration.database";
    public const string Operation = "migration.operation";
    public const string Order = "migration.order";
    public const string Name = "migration.name";
    public const string Direction = "migration.direction";
    public const string Outcome = "migration.outcome";
    public const string AppliedCount = "migration.applied_count";
    public const string LastApplied = "migration.last_applied";
    public const string LockOutcome = "migration.lock.outcome";
    public const string ErrorType = "error.type";

    // Instrument names.
    public const string AppliedCounterName = "generatedmigrations.migrations.applied";
    public const string FailedCounterName = "generatedmigrations.migrations.failed";
    public const string RevertedCounterName = "generatedmigrations.migrations.reverted";
    public const string MigrationDurationName = "generatedmigrations.migration.duration";
    public const string LockWaitDurationName = "generatedmigrations.lock.wait.duration";

    private static readonly string? Version = typeof(Telemetry).Assembly.GetName().Version?.ToString();

    public static readonly ActivitySource Source = new(MigrationTelemetry.ActivitySourceName, Version);

    /// <summary>The meter; created with its instruments on first use (see <see cref="Instruments"/>).</summary>
    public static Meter Meter => Instruments.Meter;

    /// <summary>
    /// The meter and its instruments, in a class of their own so that they are created (and their generic code
    /// JIT-compiled) only when a run records something: an up-to-date start records nothing and never pays for them.
    /// A listener subscribed by name sees them when they are created.
    /// </summary>
    private static class Instruments
    {
        public static readonly Meter Meter = new(MigrationTelemetry.MeterName, Version);

        public static readonly Counter<long> Applied = Meter.CreateCounter<long>(
            AppliedCounterName, "{migration}", "Migrations applied (up step run and committed, baselines included).");

        public static readonly Counter<long> Failed = Meter.CreateCounter<long>(
            FailedCounterName, "{migration}", "Migrations whose up or down step failed and was rolled back (or recorded FAILED).");

        public static readonly Counter<long> Reverted = Meter.CreateCounter<long>(
            RevertedCounterName, "{migration}", "Migrations reverted (down step run and committed).");

        public static readonly Histogram<double> MigrationDuration = Meter.CreateHistogram<double>(
            MigrationDurationName, "s", "How long one migration took, its ledger write and commit included.");

        public static readonly Histogram<double> LockWaitDuration = Meter.CreateHistogram<double>(
            LockWaitDurationName, "s", "How long a run waited for the cross-process migration lock.");
    }

    /// <summary>The OpenTelemetry <c>db.system.name</c> of a store, from its display name (<c>sqlite:…</c>, <c>postgresql://…</c>).</summary>
    public static string DatabaseSystemOf(MigrationStore store) => DatabaseSystemOf(store.DisplayName);

    /// <summary>The scheme of a store's display name: <c>sqlite</c>, <c>postgresql</c>, or <c>other_sql</c> when it has none.</summary>
    public static string DatabaseSystemOf(string displayName)
    {
        var colon = displayName.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? displayName[..colon] : "other_sql";
    }

    /// <summary>Starts the span of one run (up, down, repair); the lock wait and each migration become its children.</summary>
    public static Activity? StartRun(MigrationOperation operation, MigrationStore store)
    {
        var operationName = OperationName(operation);
        var run = Source.StartActivity(RunSpanPrefix + operationName, ActivityKind.Internal);
        if (run is null) return null;
        run.SetTag(Operation, operationName);
        run.SetTag(DatabaseSystem, DatabaseSystemOf(store));
        run.SetTag(Database, store.DisplayName);
        return run;
    }

    /// <summary>Ends a run's span: how many migrations it did and where the database stands, or the error that ended it.</summary>
    public static void EndRun(Activity? run, int count, long? lastAppliedOrder, Exception? error = null)
    {
        if (run is null) return;
        run.SetTag(AppliedCount, count);
        if (lastAppliedOrder is { } last) run.SetTag(LastApplied, last);
        if (error is not null) MarkFailed(run, error);
        run.Dispose();
    }

    /// <summary>Starts the span of a wait for the lock.</summary>
    public static Activity? StartLockWait(MigrationStore store)
    {
        var wait = Source.StartActivity(LockWaitSpanName, ActivityKind.Internal);
        wait?.SetTag(DatabaseSystem, DatabaseSystemOf(store));
        return wait;
    }

    /// <summary>Ends a lock wait: records its duration (histogram) and whether the lock was acquired, timed out or the wait was cancelled.</summary>
    public static void EndLockWait(Activity? wait, MigrationStore store, TimeSpan waited, Exception? error = null)
    {
        var outcome = error switch
        {
            null => "acquired",
            MigrationLockTimeoutException => "timeout",
            OperationCanceledException => "cancelled",
            _ => "error",
        };
        Instruments.LockWaitDuration.Record(waited.TotalSeconds,
            new KeyValuePair<string, object?>(DatabaseSystem, DatabaseSystemOf(store)),
            new KeyValuePair<string, object?>(LockOutcome, outcome));
        if (wait is null) return;
        wait.SetTag(LockOutcome, outcome);
        if (error is not null) MarkFailed(wait, error);
        wait.Dispose();
    }

    /// <summary>Starts the span of one plan step (a migration applied, reverted, skipped or baselined).</summary>
    public static Activity? StartMigration(MigrationDescriptor migration, PlanStepKind kind, MigrationStore store)
    {
        // Nobody listening: no span, so build no name for it (this runs once per migration).
        if (!Source.HasListeners()) return null;
        var span = Source.StartActivity(MigrationSpanPrefix + migration.Order.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + migration.Name, ActivityKind.Internal);
        if (span is null) return null;
        span.SetTag(DatabaseSystem, DatabaseSystemOf(store));
        span.SetTag(Order, migration.Order);
        span.SetTag(Name, migration.Name);
        span.SetTag(Direction, DirectionOf(kind));
        return span;
    }

    /// <summary>
    /// Ends a migration's span and records its metrics: the counter of its outcome and its duration. Pass the
    /// error when the step failed (it was rolled back or recorded FAILED).
    /// </summary>
    public static void RecordMigration(Activity? span, MigrationDescriptor migration, PlanStepKind kind, MigrationStore store, TimeSpan duration, Exception? error = null)
    {
        var outcome = error is not null ? "failed" : OutcomeOf(kind);
        var counter = outcome switch
        {
            "failed" => Instruments.Failed,
            "applied" or "baselined" => Instruments.Applied,
            "reverted" => Instruments.Reverted,
            _ => null,
        };
        // Tags are built only for an instrument somebody listens to (the store's display name is built on each call).
        if (counter is { Enabled: true } || Instruments.MigrationDuration.Enabled)
        {
            var system = new KeyValuePair<string, object?>(DatabaseSystem, DatabaseSystemOf(store));
            var direction = new KeyValuePair<string, object?>(Direction, DirectionOf(kind));
            counter?.Add(1, system, direction);
            Instruments.MigrationDuration.Record(duration.TotalSeconds, system, direction, new KeyValuePair<string, object?>(Outcome, outcome));
        }
        if (span is null) return;
        span.SetTag(Outcome, outcome);
        if (error is not null) MarkFailed(span, error);
        span.Dispose();
    }

    private static void MarkFailed(Activity activity, Exception error)
    {
        activity.SetTag(ErrorType, error.GetType().FullName);
        activity.SetStatus(ActivityStatusCode.Error, error.Message);
    }

    private static string OperationName(MigrationOperation operation) => operation switch
    {
        MigrationOperation.Up => "up",
        MigrationOperation.Down => "down",
        MigrationOperation.Verify => "verify",
        MigrationOperation.Repair => "repair",
        _ => "other",
    };

    private static string DirectionOf(PlanStepKind kind) => kind is PlanStepKind.Revert or PlanStepKind.RemoveSkipped ? "down" : "up";

    private static string OutcomeOf(PlanStepKind kind) => kind switch
    {
        PlanStepKind.Apply => "applied",
        PlanStepKind.Baseline => "baselined",
        PlanStepKind.Skip => "skipped",
        PlanStepKind.Revert => "reverted",
        _ => "forgotten",
    };
}
