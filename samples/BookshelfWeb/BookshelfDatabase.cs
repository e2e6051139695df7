using System.Data.Common;

namespace BookshelfWeb;

/// <summary>One book as the API shows it.</summary>
public sealed record Book(long Id, string Title, string Author, long? PublishedYear, string? Isbn);

/// <summary>The app's own queries on the migrated schema: plain ADO.NET, the same SQL on SQLite and PostgreSQL.</summary>
internal static class BookshelfDatabase
{
    /// <summary>"Host=…" (or "Server=…") is how Npgsql connection strings name their server; SQLite strings never have it.</summary>
    public static bool IsPostgres(string connectionString) =>
        connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2)[0].Trim())
            .Any(key => key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase));

    /// <summary>Every book with its author, in id order, on a connection it opens and disposes.</summary>
    public static async Task<List<Book>> ListBooksAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using (connection)
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText =
                "SELECT b.id, b.title, a.first_name || ' ' || a.last_name, b.published_year, b.isbn " +
                "FROM books b JOIN authors a ON a.id = b.author_id ORDER BY b.id";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var books = new List<Book>();
            while (await reader.ReadAsync(cancellationToken))
            {
                books.Add(new Book(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.IsDBNull(3) ? null : Convert.ToInt64(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture),
                    reader.IsDBNull(4) ? null : reader.GetString(4)));
            }
            return books;
        }
    }
}
