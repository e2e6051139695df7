namespace GeneratedMigrations.Npgsql.Tests.Infrastructure;

/// <summary>Hand-made migrations and catalogues, so that a test can rename, edit or drop one at will.</summary>
internal static class TestCatalogs
{
    /// <summary>A migration that runs one piece of SQL.</summary>
    public static MigrationDescriptor Sql(long order, string name, string sql, string? checksum = null) =>
        new(order, name, checksum ?? $"checksum-{order}-{name}", isReversible: false, $"Tests.Sql{order}", () => new SqlMigration(sql));

    /// <summary>A migration that runs SQL, then throws.</summary>
    public static MigrationDescriptor Failing(long order, string name, string sqlBeforeFailure) =>
        new(order, name, $"checksum-{order}-{name}", isReversible: false, $"Tests.Failing{order}", () => new FailingMigration(sqlBeforeFailure));

    /// <summary>A catalogue of the given migrations.</summary>
    public static MigrationCatalog Of(params MigrationDescriptor[] migrations) => new(migrations, "GeneratedMigrations.Npgsql.Tests", "1.0.0");

    /// <summary>Three migrations on an <c>items</c> table: schema, data, index.</summary>
    public static MigrationDescriptor[] Items() =>
    [
        Sql(1, "create_items", "CREATE TABLE items (id bigint PRIMARY KEY, title text NOT NULL)"),
        Sql(2, "seed_items", "INSERT INTO items (id, title) VALUES (1, 'first'), (2, 'second')"),
        Sql(3, "index_items_by_title", "CREATE INDEX ix_items_title ON items (title)"),
    ];

    private sealed class SqlMigration(string sql) : IMigration
    {
        public Task UpAsync(MigrationContext db, CancellationToken cancellationToken) => db.ExecuteAsync(sql, cancellationToken);
    }

    private sealed class FailingMigration(string sql) : IMigration
    {
        public async Task UpAsync(MigrationContext db, CancellationToken cancellationToken)
        {
            await db.ExecuteAsync(sql, cancellationToken);
            throw new InvalidOperationException("The migration failed on purpose after its SQL ran.");
        }
    }
}
