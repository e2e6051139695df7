using GeneratedMigrations;

namespace GeneratedMigrations.TestHost.Migrations;

/// <summary>
/// A migration that runs outside a transaction (on PostgreSQL, CREATE INDEX CONCURRENTLY cannot run inside one).
/// It is idempotent, so forgetting it after a crash and running it again is safe. Killed between its two indexes
/// (<c>--hang-in 8</c>), it leaves the first index behind: the partial change a repair is about.
/// </summary>
[Migration(8, "index_orders_concurrently", Transactional = false)]
public sealed class IndexOrdersConcurrently : IMigration
{
    public async Task UpAsync(MigrationContext db, CancellationToken ct)
    {
        var concurrently = HostBehaviour.Engine == DatabaseEngine.Postgres ? "CONCURRENTLY " : "";
        await db.ExecuteAsync($"CREATE INDEX {concurrently}IF NOT EXISTS ix_orders_quantity ON orders (quantity)", ct);
        await HostBehaviour.HangIfAskedAsync(8, ct);
        await db.ExecuteAsync($"CREATE INDEX {concurrently}IF NOT EXISTS ix_orders_widget_quantity ON orders (widget_id, quantity)", ct);
    }
}
