namespace MigrationBenchmarks;

/// <summary>One step of the shop's schema history: the same SQL whichever tool runs it.</summary>
/// <param name="Order">Position in the history (1…20).</param>
/// <param name="Name">The step's name, as each ledger records it.</param>
/// <param name="Sql">The step's SQL: one or more statements.</param>
public sealed record SchemaStep(long Order, string Name, string Sql);

/// <summary>
/// The schema history of a small web shop, twenty steps of SQLite DDL with a little data (seeds and a
/// backfill). GeneratedMigrations, EF Core Migrations and the raw ADO.NET loop all run exactly this SQL,
/// so what the benchmarks compare is what each tool adds around it.
/// </summary>
public static class SchemaHistory
{
    public const string CreateCustomers = """
        CREATE TABLE customers (
            id INTEGER PRIMARY KEY,
            email TEXT NOT NULL,
            display_name TEXT NOT NULL,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        )
        """;

    public const string CreateProducts = """
        CREATE TABLE products (
            id INTEGER PRIMARY KEY,
            sku TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            price_cents INTEGER NOT NULL CHECK (price_cents >= 0)
        );
        INSERT INTO products (id, sku, title, price_cents) VALUES
            (1, 'BK-0001', 'The Pragmatic Gardener', 2499), (2, 'BK-0002', 'Cooking for Two', 1999),
            (3, 'MU-0001', 'Vinyl: Blue Train', 2899), (4, 'MU-0002', 'Vinyl: Kind of Blue', 2899),
            (5, 'GM-0001', 'Chess set, walnut', 8900), (6, 'GM-0002', 'Go board, kaya', 15900),
            (7, 'GD-0001', 'Pruning shears', 3450), (8, 'GD-0002', 'Watering can, 10 l', 2190),
            (9, 'KT-0001', 'Cast iron pan, 28 cm', 5490), (10, 'KT-0002', 'Chef knife, 21 cm', 7900),
            (11, 'TY-0001', 'Wooden train set', 4400), (12, 'TL-0001', 'Cordless drill', 11900)
        """;

    public const string CreateOrders = """
        CREATE TABLE orders (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            placed_at TEXT NOT NULL,
            total_cents INTEGER NOT NULL DEFAULT 0
        )
        """;

    public const string CreateOrderLines = """
        CREATE TABLE order_lines (
            order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
            line_no INTEGER NOT NULL,
            product_id INTEGER NOT NULL REFERENCES products (id),
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            unit_price_cents INTEGER NOT NULL,
            PRIMARY KEY (order_id, line_no)
        )
        """;

    public const string IndexOrdersByCustomer = """
        CREATE INDEX ix_orders_customer ON orders (customer_id, placed_at);
        CREATE INDEX ix_order_lines_product ON order_lines (product_id)
        """;

    public const string CreateCategories = """
        CREATE TABLE categories (id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, title TEXT NOT NULL);
        INSERT INTO categories (id, slug, title) VALUES
            (1, 'books', 'Books'), (2, 'music', 'Music'), (3, 'games', 'Games'), (4, 'garden', 'Garden'),
            (5, 'kitchen', 'Kitchen'), (6, 'toys', 'Toys'), (7, 'tools', 'Tools'), (8, 'other', 'Other')
        """;

    public const string AddProductCategory = """
        ALTER TABLE products ADD COLUMN category_id INTEGER REFERENCES categories (id);
        UPDATE products SET category_id = CASE substr(sku, 1, 2)
            WHEN 'BK' THEN 1 WHEN 'MU' THEN 2 WHEN 'GM' THEN 3 WHEN 'GD' THEN 4 WHEN 'KT' THEN 5 WHEN 'TY' THEN 6 WHEN 'TL' THEN 7 ELSE 8 END;
        CREATE INDEX ix_products_category ON products (category_id)
        """;

    public const string CreateAddresses = """
        CREATE TABLE addresses (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('billing', 'shipping')),
            line1 TEXT NOT NULL,
            line2 TEXT,
            city TEXT NOT NULL,
            postal_code TEXT NOT NULL,
            country_code TEXT NOT NULL CHECK (length(country_code) = 2)
        );
        CREATE INDEX ix_addresses_customer ON addresses (customer_id)
        """;

    public const string UniqueCustomerEmail = """
        CREATE UNIQUE INDEX ux_customers_email ON customers (lower(email))
        """;

    public const string CreatePayments = """
        CREATE TABLE payments (
            id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL REFERENCES orders (id),
            provider TEXT NOT NULL,
            amount_cents INTEGER NOT NULL,
            paid_at TEXT,
            provider_reference TEXT
        );
        CREATE INDEX ix_payments_order ON payments (order_id)
        """;

    public const string CreateShippingMethods = """
        CREATE TABLE shipping_methods (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, title TEXT NOT NULL, price_cents INTEGER NOT NULL);
        INSERT INTO shipping_methods (id, code, title, price_cents) VALUES
            (1, 'standard', 'Standard (3-5 days)', 495),
            (2, 'express', 'Express (next day)', 1295),
            (3, 'pickup', 'Pick up in store', 0),
            (4, 'freight', 'Freight', 4900)
        """;

