using GeneratedMigrations;

namespace Bookshelf.Migrations;

/// <summary>
/// Moves data, not only schema: splits authors.full_name into first and last names. Done in C# so the
/// same migration runs on SQLite and PostgreSQL, whose string functions differ.
/// </summary>
[Migration(4, "split_author_names")]
public sealed class SplitAuthorNames : IMigration
{
    public async Task UpAsync(MigrationContext db, CancellationToken ct)
    {
        await db.ExecuteAsync("ALTER TABLE authors ADD COLUMN first_name TEXT NOT NULL DEFAULT ''", ct);
        await db.ExecuteAsync("ALTER TABLE authors ADD COLUMN last_name TEXT NOT NULL DEFAULT ''", ct);

        var authors = new List<(long Id, string FullName)>();
        await using (var query = db.CreateCommand("SELECT id, full_name FROM authors ORDER BY id"))
        await using (var reader = await query.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) authors.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        foreach (var (id, fullName) in authors)
        {
            var space = fullName.LastIndexOf(' ');
            var first = space < 0 ? "" : fullName[..space];
            var last = space < 0 ? fullName : fullName[(space + 1)..];
            await db.ExecuteAsync("UPDATE authors SET first_name = @p0, last_name = @p1 WHERE id = @p2", [first, last, id], ct);
        }
    }
}
