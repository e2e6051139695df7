namespace GeneratedMigrations.Npgsql;

/// <summary>Settings of a <see cref="NpgsqlMigrationStore"/>.</summary>
public sealed class NpgsqlMigrationStoreOptions
{
    /// <summary>
    /// Schema that holds the ledger; created on first use when it does not exist. ASCII letters, digits and
    /// underscores, starting with a letter or underscore, at most 63 characters, not starting with <c>pg_</c>.
    /// The name is quoted, so it is case-sensitive. Only the ledger lives there: migrations run with the
    /// connection's own <c>search_path</c>. Default: <c>public</c>.
    /// </summary>
    public string Schema { get; set; } = "public";

    /// <summary>
    /// Name of the ledger table. The store also creates <c>{TableName}_meta</c> (ledger schema version) in the
    /// same schema. ASCII letters, digits and underscores, starting with a letter or underscore, at most 58
    /// characters (so that the derived name fits PostgreSQL's 63). The name is quoted, so it is case-sensitive.
    /// Default: <c>__migration_ledger</c>.
    /// </summary>
    public string TableName { get; set; } = "__migration_ledger";

    /// <summary>
    /// A connection string for the lock session only, when the main one goes through a pooler (PgBouncer, RDS Proxy)
    /// in transaction mode: a session-level advisory lock needs one real server session for the whole run, so point
    /// this at the server directly (or at a pooler in session mode). Default: the main connection string.
    /// </summary>
    public string? LockConnectionString { get; set; }

    /// <summary>
    /// How soon the server notices that a lock holder's host died (TCP keepalive idle time on the lock session),
    /// so its lock is released in seconds instead of the operating system's default of hours. Default: 10 seconds.
    /// </summary>
    public TimeSpan LockKeepAlive { get; set; } = TimeSpan.FromSeconds(10);
}
