using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace GeneratedMigrations.Npgsql.Tests.ExactlyOnce;

/// <summary>
/// Issue 8 #6: <see cref="NpgsqlMigrationStoreOptions.LockConnectionString"/> is what the lock session connects with
/// (so it can bypass a pooler); everything else keeps using the main connection string.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class LockConnectionStringTests(PostgresServer server)
{
    [Fact]
    public async Task The_lock_session_connects_with_the_lock_connection_string_and_reads_use_the_main_one()
    {
        await using var db = await server.CreateDatabaseAsync();
        var unreachable = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Port = ClosedPort(), Timeout = 3 }.ConnectionString;
        await using var migrator = new Migrator(Catalog(), new NpgsqlMigrationStore(db.ConnectionString, new() { LockConnectionString = unreachable }));

        var status = await migrator.GetStatusAsync();
        var exception = await Assert.ThrowsAsync<MigrationDatabaseException>(() => migrator.MigrateAsync());

        Assert.Equal([1L], status.Pending.Select(p => p.Order));
        Assert.Null(exception.Order);
        Assert.Contains("Nothing was applied.", exception.Message, StringComparison.Ordinal);
        var lockServer = new NpgsqlConnectionStringBuilder(unreachable);
        Assert.Contains($"the lock session's server postgresql://{lockServer.Host}:{lockServer.Port}/{lockServer.Database} (LockConnectionString) could not be reached", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(lockServer.Password!, exception.Message, StringComparison.Ordinal);
        Assert.False(await db.TableExistsAsync("public", "t1"));
    }

    [Fact]
    public async Task A_lock_connection_string_with_another_role_holds_the_lock_as_that_role_while_migrations_run_as_the_main_one()
    {
        await using var db = await server.CreateDatabaseAsync();
        var role = "locker_" + db.Name;
        await db.ExecuteAsync($"CREATE ROLE {role} LOGIN PASSWORD 'locker'");
        try
        {
            var lockConnection = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Username = role, Password = "locker" }.ConnectionString;
            var seen = new SessionRolesMigration();
            var catalog = TestCatalogs.Of(new MigrationDescriptor(1, "look_at_the_sessions", "checksum-sessions", false, "Tests.Sessions", () => seen));
            await using (var migrator = new Migrator(catalog, new NpgsqlMigrationStore(db.ConnectionString, new() { LockConnectionString = lockConnection })))
            {
                await migrator.MigrateAsync();
            }

            Assert.Equal((role, new NpgsqlConnectionStringBuilder(db.ConnectionString).Username), (seen.LockRole, seen.MigrationRole));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await db.ExecuteAsync($"DROP ROLE {role}");
        }
    }

    private static MigrationCatalog Catalog() => TestCatalogs.Of(TestCatalogs.Sql(1, "create_t1", "CREATE TABLE t1 (id bigint)"));

    /// <summary>A local port nothing listens on: bound, then freed.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Reads, during the run, which role holds the lock session and which runs the migration.</summary>
    private sealed class SessionRolesMigration : IMigration
    {
        public string? LockRole { get; private set; }

        public string? MigrationRole { get; private set; }

        public async Task UpAsync(MigrationContext db, CancellationToken cancellationToken)
        {
            LockRole = (string?)await db.ExecuteScalarAsync(
                "SELECT usename::text FROM pg_stat_activity WHERE datname = current_database() AND " + Sessions.LockSession, cancellationToken);
            MigrationRole = (string?)await db.ExecuteScalarAsync("SELECT current_user::text", cancellationToken);
        }
    }
}
