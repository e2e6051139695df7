using Npgsql;

namespace GeneratedMigrations.Npgsql.Tests;

/// <summary>A fleet of PostgreSQL databases on one server (one per tenant), migrated by one call, a bounded number at a time.</summary>
public sealed class FleetTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Migrates_every_database_of_the_fleet_and_reports_the_unreachable_one_by_server_and_name_only()
    {
        var tenants = new List<TestDatabase>();
        try
        {
            for (var i = 0; i < 4; i++) tenants.Add(await server.CreateDatabaseAsync());
            var missing = new NpgsqlConnectionStringBuilder(tenants[0].ConnectionString) { Database = "gm_no_such_tenant" }.ConnectionString;
            var connections = tenants.Select(t => t.ConnectionString).Take(2).Append(missing).Concat(tenants.Skip(2).Select(t => t.ConnectionString)).ToList();
            var fleet = new MigrationFleet(TestCatalogs.Of(TestCatalogs.Items()), new MigrationFleetOptions { Parallelism = 2 });

            var result = await fleet.MigrateAsync(FleetDatabase.FromConnectionStrings(connections, cs => new NpgsqlMigrationStore(cs)));

            Assert.Equal(
                [FleetOutcome.Migrated, FleetOutcome.Migrated, FleetOutcome.Failed, FleetOutcome.Migrated, FleetOutcome.Migrated],
                result.Databases.Select(d => d.Outcome));
            var failed = result.Databases[2];
            Assert.EndsWith("/gm_no_such_tenant", failed.Database, StringComparison.Ordinal);
            Assert.IsType<MigrationDatabaseException>(failed.Error);
            var password = new NpgsqlConnectionStringBuilder(missing).Password;
            if (!string.IsNullOrEmpty(password)) Assert.DoesNotContain(password, failed.Error!.Message, StringComparison.Ordinal);
            foreach (var tenant in tenants)
            {
                Assert.Equal(3L, await tenant.ScalarAsync<long>("SELECT count(*) FROM public.__migration_ledger"));
            }

            var verified = await fleet.VerifyAsync(FleetDatabase.FromConnectionStrings(tenants.Select(t => t.ConnectionString), cs => new NpgsqlMigrationStore(cs)));
            Assert.Equal(4, verified.Count(FleetOutcome.UpToDate));
        }
        finally
        {
            foreach (var tenant in tenants) await tenant.DisposeAsync();
        }
    }
}
