// A typical project: migrations spread over files and namespaces, declared out of order.
// file: Migrations/Library.cs
using System.Threading;
using System.Threading.Tasks;
using GeneratedMigrations;

namespace Shop.Migrations.Library;

[Migration(20, "add_book_isbn")]
public sealed class AddBookIsbn : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync("ALTER TABLE books ADD COLUMN isbn TEXT", ct);
}

/// <summary>The one reversible migration.</summary>
[Migration(3, "create_books")]
public sealed class CreateBooks : IReversibleMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync(
            """
            CREATE TABLE books (
                id INTEGER PRIMARY KEY,
                title TEXT NOT NULL
            )
            """, ct);

    public Task DownAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync("DROP TABLE books", ct);
}

// file: Migrations/Accounts.cs
using System.Threading;
using System.Threading.Tasks;
using GeneratedMigrations;

namespace Shop.Accounts
{
    public static class AccountMigrations
    {
        // A public class nested in a public one is reachable from the catalogue.
        [Migration(1, "create_users")]
        public sealed class CreateUsers : IMigration
        {
            public Task UpAsync(MigrationContext db, CancellationToken ct) =>
                db.ExecuteAsync("CREATE TABLE users (id INTEGER PRIMARY KEY, login TEXT NOT NULL)", ct);
        }
    }

    // A name with a quote and a backslash must come out as a valid, equal C# string.
    [Migration(7, "import \"legacy\" users from C:\\old\\users.csv")]
    internal sealed class ImportLegacyUsers : IMigration
    {
        public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
    }
}

// file: GlobalMigration.cs
using System.Threading;
using System.Threading.Tasks;
using GeneratedMigrations;

// No namespace at all.
[Migration(5, "add_user_email")]
public class AddUserEmail : IMigration
{
    public AddUserEmail()
    {
    }

    public Task UpAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync(@"ALTER TABLE users
ADD COLUMN email TEXT", ct);
}
