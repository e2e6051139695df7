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
        _records.Enqueue(new LogRecord(logLevel, eventId.Id, formatter(state, exception)));
}

internal sealed record LogRecord(LogLevel Level, int EventId, string Message);
