namespace GeneratedMigrations.Npgsql.Tests.Runner;

/// <summary><c>.sql</c> migrations on PostgreSQL: statement by statement, dollar-quoted bodies kept whole, reverted by their down SQL.</summary>
public sealed class SqlMigrationTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private const string Up = """
        CREATE TABLE notes (id bigint PRIMARY KEY, body text NOT NULL);
        -- a function whose body holds semicolons
        CREATE FUNCTION note_count() RETURNS bigint LANGUAGE plpgsql AS $fn$
        BEGIN
            RETURN (SELECT count(*) FROM notes);
        END;
        $fn$;
        INSERT INTO notes (id, body) VALUES (1, 'it''s; here'), (2, $$dollar; body$$);
        """;

    private const string Down = "DROP FUNCTION note_count(); DROP TABLE notes;";

    [Fact]
    public async Task Applies_and_reverts_a_sql_migration_with_its_down_sql()
    {
        await using var db = await server.CreateDatabaseAsync();
        var catalog = TestCatalogs.Of(RunnerSql.Sql(1, "create_notes", Up, Down));
        await using var migrator = RunnerSql.Migrator(db, catalog);

        await migrator.MigrateAsync();
        Assert.Equal(2L, await db.ScalarAsync<long>("SELECT note_count()"));
        Assert.Equal("it's; here|dollar; body", await db.ScalarAsync<string>("SELECT string_agg(body, '|' ORDER BY id) FROM notes"));

        await migrator.RevertAsync(RevertTarget.ToOrder(0));
        Assert.False(await db.TableExistsAsync("public", "notes"));
        Assert.False(await db.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'note_count')"));
        Assert.Empty(await RunnerSql.LedgerOrdersAsync(db));
    }

    [Fact]
    public async Task Runs_statements_one_by_one_so_create_index_concurrently_works_outside_a_transaction()
    {
        await using var db = await server.CreateDatabaseAsync();
        // As one multi-statement command PostgreSQL would refuse CONCURRENTLY (an implicit transaction block).
        var catalog = TestCatalogs.Of(
            RunnerSql.Table(1, "t1"),
            RunnerSql.Sql(2, "index_t1", "ALTER TABLE t1 ADD COLUMN title text; CREATE INDEX CONCURRENTLY ix_t1_title ON t1 (title);", runsInTransaction: false));
        await using var migrator = RunnerSql.Migrator(db, catalog);

        await migrator.MigrateAsync();

        Assert.True(await db.ScalarAsync<bool>("SELECT to_regclass('public.ix_t1_title') IS NOT NULL"));
        Assert.Equal(new long[] { 1, 2 }, await RunnerSql.LedgerOrdersAsync(db));
    }

    [Fact]
    public async Task Sending_the_same_file_as_one_command_is_refused_by_the_server()
    {
        // The control for the test above: it would pass for the wrong reason if the server accepted the batch.
        await using var db = await server.CreateDatabaseAsync();
        await db.ExecuteAsync("CREATE TABLE t1 (id bigint PRIMARY KEY)");

        var exception = await Assert.ThrowsAsync<global::Npgsql.PostgresException>(() =>
            db.ExecuteAsync("ALTER TABLE t1 ADD COLUMN title text; CREATE INDEX CONCURRENTLY ix_t1_title ON t1 (title);"));

        Assert.Equal(global::Npgsql.PostgresErrorCodes.ActiveSqlTransaction, exception.SqlState);
    }
}
