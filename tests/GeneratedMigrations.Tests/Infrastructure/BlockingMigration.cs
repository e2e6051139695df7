namespace GeneratedMigrations.Tests.Infrastructure;

/// <summary>
/// A migration that runs its SQL, says it has (<see cref="Entered"/>), then waits inside the migration (its
/// transaction open, so it holds SQLite's write lock) until the test releases it or its token is cancelled.
/// </summary>
internal sealed class BlockingMigrationGate
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the migration has run its SQL and started waiting.</summary>
    public Task Entered => _entered.Task;

    public void Release() => _released.TrySetResult();

    /// <summary>A catalogue entry that runs <paramref name="sql"/>, then waits at this gate.</summary>
    public MigrationDescriptor Descriptor(long order, string name, string sql, bool runsInTransaction = true) =>
        new(order, name, "checksum-of-" + name, isReversible: false, "Tests." + name, () => new Migration(this, sql)) { RunsInTransaction = runsInTransaction };

    private sealed class Migration(BlockingMigrationGate gate, string sql) : IMigration
    {
        public async Task UpAsync(MigrationContext context, CancellationToken cancellationToken)
        {
            await context.ExecuteAsync(sql, cancellationToken);
            gate._entered.TrySetResult();
            await gate._released.Task.WaitAsync(cancellationToken);
        }
    }
}
