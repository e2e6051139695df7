using System.Threading;
using System.Threading.Tasks;
using GeneratedMigrations;

namespace Shop.Migrations;

[Migration(1, "create_books")]
public sealed class CreateBooks : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE books (id INTEGER PRIMARY KEY)", ct);
}

// Invalid on its own: excluded, reported, and the rest of the catalogue is still emitted.
[Migration(2, "abstract_base")]
public abstract class AbstractBase : IMigration
{
    public abstract Task UpAsync(MigrationContext db, CancellationToken ct);
}

// Invalid together: both excluded, both reported.
[Migration(3, "create_loans")]
public sealed class CreateLoans : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE loans (id INTEGER PRIMARY KEY)", ct);
}

[Migration(3, "create_members")]
public sealed class CreateMembers : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE members (id INTEGER PRIMARY KEY)", ct);
}

[Migration(4, "add_book_isbn")]
public sealed class AddBookIsbn : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync("ALTER TABLE books ADD COLUMN isbn TEXT", ct);
}
