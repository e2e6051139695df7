namespace GeneratedMigrations.Npgsql.Tests.Migrations;

[Migration(2, "seed_notes")]
public sealed class SeedNotes : IMigration
{
    public async Task UpAsync(MigrationContext db, CancellationToken ct)
    {
        foreach (var body in new[] { "buy milk", "call home" })
        {
            await db.ExecuteAsync("INSERT INTO notes (body) VALUES (@p0)", [body], ct);
        }
    }
}
