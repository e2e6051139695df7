namespace GeneratedMigrations.Npgsql.Tests.Runner;

/// <summary>
/// PostgreSQL escape strings (<c>E'it\'s'</c>) in a <c>.sql</c> migration: the splitter reads <c>\'</c> as an escaped
/// quote, so the statements after such a string stay separate. Shown in a <c>no-transaction</c> file, where gluing
/// <c>CREATE INDEX CONCURRENTLY</c> to the statement before it would make PostgreSQL refuse it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class EscapeStringMigrationTests(PostgresServer server)
{
    private const string Up = """
        ALTER TABLE t1 ADD COLUMN body text;
        INSERT INTO t1 (id, body) VALUES (1, E'it\'s; one'), (2, e'a \\ backslash; and ''doubled'' quotes');
        CREATE INDEX CONCURRENTLY ix_t1_body ON t1 (body);
        INSERT INTO t1 (id, body) VALUES (3, E'\'quoted\'');
        """;

    [Fact]
    public async Task A_no_transaction_file_with_escape_strings_applies_each_statement_on_its_own()
    {
        await using var db = await server.CreateDatabaseAsync();
        var catalog = TestCatalogs.Of(RunnerSql.Table(1, "t1"), RunnerSql.Sql(2, "notes_with_escapes", Up, runsInTransaction: false));
        await using var migrator = RunnerSql.Migrator(db, catalog);

        await migrator.MigrateAsync();

        Assert.Equal("it's; one|a \\ backslash; and 'doubled' quotes|'quoted'", await db.ScalarAsync<string>("SELECT string_agg(body, '|' ORDER BY id) FROM t1"));
        Assert.True(await db.ScalarAsync<bool>("SELECT to_regclass('public.ix_t1_body') IS NOT NULL"));
        Assert.Equal(new long[] { 1, 2 }, await RunnerSql.LedgerOrdersAsync(db));
    }
}
