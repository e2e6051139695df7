namespace GeneratedMigrations.Hosting.Tests.Migrations;

[Migration(2, "create_books")]
public sealed class CreateBooks : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync("CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT NOT NULL, author_id INTEGER REFERENCES authors (id))", ct);
}
