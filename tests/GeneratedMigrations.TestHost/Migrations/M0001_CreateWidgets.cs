using GeneratedMigrations;

namespace GeneratedMigrations.TestHost.Migrations;

[Migration(1, "create_widgets")]
public sealed class CreateWidgets : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync("CREATE TABLE widgets (id INTEGER PRIMARY KEY, name TEXT NOT NULL)", ct);
}
