using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MigrationBenchmarks.EfCore;

// The shop's history as EF Core migrations, written by hand as `dotnet ef migrations add` would lay them out,
// each running the same SQL. EF finds them by reflection through [DbContext] and [Migration].

[DbContext(typeof(ShopContext))]
[Migration("20250101000001_create_customers")]
public sealed class CreateCustomers : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SchemaHistory.CreateCustomers);
}

[DbContext(typeof(ShopContext))]
[Migration("20250101000002_create_products")]
public sealed class CreateProducts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SchemaHistory.CreateProducts);
}

[DbContext(typeof(ShopContext))]
[Migration("20250101000003_create_orders")]
public sealed class CreateOrders : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SchemaHistory.CreateOrders);
}

[DbContext(typeof(ShopContext))]
[Migration("20250101000004_create_order_lines")]
public sealed class CreateOrderLines : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SchemaHistory.CreateOrderLines);
}

[DbContext(typeof(ShopContext))]
[Migration("20250101000005_index_orders_by_customer")]
public sealed class IndexOrdersByCustomer : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SchemaHistory.IndexOrdersByCustomer);
}

[DbContext(typeof(ShopContext))]
[Migration("20250101000006_create_categories")]
public sealed class CreateCategories : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SchemaHistory.CreateCategories);
}

[DbContext(typeof(ShopContext))]
[Migration("20250101000007_add_product_category")]
public sealed class AddProductCategory : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SchemaHistory.AddProductCategory);
}

[DbContext(typeof(ShopContext))]
[Migration("20250101000008_create_addresses")]
public sealed class CreateAddresses : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SchemaHistory.CreateAddresses);
}

[DbContext(typeof(ShopContext))]
[Migration("20250101000009_unique_customer_email")]
public sealed class UniqueCustomerEmail : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SchemaHistory.UniqueCustomerEmail);
}

[DbContext(typeof(ShopContext))]
[Migration("20250101000010_create_payments")]
public sealed class CreatePayments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SchemaHistory.CreatePayments);
}

[DbContext(typeof(ShopContext))]
[Migration("20250101000011_create_shipping_methods")]
public sealed class CreateShippingMethods : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SchemaHistory.CreateShippingMethods);
}

[DbContext(typeof(ShopContext))]
[Migration("20250101000012_create_shipments")]
public sealed class CreateShipments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SchemaHistory.CreateShipments);
}

[DbContext(typeof(ShopContext))]
[Migration("20250101000013_add_order_status")]
public sealed class AddOrderStatus : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SchemaHistory.AddOrderStatus);
}

[DbContext(typeof(ShopContext))]
[Migration("20250101000014_create_inventory")]
public sealed class CreateInventory : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SchemaHistory.CreateInventory);
}

[DbContext(typeof(ShopContext))]
[Migration("20250101000015_track_order_status")]
public sealed class TrackOrderStatus : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SchemaHistory.TrackOrderStatus);
}

[DbContext(typeof(ShopContext))]
[Migration("20250101000016_create_reviews")]
public sealed class CreateReviews : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SchemaHistory.CreateReviews);
}

[DbContext(typeof(ShopContext))]
[Migration("20250101000017_create_order_totals_view")]
public sealed class CreateOrderTotalsView : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SchemaHistory.CreateOrderTotalsView);
}

[DbContext(typeof(ShopContext))]
[Migration("20250101000018_create_coupons")]
public sealed class CreateCoupons : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SchemaHistory.CreateCoupons);
}

[DbContext(typeof(ShopContext))]
[Migration("20250101000019_create_audit_log")]
public sealed class CreateAuditLog : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SchemaHistory.CreateAuditLog);
}

[DbContext(typeof(ShopContext))]
[Migration("20250101000020_add_order_line_discount")]
public sealed class AddOrderLineDiscount : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SchemaHistory.AddOrderLineDiscount);
}
