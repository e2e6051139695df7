using GeneratedMigrations;

namespace MigrationBenchmarks.Generated;

// The shop's history as GeneratedMigrations migrations: the generator turns these into AppMigrations.Catalog.

[Migration(1, "create_customers")]
public sealed class CreateCustomers : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(SchemaHistory.CreateCustomers, ct);
}

[Migration(2, "create_products")]
public sealed class CreateProducts : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(SchemaHistory.CreateProducts, ct);
}

[Migration(3, "create_orders")]
public sealed class CreateOrders : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(SchemaHistory.CreateOrders, ct);
}

[Migration(4, "create_order_lines")]
public sealed class CreateOrderLines : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(SchemaHistory.CreateOrderLines, ct);
}

[Migration(5, "index_orders_by_customer")]
public sealed class IndexOrdersByCustomer : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(SchemaHistory.IndexOrdersByCustomer, ct);
}

[Migration(6, "create_categories")]
public sealed class CreateCategories : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(SchemaHistory.CreateCategories, ct);
}

[Migration(7, "add_product_category")]
public sealed class AddProductCategory : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(SchemaHistory.AddProductCategory, ct);
}

[Migration(8, "create_addresses")]
public sealed class CreateAddresses : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(SchemaHistory.CreateAddresses, ct);
}

[Migration(9, "unique_customer_email")]
public sealed class UniqueCustomerEmail : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(SchemaHistory.UniqueCustomerEmail, ct);
}

[Migration(10, "create_payments")]
public sealed class CreatePayments : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(SchemaHistory.CreatePayments, ct);
}

[Migration(11, "create_shipping_methods")]
public sealed class CreateShippingMethods : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(SchemaHistory.CreateShippingMethods, ct);
}

[Migration(12, "create_shipments")]
public sealed class CreateShipments : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(SchemaHistory.CreateShipments, ct);
}

[Migration(13, "add_order_status")]
public sealed class AddOrderStatus : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(SchemaHistory.AddOrderStatus, ct);
}

[Migration(14, "create_inventory")]
public sealed class CreateInventory : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(SchemaHistory.CreateInventory, ct);
}

[Migration(15, "track_order_status")]
public sealed class TrackOrderStatus : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(SchemaHistory.TrackOrderStatus, ct);
}

[Migration(16, "create_reviews")]
public sealed class CreateReviews : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(SchemaHistory.CreateReviews, ct);
}

[Migration(17, "create_order_totals_view")]
public sealed class CreateOrderTotalsView : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(SchemaHistory.CreateOrderTotalsView, ct);
}

[Migration(18, "create_coupons")]
public sealed class CreateCoupons : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(SchemaHistory.CreateCoupons, ct);
}

[Migration(19, "create_audit_log")]
public sealed class CreateAuditLog : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(SchemaHistory.CreateAuditLog, ct);
}

[Migration(20, "add_order_line_discount")]
public sealed class AddOrderLineDiscount : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(SchemaHistory.AddOrderLineDiscount, ct);
}
