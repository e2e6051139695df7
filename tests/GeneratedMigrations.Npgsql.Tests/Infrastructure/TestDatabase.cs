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

    /// <summary>
    /// Runs a PostgreSQL client program (psql, pg_dump) against this database, as a user would from a shell: the
    /// server's own client when the test server was started from local binaries (it sits beside them), otherwise
    /// the one on PATH. Returns its exit code and its output and errors together.
    /// </summary>
    public async Task<(int ExitCode, string Output)> RunClientAsync(string program, IReadOnlyList<string> arguments)
    {
        var connection = new NpgsqlConnectionStringBuilder(ConnectionString);
        var local = _server.Local is { } server ? Path.Combine(server.BinDirectory, program) : null;
        var start = new System.Diagnostics.ProcessStartInfo(local is not null && File.Exists(local) ? local : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = connection.Database;
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password ?? "";
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
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
    /// Everything a write to this database changes, as text, read from this database alone, so that tests writing to
    /// other databases of the same server at the same time do not show: each schema, relation (table, index, view,
    /// sequence) and function with the id of the transaction that last wrote its catalogue row (any DDL on it moves
    /// that), each row of each table with the transaction that wrote it and its place (an update, even to the same
    /// values, moves both; a delete removes the line), and each sequence's last value.
    /// </summary>
    public async Task<string> DescribeAsync()
    {
        static string In(string schemaColumn) => $"{schemaColumn} NOT LIKE 'pg\\_%' AND {schemaColumn} <> 'information_schema'";
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT 'schema ' || nspname || ' xmin ' || xmin::text FROM pg_namespace WHERE {In("nspname")} " +
            "UNION ALL SELECT 'relation ' || n.nspname || '.' || c.relname || ' ' || c.relkind::text || ' xmin ' || c.xmin::text " +
            $"FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE {In("n.nspname")} " +
            "UNION ALL SELECT 'function ' || n.nspname || '.' || p.proname || ' xmin ' || p.xmin::text " +
            $"FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE {In("n.nspname")} " +
            "UNION ALL SELECT 'rows of ' || schemaname || '.' || tablename || ': ' || query_to_xml(" +
            "format('SELECT xmin::text AS x, ctid::text AS c FROM %I.%I ORDER BY ctid', schemaname, tablename), false, false, '')::text " +
            $"FROM pg_tables WHERE {In("schemaname")} " +
            "UNION ALL SELECT 'sequence ' || schemaname || '.' || sequencename || ' ' || coalesce(last_value::text, 'unused') " +
            $"FROM pg_sequences WHERE {In("schemaname")} " +
            "ORDER BY 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new System.Text.StringBuilder();
        while (await reader.ReadAsync()) lines.AppendLine(reader.GetString(0));
        return lines.ToString();
    }

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
