using System.Data.Common;

namespace Bookshelf;

/// <summary>The app's own use of the schema the migrations built; plain ADO.NET, so it runs on SQLite and PostgreSQL alike.</summary>
internal static class Shelf
{
    /// <summary>Describes the shelf, on a connection of the chosen provider, which it opens and disposes.</summary>
    public static async Task<string> DescribeAsync(DbConnection connection)
    {
        await using (connection)
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText =
                "SELECT (SELECT COUNT(*) FROM books), (SELECT COUNT(*) FROM authors), " +
                "(SELECT first_name || ' ' || last_name FROM authors ORDER BY id LIMIT 1)";
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return $"Shelf: {reader.GetInt64(0)} books by {reader.GetInt64(1)} authors (first author: {reader.GetString(2)}).";
        }
    }
}
