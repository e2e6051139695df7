using Npgsql;

namespace GeneratedMigrations.Npgsql.Tests.Infrastructure;

/// <summary>A database of its own for one test, with small helpers to look at it from outside the store.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly PostgresServer _server;

    internal TestDatabase(PostgresServer server, string name, string connectionString)
    {
        _server = server;
        Name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The database's name.</summary>
    public string Name { get; }

    /// <summary>A connection string to it, with the password.</summary>
    public string ConnectionString { get; }

    /// <summary>Opens a connection of the test's own, outside any store.</summary>
    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Runs SQL that returns no rows.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs a query and returns the first column of the first row.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Whether a table exists, by schema and exact name.</summary>
    public Task<bool> TableExistsAsync(string schema, string table) =>
        ScalarAsync<bool>($"SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = '{schema}' AND tablename = '{table}')");

    /// <summary>Whether a schema exists.</summary>
    public Task<bool> SchemaExistsAsync(string schema) =>
        ScalarAsync<bool>($"SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = '{schema}')");

    /// <summary>
    /// The next transaction id the server will assign. It moves only when some transaction writes
    /// (rows, DDL, sequences), so an unchanged value proves that nothing wrote in between.
    /// </summary>
    public Task<long> NextTransactionIdAsync() =>
        ScalarAsync<long>("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint");

    /// <summary>The ledger as stored, one line per row, with each row's xmin (the transaction that wrote it).</summary>
    public async Task<IReadOnlyList<string>> LedgerRowsAsync(string table = "public.__migration_ledger")
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT xmin::text, migration_order, name, checksum, status, applied_at, duration_ms, applied_by FROM {table} ORDER BY migration_order", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(string.Join(" | ", values));
        }
        return rows;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }
        await _server.DropDatabaseAsync(Name);
    }
}
