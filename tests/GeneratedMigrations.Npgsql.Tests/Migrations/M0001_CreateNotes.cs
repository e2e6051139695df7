namespace GeneratedMigrations.Npgsql.Tests.Migrations;

// Compiled into AppMigrations.Catalog by the generator: the tests run the real generated path on PostgreSQL too.
[Migration(1, "create_notes")]
public sealed class CreateNotes : IMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync("CREATE TABLE notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())", ct);
}
