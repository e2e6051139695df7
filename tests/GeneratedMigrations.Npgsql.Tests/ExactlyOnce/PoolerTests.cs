namespace GeneratedMigrations.Npgsql.Tests.ExactlyOnce;

/// <summary>
/// Issue 8 #6, through a real PgBouncer: a session advisory lock cannot be held through a pooler in transaction mode
/// (the server session goes back to the pool, lock and all, and the next client would take the lock again), so the
/// store refuses before it changes anything; <see cref="NpgsqlMigrationStoreOptions.LockConnectionString"/> to the
/// server lets migrations go through the pooler; a pooler in session mode works as it is.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PoolerTests(PostgresServer server)
{
    [PgBouncerFact]
    public async Task A_runner_behind_a_pooler_in_transaction_mode_is_refused_before_it_changes_anything()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var bouncer = await LocalPgBouncer.StartAsync(db.ConnectionString, "transaction");
        await using var migrator = new Migrator(Catalog(), new NpgsqlMigrationStore(bouncer.ConnectionString));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => migrator.MigrateAsync());

        Assert.Contains("transaction mode", exception.Message, StringComparison.Ordinal);
        Assert.Contains("LockConnectionString", exception.Message, StringComparison.Ordinal);
        Assert.Contains(db.Name, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", exception.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(await db.TableExistsAsync("public", "t1"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"));
    }

    [PgBouncerFact]
    public async Task Migrations_go_through_a_pooler_in_transaction_mode_when_the_lock_session_connects_to_the_server()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var bouncer = await LocalPgBouncer.StartAsync(db.ConnectionString, "transaction");
        var store = new NpgsqlMigrationStore(bouncer.ConnectionString, new() { LockConnectionString = db.ConnectionString });
        await using (var migrator = new Migrator(Catalog(), store))
        {
            var result = await migrator.MigrateAsync();
            Assert.Equal([1L, 2L], result.Applied.Select(a => a.Order));
        }

        Assert.Equal(2L, await db.ScalarAsync<long>("SELECT count(*) FROM t1"));
        Assert.Equal(2, (await db.LedgerRowsAsync()).Count);
    }

    [PgBouncerFact]
    public async Task A_runner_behind_a_pooler_in_session_mode_takes_the_lock_and_migrates()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var bouncer = await LocalPgBouncer.StartAsync(db.ConnectionString, "session");
        await using (var migrator = new Migrator(Catalog(), new NpgsqlMigrationStore(bouncer.ConnectionString)))
        {
            var result = await migrator.MigrateAsync();
            Assert.Equal([1L, 2L], result.Applied.Select(a => a.Order));
        }

        Assert.Equal(2L, await db.ScalarAsync<long>("SELECT count(*) FROM t1"));
    }

    private static MigrationCatalog Catalog() => TestCatalogs.Of(
        TestCatalogs.Sql(1, "create_t1", "CREATE TABLE t1 (id bigint PRIMARY KEY)"),
        TestCatalogs.Sql(2, "seed_t1", "INSERT INTO t1 (id) VALUES (1), (2)"));
}

/// <summary>
/// The same guard without a pooler: a pooled connection that does not reset its session (No Reset On Close) can carry a
/// lock an earlier user of the data source left behind; the store must not take it again as if it were free.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class LeakedSessionLockTests(PostgresServer server)
{
    [Fact]
    public async Task A_lock_session_handed_a_server_session_that_already_holds_the_lock_is_refused()
    {
        await using var db = await server.CreateDatabaseAsync();
        var builder = new global::Npgsql.NpgsqlConnectionStringBuilder(db.ConnectionString) { MaxPoolSize = 1, NoResetOnClose = true };
        await using var dataSource = global::Npgsql.NpgsqlDataSource.Create(builder.ConnectionString);
        var store = new NpgsqlMigrationStore(dataSource);
        await using (var leaked = await dataSource.OpenConnectionAsync())
        {
            await using var take = leaked.CreateCommand();
            take.CommandText = $"SELECT pg_advisory_lock({store.AdvisoryLockKey})";
            await take.ExecuteScalarAsync();
        }
        await using var migrator = new Migrator(TestCatalogs.Of(TestCatalogs.Sql(1, "create_t1", "CREATE TABLE t1 (id bigint)")), store);

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => migrator.MigrateAsync());

        Assert.Contains("already holds the lock", exception.Message, StringComparison.Ordinal);
        Assert.False(await db.TableExistsAsync("public", "t1"));
    }
}