    public const string CreateShipments = """
        CREATE TABLE shipments (
            id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL REFERENCES orders (id),
            shipping_method_id INTEGER NOT NULL REFERENCES shipping_methods (id),
            address_id INTEGER NOT NULL REFERENCES addresses (id),
            shipped_at TEXT,
            tracking_code TEXT
        );
        CREATE INDEX ix_shipments_order ON shipments (order_id)
        """;

    public const string AddOrderStatus = """
        ALTER TABLE orders ADD COLUMN status TEXT NOT NULL DEFAULT 'placed';
        UPDATE orders SET status = 'paid' WHERE id IN (SELECT order_id FROM payments WHERE paid_at IS NOT NULL);
        CREATE INDEX ix_orders_status ON orders (status) WHERE status <> 'closed'
        """;

    public const string CreateInventory = """
        CREATE TABLE inventory (
            product_id INTEGER PRIMARY KEY REFERENCES products (id),
            on_hand INTEGER NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
            reserved INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        INSERT INTO inventory (product_id) SELECT id FROM products
        """;

    public const string TrackOrderStatus = """
        CREATE TABLE order_status_history (
            id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
            old_status TEXT,
            new_status TEXT NOT NULL,
            changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE TRIGGER trg_orders_status AFTER UPDATE OF status ON orders
        WHEN old.status IS NOT new.status
        BEGIN
            INSERT INTO order_status_history (order_id, old_status, new_status) VALUES (new.id, old.status, new.status);
        END
        """;

    public const string CreateReviews = """
        CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
            body TEXT,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            UNIQUE (product_id, customer_id)
        )
        """;

    public const string CreateOrderTotalsView = """
        CREATE VIEW order_totals AS
        SELECT o.id AS order_id, o.customer_id, COUNT(l.line_no) AS lines, COALESCE(SUM(l.quantity * l.unit_price_cents), 0) AS total_cents
        FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id
        GROUP BY o.id, o.customer_id
        """;

    public const string CreateCoupons = """
        CREATE TABLE coupons (
            code TEXT PRIMARY KEY,
            percent_off INTEGER NOT NULL CHECK (percent_off BETWEEN 1 AND 100),
            valid_from TEXT NOT NULL,
            valid_until TEXT
        ) WITHOUT ROWID;
        INSERT INTO coupons (code, percent_off, valid_from, valid_until) VALUES
            ('WELCOME10', 10, '2025-01-01', NULL),
            ('SPRING25', 25, '2025-03-01', '2025-05-31'),
            ('STAFF50', 50, '2025-01-01', NULL);
        ALTER TABLE orders ADD COLUMN coupon_code TEXT REFERENCES coupons (code)
        """;

    public const string CreateAuditLog = """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            actor TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            action TEXT NOT NULL,
            details TEXT
        );
        CREATE INDEX ix_audit_log_entity ON audit_log (entity, entity_id, at)
        """;

    public const string AddOrderLineDiscount = """
        ALTER TABLE order_lines ADD COLUMN discount_cents INTEGER NOT NULL DEFAULT 0;
        DROP VIEW order_totals;
        CREATE VIEW order_totals AS
        SELECT o.id AS order_id, o.customer_id, COUNT(l.line_no) AS lines,
               COALESCE(SUM(l.quantity * l.unit_price_cents - l.discount_cents), 0) AS total_cents
        FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id
        GROUP BY o.id, o.customer_id
        """;

    /// <summary>The twenty steps in order, for the raw loop (the other two tools have their own migration classes).</summary>
    public static readonly IReadOnlyList<SchemaStep> Steps =
    [
        new(1, "create_customers", CreateCustomers),
        new(2, "create_products", CreateProducts),
        new(3, "create_orders", CreateOrders),
        new(4, "create_order_lines", CreateOrderLines),
        new(5, "index_orders_by_customer", IndexOrdersByCustomer),
        new(6, "create_categories", CreateCategories),
        new(7, "add_product_category", AddProductCategory),
        new(8, "create_addresses", CreateAddresses),
        new(9, "unique_customer_email", UniqueCustomerEmail),
        new(10, "create_payments", CreatePayments),
        new(11, "create_shipping_methods", CreateShippingMethods),
        new(12, "create_shipments", CreateShipments),
        new(13, "add_order_status", AddOrderStatus),
        new(14, "create_inventory", CreateInventory),
        new(15, "track_order_status", TrackOrderStatus),
        new(16, "create_reviews", CreateReviews),
        new(17, "create_order_totals_view", CreateOrderTotalsView),
        new(18, "create_coupons", CreateCoupons),
        new(19, "create_audit_log", CreateAuditLog),
        new(20, "add_order_line_discount", AddOrderLineDiscount),
    ];
}
