using GeneratedMigrations;

namespace Bookshelf.Migrations;

[Migration(5, "create_loans")]
public sealed class CreateLoans : IReversibleMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync(
            """
            CREATE TABLE loans (
                id INTEGER PRIMARY KEY,
                book_id INTEGER NOT NULL REFERENCES books (id),
                borrower TEXT NOT NULL,
                lent_on TEXT NOT NULL,
                returned_on TEXT
            )
            """, ct);

    public Task DownAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync("DROP TABLE loans", ct);
}
