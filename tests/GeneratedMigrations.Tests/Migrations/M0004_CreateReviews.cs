namespace GeneratedMigrations.Tests.Migrations;

/// <summary>Takes a known minimum time, so tests can check that the ledger records a real duration.</summary>
[Migration(4, "create_reviews")]
public sealed class CreateReviews : IMigration
{
    public const int MinimumDurationMs = 50;

    public async Task UpAsync(MigrationContext db, CancellationToken ct)
    {
        await db.ExecuteAsync("CREATE TABLE reviews (id INTEGER PRIMARY KEY, book_id INTEGER NOT NULL, stars INTEGER NOT NULL)", ct);
        await Task.Delay(MinimumDurationMs, ct);
    }
}
