using System.Globalization;
using Npgsql;

namespace GeneratedMigrations.Npgsql.Tests.Infrastructure;

/// <summary>The collection every PostgreSQL test class joins, so that one server serves them all.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    /// <summary>The collection's name, for <c>[Collection(PostgresCollection.Name)]</c>.</summary>
    public const string Name = "PostgreSQL server";
}

/// <summary>
/// A real PostgreSQL server for the tests. When <c>GM_TEST_POSTGRES</c> holds a connection string (of a role
/// that may create databases), that server is used; otherwise a private server is started from the installed
/// binaries in a temporary folder and removed at the end. Each test gets its own database.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    /// <summary>Environment variable that points the tests at an existing server instead of a private one.</summary>
    public const string EnvironmentVariable = "GM_TEST_POSTGRES";

    private readonly List<string> _databases = [];
    private LocalPostgres? _local;
    private string _adminConnectionString = "";

    /// <summary>Where the server came from, for messages.</summary>
    public string Description { get; private set; } = "";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            _adminConnectionString = external;
            Description = $"the server named by {EnvironmentVariable}";
        }
        else
        {
            _local = await LocalPostgres.StartAsync();
            _adminConnectionString = _local.AdminConnectionString;
            Description = $"a private server on 127.0.0.1:{_local.Port.ToString(CultureInfo.InvariantCulture)} in {_local.Folder}";
        }
    }

    /// <summary>Creates a fresh, empty database for one test; disposing it drops it.</summary>
    public async Task<TestDatabase> CreateDatabaseAsync()
    {
        var name = "gm_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            // The name is made here of hex digits, so it needs no quoting beyond the identifier quotes. Copying the
            // template's files (PostgreSQL 15+) is several times faster than WAL-logging it on a server without fsync.
            var strategy = connection.PostgreSqlVersion.Major >= 15 ? " STRATEGY FILE_COPY" : "";
            command.CommandText = $"CREATE DATABASE \"{name}\"{strategy}";
            await command.ExecuteNonQueryAsync();
        }
        lock (_databases) _databases.Add(name);
        var connectionString = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, Pooling = true }.ConnectionString;
        return new TestDatabase(this, name, connectionString);
    }

    internal async Task DropDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // FORCE (PostgreSQL 13+) ends sessions a failed test may have left open.
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
        lock (_databases) _databases.Remove(name);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_local is not null)
        {
            // The whole server goes, databases included.
            await _local.DisposeAsync();
            return;
        }
        string[] leftovers;
        lock (_databases) leftovers = [.. _databases];
        foreach (var name in leftovers) await DropDatabaseAsync(name);
    }
}
