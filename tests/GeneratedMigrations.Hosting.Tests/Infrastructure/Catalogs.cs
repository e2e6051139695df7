namespace GeneratedMigrations.Hosting.Tests.Infrastructure;

/// <summary>The generated catalogue of this project (migrations 1 and 2) and variations of it, as other builds would have.</summary>
internal static class Catalogs
{
    public static MigrationCatalog Generated => AppMigrations.Catalog;

    /// <summary>A later build: the generated migrations and more.</summary>
    public static MigrationCatalog GeneratedPlus(params MigrationDescriptor[] extra) =>
        new([.. Generated.Migrations.Concat(extra).OrderBy(m => m.Order)], Generated.AssemblyName, Generated.AssemblyVersion);

    /// <summary>An earlier build: the first migration only.</summary>
    public static MigrationCatalog FirstOnly =>
        new([Generated.Migrations[0]], Generated.AssemblyName, Generated.AssemblyVersion);

    public static MigrationDescriptor Descriptor(long order, string name, Func<IMigration> migration) =>
        new(order, name, "checksum-of-" + name, isReversible: false, typeName: "Tests." + name, migration);

    /// <summary>A migration that runs some SQL.</summary>
    public static MigrationDescriptor Sql(long order, string name, string sql) => Descriptor(order, name, () => new CodeMigration((db, ct) => db.ExecuteAsync(sql, ct)));
}

/// <summary>A migration whose up step is given at run time.</summary>
internal sealed class CodeMigration(Func<MigrationContext, CancellationToken, Task> up) : IMigration
{
    public Task UpAsync(MigrationContext context, CancellationToken cancellationToken) => up(context, cancellationToken);
}
