using GeneratedMigrations;

namespace GeneratedMigrations.TestHost.Migrations;

[Migration(6, "index_orders_by_widget")]
public sealed class IndexOrdersByWidget : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync("CREATE INDEX ix_orders_widget ON orders (widget_id)", ct);
}
