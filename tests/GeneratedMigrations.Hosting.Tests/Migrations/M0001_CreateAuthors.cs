namespace GeneratedMigrations.Hosting.Tests.Migrations;

[Migration(1, "create_authors")]
public sealed class CreateAuthors : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync("CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL)", ct);
}
