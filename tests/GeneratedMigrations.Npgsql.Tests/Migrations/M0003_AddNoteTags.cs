namespace GeneratedMigrations.Npgsql.Tests.Migrations;

[Migration(3, "add_note_tags")]
public sealed class AddNoteTags : IReversibleMigration
{
    public Task UpAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync("ALTER TABLE notes ADD COLUMN tags text[] NOT NULL DEFAULT '{}'; CREATE INDEX ix_notes_tags ON notes USING gin (tags)", ct);

    public Task DownAsync(MigrationContext db, CancellationToken ct) =>
        db.ExecuteAsync("DROP INDEX ix_notes_tags; ALTER TABLE notes DROP COLUMN tags", ct);
}
