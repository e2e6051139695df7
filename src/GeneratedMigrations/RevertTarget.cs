namespace GeneratedMigrations;

/// <summary>
/// Where a down operation stops: one step, a number of steps, or an order (0 reverts everything). Unlike
/// <see cref="MigrationTarget"/> it has no "latest", so a revert can never be given a target it would refuse.
/// </summary>
public readonly record struct RevertTarget
{
    private RevertTarget(MigrationTarget target) => Target = target;

    /// <summary>Revert the newest applied migration.</summary>
    public static RevertTarget OneStep { get; } = new(MigrationTarget.OneStep);

    /// <summary>Revert every applied migration above <paramref name="order"/> (0 reverts everything).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is negative.</exception>
    public static RevertTarget ToOrder(long order) => new(MigrationTarget.ToOrder(order));

    /// <summary>Revert this many migrations, newest first.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="steps"/> is not greater than zero.</exception>
    public static RevertTarget StepCount(int steps) => new(MigrationTarget.StepCount(steps));

    /// <summary>The same target as a <see cref="MigrationTarget"/>, for plans (<see cref="Migrator.PlanAsync"/>).</summary>
    public MigrationTarget Target { get; }

    /// <summary>Every revert target is a migration target.</summary>
    public static implicit operator MigrationTarget(RevertTarget target) => target.Target;

    /// <summary>How people read it: <c>order 5</c>, <c>1 step</c>.</summary>
    public override string ToString() => Target.ToString();
}
