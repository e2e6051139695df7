using GeneratedMigrations;

namespace Bookshelf.Migrations;

[Migration(2, "create_books")]
public sealed class CreateBooks : IReversibleMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync(
            """
            CREATE TABLE books (
                id INTEGER PRIMARY KEY,
                title TEXT NOT NULL,
                author_id INTEGER NOT NULL REFERENCES authors (id),
                published_year INTEGER
            )
            """, ct);

    public Task DownAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync("DROP TABLE books", ct);
}
