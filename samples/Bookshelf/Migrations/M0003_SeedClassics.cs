using GeneratedMigrations;

namespace Bookshelf.Migrations;

/// <summary>Reference data every shelf starts with.</summary>
[Migration(3, "seed_classics")]
public sealed class SeedClassics : IMigration
{
    private static readonly (int Id, string Author, string Title, int Year)[] Classics =
    [
        (1, "Jane Austen", "Pride and Prejudice", 1813),
        (2, "Mary Shelley", "Frankenstein", 1818),
        (3, "Herman Melville", "Moby-Dick", 1851),
        (4, "Leo Tolstoy", "War and Peace", 1869),
    ];

    public async Task UpAsync(MigrationContext db, CancellationToken ct)
    {
        foreach (var (id, author, title, year) in Classics)
        {
            await db.ExecuteAsync("INSERT INTO authors (id, full_name) VALUES (@p0, @p1)", [id, author], ct);
            await db.ExecuteAsync("INSERT INTO books (id, title, author_id, published_year) VALUES (@p0, @p1, @p0, @p2)", [id, title, year], ct);
        }
    }
}
