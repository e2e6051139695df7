namespace GeneratedMigrations.Tests.Infrastructure;

/// <summary>
/// Hand-made catalogue entries for the runner tests: <c>.sql</c>-style migrations (with their SQL on the
/// descriptor, as the generator emits them) and C# migrations with optional down steps.
/// </summary>
internal static class RunnerCatalogs
{
    /// <summary>A catalogue of the given migrations.</summary>
    public static MigrationCatalog Of(params MigrationDescriptor[] migrations) => new(migrations, "GeneratedMigrations.Tests", "1.0.0");

    /// <summary>A reversible <c>.sql</c> migration that creates table <paramref name="table"/> (one column, id).</summary>
    public static MigrationDescriptor Table(long order, string table) =>
        Sql(order, "create_" + table, $"CREATE TABLE {table} (id INTEGER PRIMARY KEY)", $"DROP TABLE {table}");

    /// <summary>Tables t1..tN, each a reversible <c>.sql</c> migration of its own order.</summary>
    public static MigrationDescriptor[] Tables(int count) => [.. Enumerable.Range(1, count).Select(i => Table(i, "t" + i))];

    /// <summary>A <c>.sql</c> migration as the generator makes one: a <see cref="GeneratedMigrations.SqlMigration"/> with its text on the descriptor.</summary>
    public static MigrationDescriptor Sql(
        long order, string name, string upSql, string? downSql = null,
        bool runsInTransaction = true, bool isDisabled = false, long baselineThrough = 0, string? checksum = null) =>
        new(order, name, checksum ?? "checksum-of-" + name, isReversible: downSql is not null, typeName: $"Sql.{order:D4}_{name}",
            () => new GeneratedMigrations.SqlMigration(upSql, downSql))
        {
            RunsInTransaction = runsInTransaction, IsDisabled = isDisabled, BaselineThrough = baselineThrough, UpSql = upSql, DownSql = downSql,
        };

    /// <summary>A C# migration made of delegates; reversible when <paramref name="down"/> is given.</summary>
    public static MigrationDescriptor Code(
        long order, string name, Func<MigrationContext, CancellationToken, Task> up, Func<MigrationContext, CancellationToken, Task>? down = null,
        bool runsInTransaction = true) =>
        new(order, name, "checksum-of-" + name, isReversible: down is not null, typeName: "Tests.Code" + name,
            () => down is null ? new UpOnlyMigration(up) : new DelegateMigration(up, down)) { RunsInTransaction = runsInTransaction };

    /// <summary>The same migration with one setting changed, as a later build would have it.</summary>
    public static MigrationDescriptor Enabled(MigrationDescriptor migration) =>
        new(migration.Order, migration.Name, migration.Checksum, migration.IsReversible, migration.TypeName, migration.CreateMigration)
        {
            AllowOutOfOrder = migration.AllowOutOfOrder, RunsInTransaction = migration.RunsInTransaction, IsDisabled = false,
            BaselineThrough = migration.BaselineThrough, UpSql = migration.UpSql, DownSql = migration.DownSql,
        };

    private sealed class UpOnlyMigration(Func<MigrationContext, CancellationToken, Task> up) : IMigration
    {
        public Task UpAsync(MigrationContext context, CancellationToken cancellationToken) => up(context, cancellationToken);
    }

    private sealed class DelegateMigration(Func<MigrationContext, CancellationToken, Task> up, Func<MigrationContext, CancellationToken, Task> down) : IReversibleMigration
    {
        public Task UpAsync(MigrationContext context, CancellationToken cancellationToken) => up(context, cancellationToken);

        public Task DownAsync(MigrationContext context, CancellationToken cancellationToken) => down(context, cancellationToken);
    }
}
