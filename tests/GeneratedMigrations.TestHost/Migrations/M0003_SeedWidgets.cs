using GeneratedMigrations;

namespace GeneratedMigrations.TestHost.Migrations;

/// <summary>The data migration: applied twice, it fails on the widgets key or leaves two seed_log rows.</summary>
[Migration(3, "seed_widgets")]
public sealed class SeedWidgets : IMigration
{
    public async Task UpAsync(MigrationContext db, CancellationToken ct)
    {
        await db.ExecuteAsync("INSERT INTO widgets (id, name) VALUES (1, 'sprocket'), (2, 'gear')", ct);
        await db.ExecuteAsync("INSERT INTO seed_log (migration, pid) VALUES (@p0, @p1)", ["seed_widgets", Environment.ProcessId], ct);
    }
}
