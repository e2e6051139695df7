using Npgsql;

namespace GeneratedMigrations.Npgsql.Tests;

public sealed class FailingMigrationTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task A_migration_that_throws_rolls_back_its_ddl_and_leaves_no_ledger_row()
    {
        await using var db = await server.CreateDatabaseAsync();
        var items = TestCatalogs.Items();
        var failing = TestCatalogs.Failing(4, "create_tags",
            "CREATE TABLE tags (id bigint PRIMARY KEY); ALTER TABLE items ADD COLUMN tag_id bigint REFERENCES tags (id)");

        MigrationFailedException exception;
        await using (var migrator = new Migrator(TestCatalogs.Of([.. items, failing]), new NpgsqlMigrationStore(db.ConnectionString)))
        {
            exception = await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.MigrateAsync());
        }

        Assert.Equal(4, exception.Order);
        Assert.Equal("create_tags", exception.MigrationName);
        Assert.Equal(3, exception.LastAppliedOrder);
        Assert.False(await db.TableExistsAsync("public", "tags"));
        Assert.False(await db.ScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'items' AND column_name = 'tag_id')"));
        Assert.Equal(new long[] { 1, 2, 3 }, await LedgerOrdersAsync(db));
    }

    [Fact]
    public async Task A_statement_the_server_rejects_rolls_back_the_whole_migration_and_a_fixed_build_applies_it_later()
    {
        await using var db = await server.CreateDatabaseAsync();
        var items = TestCatalogs.Items();
        var broken = TestCatalogs.Sql(4, "create_tags",
            "CREATE TABLE tags (id bigint PRIMARY KEY); INSERT INTO tags (id) VALUES (1), (1)");

        MigrationFailedException exception;
        await using (var migrator = new Migrator(TestCatalogs.Of([.. items, broken]), new NpgsqlMigrationStore(db.ConnectionString)))
        {
            exception = await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.MigrateAsync());
        }

        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(exception.InnerException).SqlState);
        Assert.False(await db.TableExistsAsync("public", "tags"));
        Assert.Equal(new long[] { 1, 2, 3 }, await LedgerOrdersAsync(db));

        var fixedMigration = TestCatalogs.Sql(4, "create_tags", "CREATE TABLE tags (id bigint PRIMARY KEY); INSERT INTO tags (id) VALUES (1), (2)");
        await using (var migrator = new Migrator(TestCatalogs.Of([.. items, fixedMigration]), new NpgsqlMigrationStore(db.ConnectionString)))
        {
            var result = await migrator.MigrateAsync();
            Assert.Equal([4L], result.Applied.Select(a => a.Order));
        }
        Assert.Equal(2L, await db.ScalarAsync<long>("SELECT count(*) FROM tags"));
    }

    [Fact]
    public async Task Migrations_before_the_failing_one_stay_applied()
    {
        await using var db = await server.CreateDatabaseAsync();
        var items = TestCatalogs.Items();
        var failing = TestCatalogs.Failing(2, "seed_items", "INSERT INTO items (id, title) VALUES (1, 'first')");

        await using (var migrator = new Migrator(TestCatalogs.Of(items[0], failing, items[2]), new NpgsqlMigrationStore(db.ConnectionString)))
        {
            await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.MigrateAsync());
        }

        Assert.Equal(new long[] { 1 }, await LedgerOrdersAsync(db));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM items"));
        Assert.False(await db.ScalarAsync<bool>("SELECT to_regclass('public.ix_items_title') IS NOT NULL"));
    }

    private static async Task<long[]> LedgerOrdersAsync(TestDatabase db)
    {
        await using var store = new NpgsqlMigrationStore(db.ConnectionString);
        return [.. (await store.ReadLedgerAsync(CancellationToken.None)).Select(e => e.Order)];
    }
}
