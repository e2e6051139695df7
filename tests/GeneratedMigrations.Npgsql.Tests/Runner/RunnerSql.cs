namespace GeneratedMigrations.Npgsql.Tests.Runner;

/// <summary><c>.sql</c> migrations as the generator makes them, and helpers to look at a database's schema.</summary>
internal static class RunnerSql
{
    public static MigrationDescriptor Sql(
        long order, string name, string upSql, string? downSql = null, bool runsInTransaction = true, bool isDisabled = false, long baselineThrough = 0) =>
        new(order, name, "checksum-of-" + name, isReversible: downSql is not null, typeName: $"Sql.{order:D4}_{name}",
            () => new GeneratedMigrations.SqlMigration(upSql, downSql))
        {
            RunsInTransaction = runsInTransaction, IsDisabled = isDisabled, BaselineThrough = baselineThrough, UpSql = upSql, DownSql = downSql,
        };

    /// <summary>The same migration enabled, as a later build would have it.</summary>
    public static MigrationDescriptor Enabled(MigrationDescriptor migration) =>
        new(migration.Order, migration.Name, migration.Checksum, migration.IsReversible, migration.TypeName, migration.CreateMigration)
        {
            AllowOutOfOrder = migration.AllowOutOfOrder, RunsInTransaction = migration.RunsInTransaction, IsDisabled = false,
            BaselineThrough = migration.BaselineThrough, UpSql = migration.UpSql, DownSql = migration.DownSql,
        };

    public static MigrationDescriptor Table(long order, string table) =>
        Sql(order, "create_" + table, $"CREATE TABLE {table} (id bigint PRIMARY KEY)", $"DROP TABLE {table}");

    public static MigrationDescriptor[] Tables(int count) => [.. Enumerable.Range(1, count).Select(i => Table(i, "t" + i))];

    public static Migrator Migrator(TestDatabase db, MigrationCatalog catalog, MigratorOptions? options = null) =>
        new(catalog, new NpgsqlMigrationStore(db.ConnectionString), options);

    public static async Task<long[]> LedgerOrdersAsync(TestDatabase db)
    {
        await using var store = new NpgsqlMigrationStore(db.ConnectionString);
        return [.. (await store.ReadLedgerAsync(CancellationToken.None)).Select(e => e.Order)];
    }

    /// <summary>The ledger's (order, status) pairs as stored, status as its text (COMPLETED, SKIPPED, BASELINED, PENDING, ...).</summary>
    public static async Task<IReadOnlyList<(long Order, string Status)>> LedgerStatusesAsync(TestDatabase db)
    {
        await using var connection = await db.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT migration_order, status FROM public.__migration_ledger ORDER BY migration_order";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(long, string)>();
        while (await reader.ReadAsync()) rows.Add((reader.GetInt64(0), reader.GetString(1)));
        return rows;
    }

    /// <summary>Tables with their columns, indexes and functions of the public schema, one line each, sorted.</summary>
    public static async Task<IReadOnlyList<string>> SchemaAsync(TestDatabase db)
    {
        await using var connection = await db.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable FROM information_schema.columns WHERE table_schema = 'public'
            UNION ALL SELECT 'index ' || indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
            UNION ALL SELECT 'function ' || p.proname || ': ' || pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
            ORDER BY 1
            """;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }
}
