using GeneratedMigrations;

namespace GeneratedMigrations.TestHost.Migrations;

[Migration(5, "create_orders")]
public sealed class CreateOrders : IMigration
{
    public async Task UpAsync(MigrationContext db, CancellationToken ct)
    {
        await db.ExecuteAsync("CREATE TABLE orders (id INTEGER PRIMARY KEY, widget_id INTEGER NOT NULL REFERENCES widgets (id), quantity INTEGER NOT NULL)", ct);
        await Task.Delay(200, ct);
    }
}
