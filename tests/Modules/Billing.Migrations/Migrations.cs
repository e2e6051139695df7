using GeneratedMigrations;

namespace ShopModules.Billing;

// Billing builds on Orders (an invoice references an order), so the app declares Orders first.
// Its orders overlap the Orders module's: each module has its own ledger, so order 1 exists once per module.

[Migration(1, "create_invoices")]
public sealed class CreateInvoices : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync("CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id), amount_cents bigint NOT NULL)", ct);
}

[Migration(2, "index_invoices_by_order")]
public sealed class IndexInvoicesByOrder : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync("CREATE INDEX ix_invoices_order ON invoices (order_id)", ct);
}

[Migration(3, "create_payments")]
public sealed class CreatePayments : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync("CREATE TABLE payments (id bigint PRIMARY KEY, invoice_id bigint NOT NULL REFERENCES invoices (id))", ct);
}
