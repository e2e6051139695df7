using Npgsql;

namespace GeneratedMigrations.Npgsql.Tests;

public sealed class LedgerLocationTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task A_custom_schema_and_table_hold_the_ledger_and_the_schema_is_created_when_missing()
    {
        await using var db = await server.CreateDatabaseAsync();
        var options = new NpgsqlMigrationStoreOptions { Schema = "tenant_a", TableName = "AppLedger" };

        await using (var migrator = new Migrator(TestCatalogs.Of(TestCatalogs.Items()), new NpgsqlMigrationStore(db.ConnectionString, options)))
        {
            await migrator.MigrateAsync();
        }

        Assert.True(await db.TableExistsAsync("tenant_a", "AppLedger"));
        Assert.True(await db.TableExistsAsync("tenant_a", "AppLedger_meta"));
        Assert.False(await db.TableExistsAsync("public", "__migration_ledger"));
        Assert.Equal(3L, await db.ScalarAsync<long>("SELECT count(*) FROM tenant_a.\"AppLedger\""));
        await using var store = new NpgsqlMigrationStore(db.ConnectionString, options);
        Assert.Equal("\"tenant_a\".\"AppLedger\"", store.LedgerTable);
        Assert.Equal(3, (await store.ReadLedgerAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Two_ledgers_in_one_database_keep_separate_histories()
    {
        await using var db = await server.CreateDatabaseAsync();
        var reports = TestCatalogs.Of(TestCatalogs.Sql(1, "create_reports", "CREATE TABLE reports (id bigint PRIMARY KEY)"));
        var reportsLedger = new NpgsqlMigrationStoreOptions { TableName = "reports_ledger" };

        await using (var main = new Migrator(TestCatalogs.Of(TestCatalogs.Items()), new NpgsqlMigrationStore(db.ConnectionString)))
        {
            Assert.Equal(3, (await main.MigrateAsync()).Applied.Count);
        }
        await using (var other = new Migrator(reports, new NpgsqlMigrationStore(db.ConnectionString, reportsLedger)))
        {
            Assert.Single((await other.MigrateAsync()).Applied);
            Assert.True((await other.GetStatusAsync()).IsUpToDate);
        }

        Assert.Equal(3, (await db.LedgerRowsAsync()).Count);
        Assert.Single(await db.LedgerRowsAsync("public.reports_ledger"));
    }

    [Fact]
    public async Task Uses_an_existing_ledger_without_needing_the_privilege_to_create_tables()
    {
        await using var db = await server.CreateDatabaseAsync();
        var items = TestCatalogs.Items();
        await using (var owner = new Migrator(TestCatalogs.Of(items[0]), new NpgsqlMigrationStore(db.ConnectionString)))
        {
            await owner.MigrateAsync();
        }
        // An application role that may change rows but not create anything in the schema or the database.
        var role = "app_" + db.Name;
        await db.ExecuteAsync(
            $"CREATE ROLE {role} LOGIN PASSWORD 'app'; " +
            $"REVOKE CREATE ON SCHEMA public FROM PUBLIC; REVOKE CREATE ON DATABASE {db.Name} FROM PUBLIC; " +
            $"GRANT USAGE ON SCHEMA public TO {role}; " +
            $"GRANT SELECT, INSERT, UPDATE ON public.__migration_ledger, public.__migration_ledger_meta, public.items TO {role}");
        var appConnection = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Username = role, Password = "app" }.ConnectionString;

        try
        {
            await using var app = new Migrator(TestCatalogs.Of(items[0], items[1]), new NpgsqlMigrationStore(appConnection));
            Assert.Equal([2L], (await app.MigrateAsync()).Applied.Select(a => a.Order));
        }
        finally
        {
            // The role cannot be dropped while its pooled sessions live; only this pool is cleared, other tests' stay.
            await using (var pooled = new NpgsqlConnection(appConnection)) NpgsqlConnection.ClearPool(pooled);
            await db.ExecuteAsync($"DROP OWNED BY {role}; DROP ROLE {role}");
        }
    }

    [Theory]
    [InlineData("__migration_ledger\"; DROP TABLE victims; --", "public")]
    [InlineData("ledger; DROP TABLE victims", "public")]
    [InlineData("ledger", "public\"; DROP TABLE victims; --")]
    [InlineData("ledger", "public.other")]
    [InlineData("my ledger", "public")]
    [InlineData("", "public")]
    [InlineData("ledger", "")]
    [InlineData("1ledger", "public")]
    [InlineData("lédger", "public")]
    [InlineData("ledger", "pg_catalog")]
    [InlineData("a123456789a123456789a123456789a123456789a123456789a12345678", "public")]
    [InlineData("ledger", "a123456789a123456789a123456789a123456789a123456789a123456789abcd")]
    public void A_hostile_or_invalid_schema_or_table_name_is_rejected_before_anything_is_sent(string table, string schema)
    {
        // Nothing listens on port 1: had the store tried to reach a server, this would fail otherwise.
        const string unreachable = "Host=127.0.0.1;Port=1;Username=app;Timeout=1";

        var exception = Assert.Throws<ArgumentException>(() =>
            new NpgsqlMigrationStore(unreachable, new NpgsqlMigrationStoreOptions { Schema = schema, TableName = table }));

        Assert.Contains("not a valid ledger", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_injection_attempt_in_the_table_name_is_refused_and_leaves_the_database_untouched()
    {
        await using var db = await server.CreateDatabaseAsync();
        await db.ExecuteAsync("CREATE TABLE victims (id int); INSERT INTO victims VALUES (1)");
        var before = await db.DescribeAsync();

        // Through the whole public path a user takes, so the database would show it wherever the name got through.
        var refused = await Record.ExceptionAsync(async () =>
        {
            await using var migrator = new Migrator(TestCatalogs.Of(TestCatalogs.Items()), new NpgsqlMigrationStore(
                db.ConnectionString, new NpgsqlMigrationStoreOptions { TableName = "__migration_ledger\" (x int); DROP TABLE victims; --" }));
            await migrator.MigrateAsync();
        });

        Assert.IsType<ArgumentException>(refused);
        Assert.Equal(before, await db.DescribeAsync());
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM victims"));
    }

    [Fact]
    public async Task The_longest_allowed_names_work()
    {
        await using var db = await server.CreateDatabaseAsync();
        var schema = new string('s', 63);
        var table = new string('t', 58);

        await using (var migrator = new Migrator(TestCatalogs.Of(TestCatalogs.Items()), new NpgsqlMigrationStore(db.ConnectionString, new NpgsqlMigrationStoreOptions { Schema = schema, TableName = table })))
        {
            await migrator.MigrateAsync();
        }

        Assert.True(await db.TableExistsAsync(schema, table));
        Assert.True(await db.TableExistsAsync(schema, table + "_meta"));
    }

    [Fact]
    public async Task A_ledger_written_by_a_newer_release_is_refused_with_a_clear_error()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using (var migrator = new Migrator(TestCatalogs.Of(TestCatalogs.Items()), new NpgsqlMigrationStore(db.ConnectionString)))
        {
            await migrator.MigrateAsync();
        }
        await db.ExecuteAsync("UPDATE __migration_ledger_meta SET value = '2' WHERE key = 'schema_version'");

        await using var again = new Migrator(TestCatalogs.Of(TestCatalogs.Items()), new NpgsqlMigrationStore(db.ConnectionString));
        var exception = await Assert.ThrowsAsync<MigrationLedgerException>(() => again.MigrateAsync());

        Assert.Contains("schema version '2'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("upgrade the package", exception.Message, StringComparison.Ordinal);
    }
}
