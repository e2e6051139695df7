namespace GeneratedMigrations.Sqlite;

/// <summary>Settings of a <see cref="SqliteMigrationStore"/>.</summary>
public sealed class SqliteMigrationStoreOptions
{
    /// <summary>
    /// Name of the ledger table. The store also creates <c>{TableName}_meta</c> (ledger schema version) and
    /// <c>{TableName}_lock</c> (the cross-process lease). Letters, digits and underscores, starting with a
    /// letter or underscore, at most 55 characters. Default: <c>__migration_ledger</c>.
    /// </summary>
    public string TableName { get; set; } = "__migration_ledger";

    /// <summary>How long a statement waits for another connection's write lock before failing. Default: 30 seconds.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
