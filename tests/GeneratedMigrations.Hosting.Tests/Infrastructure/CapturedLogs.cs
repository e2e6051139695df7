using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GeneratedMigrations.Hosting.Tests.Infrastructure;

/// <summary>A logger provider that keeps every event with its category, so tests can check what the host was told.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _records = new();

    public IReadOnlyList<CapturedLog> Records => [.. _records];

    public IEnumerable<CapturedLog> InCategory(string category) => Records.Where(record => record.Category == category);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _records);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLog> records) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            records.Enqueue(new CapturedLog(category, logLevel, eventId.Id, eventId.Name, formatter(state, exception), exception));
    }
}

public sealed record CapturedLog(string Category, LogLevel Level, int EventId, string? EventName, string Message, Exception? Exception);
