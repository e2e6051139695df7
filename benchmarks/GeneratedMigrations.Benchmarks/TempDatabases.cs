using Microsoft.Data.Sqlite;

namespace MigrationBenchmarks;

/// <summary>SQLite files in a temp folder of their own, deleted at the end.</summary>
public sealed class TempDatabases : IDisposable
{
    /// <summary>Creates an empty folder under the system temp folder.</summary>
    public TempDatabases(string purpose)
    {
        Folder = Path.Combine(Path.GetTempPath(), $"gm-bench-{purpose}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The folder holding the files.</summary>
    public string Folder { get; }

    /// <summary>The connection string of <c>{name}.db</c> in the folder, with the provider's defaults (pooling on).</summary>
    public string ConnectionString(string name) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(Folder, name + ".db") }.ToString();

    /// <summary>Replaces <c>{name}.db</c> with a new, empty database file and returns its connection string.</summary>
    public string Fresh(string name)
    {
        // Pooled connections keep the old file open; close them before deleting it.
        SqliteConnection.ClearAllPools();
        var path = Path.Combine(Folder, name + ".db");
        foreach (var suffix in new[] { "", "-journal", "-wal", "-shm" }) File.Delete(path + suffix);
        using (var connection = new SqliteConnection(ConnectionString(name) + ";Pooling=False"))
        {
            connection.Open();
        }
        return ConnectionString(name);
    }

    /// <summary>Closes pooled connections and deletes the folder.</summary>
    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a late finaliser: the temp folder is cleaned by the system.
        }
    }
}
