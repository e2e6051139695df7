using Microsoft.Extensions.Logging;

namespace GeneratedMigrations.Npgsql.Tests.Infrastructure;

/// <summary>A logger that keeps what it is told, so tests can assert on event ids and messages.</summary>
public sealed class RecordingLogger : ILogger
{
    private readonly List<(EventId Id, string Message)> _events = [];

    /// <summary>What was logged, in order.</summary>
    public IReadOnlyList<(EventId Id, string Message)> Events
    {
        get
        {
            lock (_events) return [.. _events];
        }
    }

    /// <summary>The messages of the events with this id.</summary>
    public IReadOnlyList<string> MessagesOf(int eventId) => Events.Where(e => e.Id.Id == eventId).Select(e => e.Message).ToList();

    /// <summary>Waits until an event with this id was logged, or fails after <paramref name="timeout"/>.</summary>
    public async Task<string> WaitForAsync(int eventId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (MessagesOf(eventId) is [var first, ..]) return first;
            await Task.Delay(20);
        }
        throw new TimeoutException($"No event {eventId} was logged within {timeout.TotalSeconds} s. Logged: {string.Join("; ", Events.Select(e => e.Id.Id))}");
    }

    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => true;

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_events) _events.Add((eventId, formatter(state, exception)));
    }
}
