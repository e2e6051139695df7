namespace GeneratedMigrations.Npgsql.Tests.ExactlyOnce;

/// <summary>
/// Issue 8 #5: a ledger damaged by hand (NULLs, a retyped column, duplicate rows, a lost primary key) is reported as a
/// <see cref="MigrationLedgerException"/> naming the table, the row and the column, by status and by up alike, and
/// nothing is migrated from it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DamagedLedgerTests(PostgresServer server)
{
    [Theory]
    [InlineData("checksum")]
    [InlineData("applied_at")]
    [InlineData("applied_by")]
    public async Task A_null_in_a_ledger_column_is_reported_naming_the_table_the_migration_and_the_column(string column)
    {
        await using var db = await MigratedAsync();
        await db.ExecuteAsync($"ALTER TABLE __migration_ledger ALTER COLUMN {column} DROP NOT NULL; UPDATE __migration_ledger SET {column} = NULL WHERE migration_order = 2");

        foreach (var exception in await BothRefuseAsync(db))
        {
            Assert.Equal(2L, exception.Order);
            Assert.Contains($"\"public\".\"__migration_ledger\" on {DisplayName(db)} has a damaged row for migration 2: column {column} is NULL", exception.Message, StringComparison.Ordinal);
        }
        Assert.False(await db.TableExistsAsync("public", "t4"));
    }

    [Fact]
    public async Task A_retyped_column_is_reported_naming_the_table_the_column_and_its_type()
    {
        await using var db = await MigratedAsync();
        await db.ExecuteAsync("ALTER TABLE __migration_ledger ALTER COLUMN applied_at TYPE text USING applied_at::text");

        foreach (var exception in await BothRefuseAsync(db))
        {
            Assert.Contains($"\"public\".\"__migration_ledger\" on {DisplayName(db)} is not a GeneratedMigrations ledger: column applied_at has type text, not timestamptz (seen reading the row for migration 1)", exception.Message, StringComparison.Ordinal);
            Assert.Equal(1L, exception.Order);
        }
        Assert.False(await db.TableExistsAsync("public", "t4"));
    }

    [Fact]
    public async Task Duplicate_rows_in_a_ledger_without_its_primary_key_are_reported_naming_the_migration()
    {
        await using var db = await MigratedAsync();
        await db.ExecuteAsync(
            "ALTER TABLE __migration_ledger DROP CONSTRAINT __migration_ledger_pkey; " +
            "INSERT INTO __migration_ledger SELECT * FROM __migration_ledger WHERE migration_order = 2");

        foreach (var exception in await BothRefuseAsync(db))
        {
            Assert.Equal(2L, exception.Order);
            Assert.Contains("holds two rows for migration 2, so its primary key was removed", exception.Message, StringComparison.Ordinal);
        }
        Assert.False(await db.TableExistsAsync("public", "t4"));
    }

    [Fact]
    public async Task A_ledger_that_lost_its_primary_key_is_refused_before_anything_runs()
    {
        await using var db = await MigratedAsync();
        await db.ExecuteAsync("ALTER TABLE __migration_ledger DROP CONSTRAINT __migration_ledger_pkey");
        var before = await db.DescribeAsync();
        await using var migrator = new Migrator(Catalog(4), new NpgsqlMigrationStore(db.ConnectionString));

        var exception = await Assert.ThrowsAsync<MigrationLedgerException>(() => migrator.MigrateAsync());

        Assert.Equal(MigrationOperation.Up, exception.Operation);
        Assert.Contains("has lost its primary key on migration_order", exception.Message, StringComparison.Ordinal);
        Assert.Contains("ALTER TABLE \"public\".\"__migration_ledger\" ADD PRIMARY KEY (migration_order);", exception.Message, StringComparison.Ordinal);
        Assert.False(await db.TableExistsAsync("public", "t4"));
        Assert.Equal(before, await db.DescribeAsync());
    }

    [Fact]
    public void Information_schema_is_refused_as_the_ledger_schema()
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            new NpgsqlMigrationStore("Host=127.0.0.1;Port=1;Username=app;Timeout=1", new NpgsqlMigrationStoreOptions { Schema = "information_schema" }));

        Assert.Contains("'information_schema' is not a valid ledger schema name", exception.Message, StringComparison.Ordinal);
    }

    private async Task<TestDatabase> MigratedAsync()
    {
        var db = await server.CreateDatabaseAsync();
        await using var migrator = new Migrator(Catalog(3), new NpgsqlMigrationStore(db.ConnectionString));
        await migrator.MigrateAsync();
        return db;
    }

    private static MigrationCatalog Catalog(int count) =>
        TestCatalogs.Of([.. Enumerable.Range(1, count).Select(i => TestCatalogs.Sql(i, "t" + i, $"CREATE TABLE t{i} (id bigint)"))]);

    private static string DisplayName(TestDatabase db)
    {
        var builder = new global::Npgsql.NpgsqlConnectionStringBuilder(db.ConnectionString);
        return $"postgresql://{builder.Host}:{builder.Port}/{db.Name}";
    }

    /// <summary>Status and up (with a fourth migration pending) both refuse the ledger.</summary>
    private static async Task<MigrationLedgerException[]> BothRefuseAsync(TestDatabase db)
    {
        await using var migrator = new Migrator(Catalog(4), new NpgsqlMigrationStore(db.ConnectionString));
        var status = await Assert.ThrowsAsync<MigrationLedgerException>(() => migrator.GetStatusAsync());
        var up = await Assert.ThrowsAsync<MigrationLedgerException>(() => migrator.MigrateAsync());
        Assert.Equal(MigrationOperation.Up, up.Operation);
        return [status, up];
    }
}
