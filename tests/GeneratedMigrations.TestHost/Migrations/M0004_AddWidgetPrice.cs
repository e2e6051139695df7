using GeneratedMigrations;

namespace GeneratedMigrations.TestHost.Migrations;

[Migration(4, "add_widget_price")]
public sealed class AddWidgetPrice : IMigration
{
    public async Task UpAsync(MigrationContext db, CancellationToken ct)
    {
        await db.ExecuteAsync("ALTER TABLE widgets ADD COLUMN price_cents INTEGER NOT NULL DEFAULT 0", ct);
        await Task.Delay(100, ct);
    }
}
