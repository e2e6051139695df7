// Class migrations 1, 2 and 4; the test adds .sql migrations 3 (with a down file) and 5 (no-transaction) between and after them.
// file: Migrations/Catalog.cs
using System.Threading;
using System.Threading.Tasks;
using GeneratedMigrations;

namespace Shop.Migrations;

[Migration(1, "create_authors")]
public sealed class CreateAuthors : IReversibleMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE authors (id INTEGER PRIMARY KEY)", ct);

    public Task DownAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync("DROP TABLE authors", ct);
}

[Migration(2, "create_books")]
public sealed class CreateBooks : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE books (id INTEGER PRIMARY KEY)", ct);
}

[Migration(4, "add_book_isbn")]
public sealed class AddBookIsbn : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync("ALTER TABLE books ADD COLUMN isbn TEXT", ct);
}
