using GeneratedMigrations;

namespace Bookshelf.Migrations;

[Migration(6, "index_books_by_title")]
public sealed class IndexBooksByTitle : IReversibleMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync("CREATE INDEX ix_books_title ON books (title)", ct);

    public Task DownAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync("DROP INDEX ix_books_title", ct);
}
