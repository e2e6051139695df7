using Npgsql;

namespace GeneratedMigrations.Npgsql.Tests;

public sealed class FreshDatabaseTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Applies_every_migration_of_the_generated_catalogue_and_records_each_in_the_ledger()
    {
        await using var db = await server.CreateDatabaseAsync();
        var before = DateTimeOffset.UtcNow;

        MigrationRunResult result;
        await using (var migrator = new Migrator(AppMigrations.Catalog, new NpgsqlMigrationStore(db.ConnectionString), new MigratorOptions { AppliedBy = "test-host/1.0" }))
        {
            result = await migrator.MigrateAsync();
        }

        Assert.Equal([1L, 2L, 3L], result.Applied.Select(a => a.Order));
        Assert.Equal(2L, await db.ScalarAsync<long>("SELECT count(*) FROM notes WHERE tags = '{}'"));
        await using var store = new NpgsqlMigrationStore(db.ConnectionString);
        var ledger = await store.ReadLedgerAsync(CancellationToken.None);
        Assert.Equal(AppMigrations.Catalog.Migrations.Select(m => (m.Order, m.Name, m.Checksum)), ledger.Select(e => (e.Order, e.Name, e.Checksum)));
        Assert.All(ledger, entry =>
        {
            Assert.Equal(LedgerStatus.Completed, entry.Status);
            Assert.Equal("test-host/1.0", entry.AppliedBy);
            Assert.InRange(entry.AppliedAt, before.AddSeconds(-5), DateTimeOffset.UtcNow.AddSeconds(5));
            Assert.Equal(TimeSpan.Zero, entry.AppliedAt.Offset);
            Assert.True(entry.Duration >= TimeSpan.Zero);
        });
    }

    [Fact]
    public async Task Creates_the_ledger_with_the_documented_columns_and_schema_version()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using (var migrator = new Migrator(TestCatalogs.Of(TestCatalogs.Items()), new NpgsqlMigrationStore(db.ConnectionString)))
        {
            await migrator.MigrateAsync();
        }

        var columns = await db.ScalarAsync<string>(
            "SELECT string_agg(column_name || ' ' || data_type, ', ' ORDER BY ordinal_position) FROM information_schema.columns " +
            "WHERE table_schema = 'public' AND table_name = '__migration_ledger'");
        Assert.Equal(
            "migration_order bigint, name text, checksum text, status text, applied_at timestamp with time zone, duration_ms bigint, applied_by text, backward_compatible boolean",
            columns);
        Assert.Equal("migration_order", await db.ScalarAsync<string>(
            "SELECT a.attname::text FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) " +
            "WHERE i.indrelid = 'public.__migration_ledger'::regclass AND i.indisprimary"));
        Assert.Equal("1", await db.ScalarAsync<string>("SELECT value FROM public.__migration_ledger_meta WHERE key = 'schema_version'"));
    }

    [Fact]
    public async Task Reading_the_ledger_of_an_empty_database_returns_nothing_and_creates_nothing()
    {
        await using var db = await server.CreateDatabaseAsync();
        var nextTransaction = await db.DescribeAsync();

        await using var store = new NpgsqlMigrationStore(db.ConnectionString, new NpgsqlMigrationStoreOptions { Schema = "not_yet_there" });
        var ledger = await store.ReadLedgerAsync(CancellationToken.None);

        Assert.Empty(ledger);
        Assert.False(await db.SchemaExistsAsync("not_yet_there"));
        Assert.Equal(nextTransaction, await db.DescribeAsync());
    }

    [Fact]
    public async Task Status_of_an_empty_database_lists_every_migration_as_pending()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var migrator = new Migrator(TestCatalogs.Of(TestCatalogs.Items()), new NpgsqlMigrationStore(db.ConnectionString));

        var plan = await migrator.GetStatusAsync();

        Assert.Equal([1L, 2L, 3L], plan.Pending.Select(m => m.Order));
        Assert.Empty(plan.Problems);
        Assert.False(await db.TableExistsAsync("public", "__migration_ledger"));
    }

    [Fact]
    public async Task The_display_name_names_host_port_and_database_but_never_the_password()
    {
        await using var db = await server.CreateDatabaseAsync();
        var builder = new NpgsqlConnectionStringBuilder(db.ConnectionString);

        await using var store = new NpgsqlMigrationStore(db.ConnectionString);

        Assert.Equal($"postgresql://{builder.Host}:{builder.Port}/{db.Name}", store.DisplayName);
        Assert.DoesNotContain(builder.Password!, store.DisplayName, StringComparison.Ordinal);
    }
}
