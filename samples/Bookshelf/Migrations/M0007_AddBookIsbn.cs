using GeneratedMigrations;

namespace Bookshelf.Migrations;

[Migration(7, "add_book_isbn")]
public sealed class AddBookIsbn : IMigration
{
    public async Task UpAsync(MigrationContext db, CancellationToken ct)
    {
        await db.ExecuteAsync("ALTER TABLE books ADD COLUMN isbn TEXT", ct);
        await db.ExecuteAsync("CREATE UNIQUE INDEX ux_books_isbn ON books (isbn)", ct);
    }
}
