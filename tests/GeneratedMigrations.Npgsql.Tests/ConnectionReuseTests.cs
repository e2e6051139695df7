using Npgsql;

namespace GeneratedMigrations.Npgsql.Tests;

/// <summary>
/// A warm app (a health check, a loop over tenants, a runner per request) creates a runner per call: the runners share
/// Npgsql's pool for the connection string, so calls after the first open no new server session; and a run with
/// nothing to apply never opens the lock session.
/// </summary>
public sealed class ConnectionReuseTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private const int Calls = 8;

    [Fact]
    public async Task Eight_runners_in_one_process_use_one_server_session_for_their_up_to_date_checks()
    {
        await using var db = await server.CreateDatabaseAsync();
        var catalog = TestCatalogs.Of(TestCatalogs.Items());
        // Our own application name marks the sessions the runners open (the lock session names itself).
        var applicationName = "gm-reuse-" + Guid.NewGuid().ToString("N")[..12];
        var connectionString = new NpgsqlConnectionStringBuilder(db.ConnectionString) { ApplicationName = applicationName }.ConnectionString;
        await using (var first = new Migrator(catalog, new NpgsqlMigrationStore(connectionString)))
        {
            Assert.Equal(3, (await first.MigrateAsync()).Applied.Count);
        }

        var sessions = new HashSet<(int Pid, DateTime Started)>();
        for (var call = 0; call < Calls; call++)
        {
            await using (var migrator = new Migrator(catalog, new NpgsqlMigrationStore(connectionString)))
            {
                Assert.True((await migrator.MigrateAsync()).WasUpToDate);
            }
            await using (var verifier = new Migrator(catalog, new NpgsqlMigrationStore(connectionString)))
            {
                await verifier.VerifyAsync();
            }
            var open = await SessionsNamedAsync(db, applicationName);
            Assert.NotEmpty(open); // the runner's connection went back to the pool, still open
            sessions.UnionWith(open);
        }

        // Every check after the first migration reused the pooled session the migration left behind.
        Assert.Single(sessions);
    }

    [Fact]
    public async Task An_up_to_date_run_and_a_verify_never_open_the_lock_session()
    {
        await using var db = await server.CreateDatabaseAsync();
        var catalog = TestCatalogs.Of(TestCatalogs.Items());
        await using (var first = new Migrator(catalog, new NpgsqlMigrationStore(db.ConnectionString)))
        {
            await first.MigrateAsync();
        }
        // A lock session would have to go to a port where nothing listens: opening it would fail the run.
        var unreachable = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Port = 1, Timeout = 2 }.ConnectionString;
        var options = new NpgsqlMigrationStoreOptions { LockConnectionString = unreachable };

        await using (var migrator = new Migrator(catalog, new NpgsqlMigrationStore(db.ConnectionString, options)))
        {
            Assert.True((await migrator.MigrateAsync()).WasUpToDate);
            await migrator.VerifyAsync();
        }

        // The same store does need the lock as soon as there is something to apply, and fails to get it there.
        var more = TestCatalogs.Of([.. TestCatalogs.Items(), TestCatalogs.Sql(4, "create_more", "CREATE TABLE more (id bigint)")]);
        await using var pending = new Migrator(more, new NpgsqlMigrationStore(db.ConnectionString, options));
        await Assert.ThrowsAnyAsync<MigrationException>(() => pending.MigrateAsync());
        Assert.False(await db.TableExistsAsync("public", "more"));
    }

    private static async Task<IReadOnlyList<(int, DateTime)>> SessionsNamedAsync(TestDatabase db, string applicationName)
    {
        await using var connection = await db.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pid, backend_start FROM pg_stat_activity WHERE application_name = @name", connection);
        command.Parameters.AddWithValue("name", applicationName);
        await using var reader = await command.ExecuteReaderAsync();
        var sessions = new List<(int, DateTime)>();
        while (await reader.ReadAsync()) sessions.Add((reader.GetInt32(0), reader.GetDateTime(1)));
        return sessions;
    }
}
