namespace GeneratedMigrations.Tests.Infrastructure;

/// <summary>
/// Waiting for something another thread or process does, without betting on how long it takes: poll often, give up
/// only after a bound far beyond any loaded machine's delay, and then fail saying what never happened.
/// </summary>
internal static class Eventually
{
    /// <summary>The upper bound of every wait, unless a test gives its own.</summary>
    public static readonly TimeSpan DefaultBound = TimeSpan.FromSeconds(60);

    public static async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? bound = null)
    {
        var deadline = DateTime.UtcNow + (bound ?? DefaultBound);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Gave up after {(bound ?? DefaultBound).TotalSeconds} s waiting until {what}.");
            await Task.Delay(10);
        }
    }
}
