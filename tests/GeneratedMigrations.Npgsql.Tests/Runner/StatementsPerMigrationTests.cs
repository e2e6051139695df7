namespace GeneratedMigrations.Npgsql.Tests.Runner;

/// <summary>
/// Issue 12, cause 3: what each migration costs in round trips to the server. A raw loop needs four statements per
/// migration (BEGIN, the migration, the ledger insert, COMMIT); fencing may add one (the fenced lock check), no more.
/// Counted in the server's log (<c>log_statement = all</c>) as the difference between runs of 20 and of 10
/// migrations, so what a run costs once (ledger read, lock, fence) cancels out.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StatementsPerMigrationTests(PostgresServer server)
{
    [Fact]
    public async Task Each_migration_sends_at_most_five_statements_to_the_server()
    {
        var local = server.Local ?? throw new InvalidOperationException(
            $"This test reads the private test server's log; unset {PostgresServer.EnvironmentVariable} to run it.");

        var ten = await StatementsToMigrateAsync(local, 10);
        var twenty = await StatementsToMigrateAsync(local, 20);

        var perMigration = (twenty - ten) / 10.0;
        Assert.True(perMigration <= 5.0, $"{perMigration} statements per migration (10 migrations: {ten} statements, 20: {twenty}).");
        Assert.True(perMigration >= 4.0, $"Fewer statements than a migration needs: the log was not read right ({ten}, {twenty}).");
    }

    private async Task<int> StatementsToMigrateAsync(LocalPostgres local, int count)
    {
        await using var db = await server.CreateDatabaseAsync();
        await db.ExecuteAsync($"ALTER DATABASE \"{db.Name}\" SET log_statement = 'all'");
        // The setting reaches new sessions only, and the store would reuse the pooled one that ran it.
        using (var pooled = new global::Npgsql.NpgsqlConnection(db.ConnectionString)) global::Npgsql.NpgsqlConnection.ClearPool(pooled);
        var catalog = TestCatalogs.Of([.. Enumerable.Range(1, count).Select(i => TestCatalogs.Sql(i, "create_t" + i, $"CREATE TABLE t{i} (id bigint)"))]);
        var before = local.LogLength;
        await using (var migrator = new Migrator(catalog, new NpgsqlMigrationStore(db.ConnectionString)))
        {
            Assert.Equal(count, (await migrator.MigrateAsync()).Applied.Count);
        }
        return local.StatementsLoggedSince(before, db.Name);
    }
}
