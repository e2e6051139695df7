using GeneratedMigrations;

namespace GeneratedMigrations.TestHost.Migrations;

/// <summary>A table without a key: a data migration applied twice shows up here as a duplicate row.</summary>
[Migration(2, "create_seed_log")]
public sealed class CreateSeedLog : IMigration
{
    public async Task UpAsync(MigrationContext db, CancellationToken ct)
    {
        await db.ExecuteAsync("CREATE TABLE seed_log (migration TEXT NOT NULL, pid INTEGER NOT NULL)", ct);
        // Holds the write lock a while, so that concurrent hosts really overlap.
        await Task.Delay(150, ct);
    }
}
