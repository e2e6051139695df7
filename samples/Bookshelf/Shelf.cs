using Microsoft.Data.Sqlite;

namespace Bookshelf;

/// <summary>The app's own use of the schema the migrations built.</summary>
internal static class Shelf
{
    public static async Task<string> DescribeAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
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
