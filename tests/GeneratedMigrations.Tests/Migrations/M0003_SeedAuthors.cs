namespace GeneratedMigrations.Tests.Migrations;

/// <summary>A data migration. Nothing depends on it, so tests can leave it out to make it pending out of order.</summary>
[Migration(3, "seed_authors")]
public sealed class SeedAuthors : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync("INSERT INTO authors (id, name) VALUES (1, 'Ursula K. Le Guin'), (2, 'Italo Calvino')", ct);
}
