namespace GeneratedMigrations;

/// <summary>A migration that can only be applied (up).</summary>
public interface IMigration
{
    /// <summary>Applies the migration. Runs inside the migration's transaction, see <see cref="MigrationContext.Transaction"/>.</summary>
    Task UpAsync(MigrationContext context, CancellationToken cancellationToken);
}

/// <summary>A migration that can also be reverted (down).</summary>
public interface IReversibleMigration : IMigration
{
    /// <summary>Reverts what <see cref="IMigration.UpAsync"/> did.</summary>
    Task DownAsync(MigrationContext context, CancellationToken cancellationToken);
}
