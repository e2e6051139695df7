namespace GeneratedMigrations.Tests.Infrastructure;

/// <summary>
/// Catalogues for runtime tests: the generated one (<see cref="AppMigrations.Catalog"/>, migrations 1-4 of
/// this project) and variations of it, as a later or earlier build of the same app would have.
/// </summary>
internal static class Catalogs
{
    public static MigrationCatalog Generated => AppMigrations.Catalog;

    public static IEnumerable<long> GeneratedOrders => Generated.Migrations.Select(m => m.Order);

    /// <summary>An earlier build: only the first <paramref name="count"/> migrations.</summary>
    public static MigrationCatalog FirstOf(int count) => Make(Generated.Migrations.Take(count));

    /// <summary>A build without one migration.</summary>
    public static MigrationCatalog Without(long order) => Make(Generated.Migrations.Where(m => m.Order != order));

    /// <summary>A build in which one migration was renamed or edited.</summary>
    public static MigrationCatalog Changing(long order, string? name = null, string? checksum = null) =>
        Make(Generated.Migrations.Select(m => m.Order == order ? Copy(m, name ?? m.Name, checksum ?? m.Checksum) : m));

    /// <summary>A build with more migrations than the generated one.</summary>
    public static MigrationCatalog GeneratedPlus(params MigrationDescriptor[] extra) => Make(Generated.Migrations.Concat(extra).OrderBy(m => m.Order));

    /// <summary>A hand-made catalogue entry that runs <paramref name="migration"/>.</summary>
    public static MigrationDescriptor Descriptor(long order, string name, Func<IMigration> migration) =>
        new(order, name, "checksum-of-" + name, isReversible: false, typeName: "Tests." + name, migration);

    private static MigrationCatalog Make(IEnumerable<MigrationDescriptor> migrations) =>
        new(migrations.ToList(), Generated.AssemblyName, Generated.AssemblyVersion);

    private static MigrationDescriptor Copy(MigrationDescriptor migration, string name, string checksum) =>
        new(migration.Order, name, checksum, migration.IsReversible, migration.TypeName, migration.CreateMigration);
}

/// <summary>A migration made of SQL given at run time, for hand-made catalogue entries.</summary>
internal sealed class SqlMigration(string sql) : IMigration
{
    public Task UpAsync(MigrationContext context, CancellationToken cancellationToken) => context.ExecuteAsync(sql, cancellationToken);
}

/// <summary>A migration that changes the schema, then fails with the given exception.</summary>
internal sealed class FailingMigration(string sqlBeforeFailing, Exception failure) : IMigration
{
    public async Task UpAsync(MigrationContext context, CancellationToken cancellationToken)
    {
        await context.ExecuteAsync(sqlBeforeFailing, cancellationToken);
        throw failure;
    }
}
