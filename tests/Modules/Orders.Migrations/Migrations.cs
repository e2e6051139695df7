using GeneratedMigrations;

namespace ShopModules.Orders;

// SQL that SQLite and PostgreSQL both run, so one module serves the tests of both engines.

[Migration(1, "create_orders")]
public sealed class CreateOrders : IReversibleMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync("CREATE TABLE orders (id bigint PRIMARY KEY, customer text NOT NULL)", ct);

    public Task DownAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync("DROP TABLE orders", ct);
}

[Migration(2, "add_order_total")]
public sealed class AddOrderTotal : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync("ALTER TABLE orders ADD COLUMN total_cents bigint NOT NULL DEFAULT 0", ct);
}
