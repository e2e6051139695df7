using System.Globalization;
using Npgsql;

namespace GeneratedMigrations.Npgsql.Tests.Infrastructure;

/// <summary>
/// A collection for PostgreSQL test classes that must not run beside each other. Most classes need not: each takes
/// <see cref="PostgresServer"/> as a class fixture and works in databases of its own, so the classes run in parallel.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    /// <summary>The collection's name, for <c>[Collection(PostgresCollection.Name)]</c>.</summary>
    public const string Name = "PostgreSQL server";
}

/// <summary>
/// A real PostgreSQL server for the tests. When <c>GM_TEST_POSTGRES</c> holds a connection string (of a role
/// that may create databases), that server is used; otherwise a private server is started from the installed
/// binaries in a temporary folder, once per test run, shared by every test class (each fixture instance is a
/// handle to it), and removed when the test process exits. Each test gets its own database, so test classes that
/// run in parallel never see each other's writes.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    /// <summary>Environment variable that points the tests at an existing server instead of a private one.</summary>
    public const string EnvironmentVariable = LocalPostgres.ExternalServerVariable;

    private static readonly SemaphoreSlim StartGate = new(1, 1);
    private static (string AdminConnectionString, string Description, LocalPostgres? Local)? shared;

    private readonly List<string> _databases = [];
    private string _adminConnectionString = "";

    /// <summary>Where the server came from, for messages.</summary>
    public string Description { get; private set; } = "";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await StartGate.WaitAsync();
        try
        {
            shared ??= await StartAsync();
        }
        finally
        {
            StartGate.Release();
        }
        (_adminConnectionString, Description, Local) = shared.Value;
    }

    /// <summary>The private server when the tests started one (null when <c>GM_TEST_POSTGRES</c> names a server): its log and programs.</summary>
    internal LocalPostgres? Local { get; private set; }

    private static async Task<(string, string, LocalPostgres?)> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external)) return (external, $"the server named by {EnvironmentVariable}", null);

        var local = await LocalPostgres.StartAsync();
        // xunit v2 has no fixture for the whole assembly: the server goes with the test process (and a server left
        // by a process that was killed is removed by the next run, see LocalPostgres).
        AppDomain.CurrentDomain.ProcessExit += (_, _) => local.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return (local.AdminConnectionString, $"a private server on 127.0.0.1:{local.Port.ToString(CultureInfo.InvariantCulture)} in {local.Folder}", local);
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
        // Databases a failed test left behind; the server stays for the other classes.
        string[] leftovers;
        lock (_databases) leftovers = [.. _databases];
        foreach (var name in leftovers) await DropDatabaseAsync(name);
    }
}
