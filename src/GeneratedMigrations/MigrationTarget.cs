namespace GeneratedMigrations;

/// <summary>Where an up or down operation stops.</summary>
public readonly record struct MigrationTarget
{
    private MigrationTarget(long? order, int? steps)
    {
        Order = order;
        Steps = steps;
    }

    /// <summary>Up: every pending migration. Down: not allowed (use <see cref="ToOrder"/> with 0 to revert everything).</summary>
    public static MigrationTarget Latest { get; } = new(null, null);

    /// <summary>One migration: up one, or down one.</summary>
    public static MigrationTarget OneStep { get; } = new(null, 1);

    /// <summary>Up: apply pending migrations with an order up to <paramref name="order"/>. Down: revert those above it (0 = all).</summary>
    public static MigrationTarget ToOrder(long order) =>
        order >= 0 ? new(order, null) : throw new ArgumentOutOfRangeException(nameof(order), order, "A target order cannot be negative.");

    /// <summary>A number of migrations to apply or revert.</summary>
    public static MigrationTarget StepCount(int steps) =>
        steps > 0 ? new(null, steps) : throw new ArgumentOutOfRangeException(nameof(steps), steps, "Steps must be greater than zero.");

    /// <summary>The target order, when the target is an order.</summary>
    public long? Order { get; }

    /// <summary>The number of steps, when the target is a count.</summary>
    public int? Steps { get; }

    /// <summary>How people read it: <c>latest</c>, <c>order 5</c>, <c>1 step</c>.</summary>
    public override string ToString() =>
        Order is { } order ? $"order {order}" : Steps is { } steps ? (steps == 1 ? "1 step" : $"{steps} steps") : "latest";
}
