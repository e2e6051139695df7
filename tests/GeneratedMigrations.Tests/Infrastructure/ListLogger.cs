using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GeneratedMigrations.Tests.Infrastructure;

/// <summary>A logger that keeps what it is given, so tests can check which events the runner reported.</summary>
internal sealed class ListLogger : ILogger
{
    private readonly ConcurrentQueue<LogRecord> _records = new();

    public IReadOnlyList<LogRecord> Records => [.. _records];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _records.Enqueue(new LogRecord(logLevel, eventId.Id, formatter(state, exception))
        {
            EventName = eventId.Name,
            Exception = exception,
            Properties = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal)
                : new Dictionary<string, object?>(StringComparer.Ordinal),
        });
}

/// <summary>One event: level, id and formatted message, plus its name, exception and structured properties.</summary>
internal sealed record LogRecord(LogLevel Level, int EventId, string Message)
{
    public string? EventName { get; init; }

    public Exception? Exception { get; init; }

    public IReadOnlyDictionary<string, object?> Properties { get; init; } = new Dictionary<string, object?>(StringComparer.Ordinal);
}
