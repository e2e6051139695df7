using System.Threading;
using System.Threading.Tasks;
using GeneratedMigrations;

namespace Library.Data.Migrations;

[Migration(1, "create_books")]
public sealed class CreateBooks : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE books (id INTEGER PRIMARY KEY)", ct);
}
