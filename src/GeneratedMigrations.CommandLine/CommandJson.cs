using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GeneratedMigrations.CommandLine;

/// <summary>
/// The one JSON document every command writes with <c>--json</c>: which command ran, its exit code, and either
/// its result or its error. <see cref="SchemaVersion"/> changes only when a field changes meaning or disappears.
/// </summary>
/// <param name="SchemaVersion">The version of this shape.</param>
/// <param name="Command">The command that ran: <c>status</c>, <c>up</c>, <c>down</c>, <c>verify</c>, <c>script</c>, <c>repair</c>.</param>
/// <param name="ExitCode">The process's exit code (<see cref="ExitCodes"/>).</param>
/// <param name="Result">What the command found or did; null after an error.</param>
/// <param name="Error">Why the command failed; null after success.</param>
internal sealed record CommandEnvelope(int SchemaVersion, string Command, int ExitCode, object? Result, CommandError? Error)
{
    public const int CurrentSchemaVersion = 1;
}

/// <summary><c>status</c> and <c>--dry-run</c>: the plan.</summary>
internal sealed record PlanResult(
    MigrationOperation Operation,
    string Target,
    long? LastApplied,
    bool UpToDate,
    IReadOnlyList<MigrationJson> Applied,
    IReadOnlyList<MigrationJson> Pending,
    IReadOnlyList<StepJson> Steps,
    IReadOnlyList<ProblemJson> Problems,
    IReadOnlyList<MigrationJson> AheadCompatible);

/// <summary><c>up</c> and <c>down</c>: what ran, and where the database is after it.</summary>
internal sealed record RunResult(MigrationOperation Operation, bool UpToDate, long? LastApplied, IReadOnlyList<AppliedStepJson> Steps);

/// <summary><c>verify</c> and <c>repair</c>: a status word and a sentence.</summary>
internal sealed record MessageResult(string Status, string Message);

/// <summary><c>script</c>: the SQL.</summary>
internal sealed record ScriptResult(string Script);

internal sealed record MigrationJson(long Order, string Name);

internal sealed record StepJson(long Order, string Name, PlanStepKind Kind);

internal sealed record AppliedStepJson(long Order, string Name, PlanStepKind Kind, double DurationMs);

internal sealed record ProblemJson(PlanProblemKind Kind, long Order, string Name, string Message);

/// <summary>
/// <c>up</c>, <c>verify</c> and <c>status</c> over a fleet: how many databases, how many ended each way, and one entry per
/// database in the order given (its result or error as a single-database command writes it, and its own exit code).
/// </summary>
internal sealed record FleetJson(int Total, IReadOnlyList<FleetCountJson> Summary, IReadOnlyList<FleetDatabaseJson> Databases);

internal sealed record FleetCountJson(FleetOutcome Outcome, int Count);

/// <summary>One database of a fleet. <c>ExitCode</c> is what this database alone would have exited with; null for one the fleet never started.</summary>
internal sealed record FleetDatabaseJson(string Database, FleetOutcome Outcome, int? ExitCode, double DurationMs, object? Result, CommandError? Error);

/// <summary>A failed command: the exception's type and message, and for a migration error where the database stands.</summary>
internal sealed record CommandError(
    string Type,
    string Message,
    MigrationOperation? Operation,
    long? Order,
    string? Name,
    long? LastApplied,
    IReadOnlyList<ProblemJson>? Problems,
    LedgerStatus? LeftAs = null);

/// <summary>Enum values in camelCase, the one casing of every enum in the output.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase)
    where TEnum : struct, Enum;

/// <summary>The command output's JSON, generated at compile time (no reflection: NativeAOT apps write it too).</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    WriteIndented = true,
    Converters = [typeof(CamelCaseEnumConverter<MigrationOperation>), typeof(CamelCaseEnumConverter<PlanStepKind>), typeof(CamelCaseEnumConverter<PlanProblemKind>), typeof(CamelCaseEnumConverter<LedgerStatus>), typeof(CamelCaseEnumConverter<FleetOutcome>)])]
[JsonSerializable(typeof(CommandEnvelope))]
[JsonSerializable(typeof(PlanResult))]
[JsonSerializable(typeof(RunResult))]
[JsonSerializable(typeof(MessageResult))]
[JsonSerializable(typeof(ScriptResult))]
[JsonSerializable(typeof(FleetJson))]
internal sealed partial class CommandJsonContext : JsonSerializerContext
{
    // Messages quote names ('create_books') and scripts hold SQL: escape only what JSON requires, so both stay readable.
    private static readonly CommandJsonContext Readable = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new CamelCaseEnumConverter<MigrationOperation>(), new CamelCaseEnumConverter<PlanStepKind>(), new CamelCaseEnumConverter<PlanProblemKind>(), new CamelCaseEnumConverter<LedgerStatus>(), new CamelCaseEnumConverter<FleetOutcome>() },
    });

    public static string Serialize(CommandEnvelope envelope) => JsonSerializer.Serialize(envelope, Readable.CommandEnvelope);
}
