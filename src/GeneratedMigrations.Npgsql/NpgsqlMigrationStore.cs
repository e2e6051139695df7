using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace GeneratedMigrations.Npgsql;

/// <summary>
/// Keeps the ledger in a PostgreSQL database (Npgsql) and serialises migrating processes with a
/// session-level advisory lock, which the server releases by itself when its holder dies.
/// </summary>
/// <remarks>
/// The lock key is <see cref="AdvisoryLockKey"/>, a stable hash of the schema-qualified ledger table name, so
/// two ledgers in one database never block each other. Waiters poll <c>pg_try_advisory_lock</c> rather than
/// block in <c>pg_advisory_lock</c>: a statement blocked on the lock would hold a snapshot, and a
/// <c>CREATE INDEX CONCURRENTLY</c> in the holder would then wait for that waiter forever.
/// </remarks>
public sealed class NpgsqlMigrationStore : MigrationStore
{
    /// <summary>The ledger schema version this release reads and writes (<see cref="LedgerSchema.CurrentVersion"/>).</summary>
    public const int LedgerSchemaVersion = LedgerSchema.CurrentVersion;

    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlDataSource _lockDataSource;
    private readonly string _schemaName;
    private readonly string _schema;
    private readonly string _ledger;
    private readonly string _meta;

    /// <summary>Creates a store for the database a connection string names. Nothing is sent to the server until the store is used.</summary>
    /// <param name="connectionString">An Npgsql connection string, such as <c>Host=localhost;Database=app;Username=app;Password=…</c>.</param>
    /// <param name="options">Schema and table name; defaults when omitted.</param>
    /// <exception cref="ArgumentException">The connection string, the schema name or the table name is invalid.</exception>
    public NpgsqlMigrationStore(string connectionString, NpgsqlMigrationStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        options ??= new NpgsqlMigrationStoreOptions();
        _schema = SqlIdentifier.QuoteSchema(options.Schema);
        _schemaName = options.Schema;
        _ledger = _schema + "." + SqlIdentifier.QuoteTable(options.TableName);
        _meta = _schema + "." + SqlIdentifier.QuoteTable(options.TableName, "_meta");
        AdvisoryLockKey = ComputeLockKey(options.Schema, options.TableName);

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException exception)
        {
            // Npgsql keeps the offending value in the inner exception, which may be a password: name only the key.
            var problem = exception switch
            {
                { ParamName: { } key, InnerException: KeyNotFoundException } => $"'{key}' is not a setting Npgsql knows",
                { ParamName: { } key } => $"the value of '{key}' is not valid",
                _ => "it is not a list of key=value pairs separated by ';'",
            };
            throw new ArgumentException(
                $"The PostgreSQL connection string is not valid: {problem}. Expected something like 'Host=localhost;Database=app;Username=app;Password=…'.",
                nameof(connectionString));
        }
        DisplayName = $"postgresql://{builder.Host ?? "localhost"}:{builder.Port.ToString(CultureInfo.InvariantCulture)}/{builder.Database ?? builder.Username ?? ""}";
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);

        // The lock lives on its own unpooled session: closing it must end the session, so that the lock can
        // never linger on an idle pooled connection, and multiplexing would share the session with others.
        var lockBuilder = new NpgsqlConnectionStringBuilder(builder.ConnectionString)
        {
            Pooling = false,
            Multiplexing = false,
            ApplicationName = Truncate($"GeneratedMigrations lock {Environment.MachineName} pid {Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}", 63),
        };
        _lockDataSource = NpgsqlDataSource.Create(lockBuilder.ConnectionString);
    }

    /// <summary>
    /// The 64-bit key of the session-level advisory lock this store takes: an FNV-1a hash of the schema and
    /// table name, the same in every process and release. Shown in <c>pg_locks</c> as <c>classid</c> (high 32 bits)
    /// and <c>objid</c> (low 32 bits) with <c>objsubid = 1</c>.
    /// </summary>
    public long AdvisoryLockKey { get; }

    /// <summary>The ledger table, schema-qualified and quoted as it appears in SQL.</summary>
    public string LedgerTable => _ledger;

    /// <inheritdoc />
    public override string DisplayName { get; }

    /// <inheritdoc />
    public override async Task<IReadOnlyList<LedgerEntry>> ReadLedgerAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        // One round trip: the rows, then the schema version, as two result sets. The ledger comes first so
        // that "relation does not exist" on the first statement means exactly "no ledger yet".
        command.CommandText =
            $"SELECT migration_order, name, checksum, status, applied_at, duration_ms, applied_by FROM {_ledger} ORDER BY migration_order;" +
            $"SELECT value FROM {_meta} WHERE key = 'schema_version'";
        NpgsqlDataReader reader;
        try
        {
            reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return [];
        }
        await using (reader.ConfigureAwait(false))
        {
            var rows = new List<LedgerRow>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(new LedgerRow(
                    reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    reader.GetFieldValue<DateTime>(4), reader.GetInt64(5), reader.GetString(6)));
            }
            string? version = null;
            try
            {
                if (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false) && await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    version = reader.GetString(0);
                }
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                // A ledger without its meta table was made by hand or by a pre-release build: read it as version 1.
            }
            LedgerSchema.EnsureSupported(version);
            return rows.ConvertAll(ToEntry);
        }
    }

    /// <inheritdoc />
    public override async Task<bool> IsLockHeldAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        // The server drops a session's advisory locks when it ends, so a granted lock means a live holder.
        command.CommandText =
            "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1 " +
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) " +
            "AND ((classid::bigint << 32) | objid::bigint) = @key)";
        command.Parameters.Add(new NpgsqlParameter<long>("key", AdvisoryLockKey));
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <inheritdoc />
    public override async Task<MigrationLock> AcquireLockAsync(MigrationLockOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.HeartbeatInterval, TimeSpan.Zero, nameof(options));
        var connection = await _lockDataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var waited = Stopwatch.StartNew();
            var backoff = TimeSpan.FromMilliseconds(25);
            string? lastHolder = null;
            while (!await TryLockAsync(connection, cancellationToken).ConfigureAwait(false))
            {
                var holder = await DescribeHolderAsync(connection, cancellationToken).ConfigureAwait(false);
                if (holder is not null && holder != lastHolder)
                {
                    Log.LockWaiting(logger, DisplayName, holder);
                    lastHolder = holder;
                }
                var remaining = options.WaitTimeout - waited.Elapsed;
                if (remaining <= TimeSpan.Zero)
                {
                    throw new MigrationLockTimeoutException(waited.Elapsed, lastHolder, MigrationOperation.Up, null);
                }
                await Task.Delay(backoff < remaining ? backoff : remaining, cancellationToken).ConfigureAwait(false);
                backoff = TimeSpan.FromMilliseconds(Math.Min(backoff.TotalMilliseconds * 2, 500));
            }

            // Created under the lock: concurrent starters of this ledger never race on the DDL.
            await EnsureTablesAsync(connection, logger, cancellationToken).ConfigureAwait(false);
            var owner = $"{Environment.MachineName} pid {Environment.ProcessId.ToString(CultureInfo.InvariantCulture)} (backend pid {connection.ProcessID.ToString(CultureInfo.InvariantCulture)})";
            return new NpgsqlMigrationLock(connection, AdvisoryLockKey, owner, options.HeartbeatInterval, logger, DisplayName);
        }
        catch
        {
            // The lock session is unpooled: closing it ends the session and releases the lock if it was taken.
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override async Task<DbTransaction> BeginTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        // PostgreSQL's DDL is transactional: a migration that fails leaves neither schema changes nor a ledger row.
        await ((NpgsqlConnection)connection).BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override async Task WriteLedgerEntryAsync(DbConnection connection, DbTransaction? transaction, LedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var command = ((NpgsqlConnection)connection).CreateCommand();
        command.Transaction = (NpgsqlTransaction?)transaction;
        command.CommandText =
            $"INSERT INTO {_ledger} (migration_order, name, checksum, status, applied_at, duration_ms, applied_by) " +
            "VALUES (@order, @name, @checksum, @status, @applied_at, @duration_ms, @applied_by) " +
            "ON CONFLICT (migration_order) DO UPDATE SET name = EXCLUDED.name, checksum = EXCLUDED.checksum, status = EXCLUDED.status, " +
            "applied_at = EXCLUDED.applied_at, duration_ms = EXCLUDED.duration_ms, applied_by = EXCLUDED.applied_by";
        command.Parameters.Add(new NpgsqlParameter<long>("order", entry.Order));
        command.Parameters.Add(new NpgsqlParameter<string>("name", entry.Name));
        command.Parameters.Add(new NpgsqlParameter<string>("checksum", entry.Checksum));
        command.Parameters.Add(new NpgsqlParameter<string>("status", LedgerStatusNames.ToText(entry.Status)));
        command.Parameters.Add(new NpgsqlParameter<DateTime>("applied_at", NpgsqlDbType.TimestampTz) { TypedValue = entry.AppliedAt.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter<long>("duration_ms", (long)entry.Duration.TotalMilliseconds));
        command.Parameters.Add(new NpgsqlParameter<string>("applied_by", entry.AppliedBy));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task DeleteLedgerEntryAsync(DbConnection connection, DbTransaction? transaction, long order, CancellationToken cancellationToken)
    {
        await using var command = ((NpgsqlConnection)connection).CreateCommand();
        command.Transaction = (NpgsqlTransaction?)transaction;
        command.CommandText = $"DELETE FROM {_ledger} WHERE migration_order = @order";
        command.Parameters.Add(new NpgsqlParameter<long>("order", order));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override string ScriptLedgerSetup() =>
        // public exists in every database; CREATE SCHEMA IF NOT EXISTS would still demand the CREATE privilege on the database.
        (_schemaName == "public" ? "" : $"CREATE SCHEMA IF NOT EXISTS {_schema};\n") + LedgerTablesSql();

    private string LedgerTablesSql() =>
        $"CREATE TABLE IF NOT EXISTS {_ledger} (" +
        "migration_order bigint NOT NULL PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, status text NOT NULL, " +
        "applied_at timestamptz NOT NULL, duration_ms bigint NOT NULL, applied_by text NOT NULL);\n" +
        $"CREATE TABLE IF NOT EXISTS {_meta} (key text NOT NULL PRIMARY KEY, value text NOT NULL);\n" +
        $"INSERT INTO {_meta} (key, value) VALUES ('schema_version', '{LedgerSchemaVersion.ToString(CultureInfo.InvariantCulture)}') ON CONFLICT (key) DO NOTHING;\n";

    /// <inheritdoc />
    public override string ScriptLedgerEntry(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // Literals for a script a person reads and runs; standard_conforming_strings (on since PostgreSQL 9.1) makes '' the only escape.
        static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
        var appliedAt = entry.AppliedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        return $"INSERT INTO {_ledger} (migration_order, name, checksum, status, applied_at, duration_ms, applied_by) VALUES (" +
            $"{entry.Order.ToString(CultureInfo.InvariantCulture)}, {Literal(entry.Name)}, {Literal(entry.Checksum)}, {Literal(LedgerStatusNames.ToText(entry.Status))}, " +
            $"{Literal(appliedAt)}::timestamptz, {((long)entry.Duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)}, {Literal(entry.AppliedBy)}) " +
            "ON CONFLICT (migration_order) DO UPDATE SET name = EXCLUDED.name, checksum = EXCLUDED.checksum, status = EXCLUDED.status, " +
            "applied_at = EXCLUDED.applied_at, duration_ms = EXCLUDED.duration_ms, applied_by = EXCLUDED.applied_by";
    }

    /// <summary>Closes the store's connections.</summary>
    public override async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        await _lockDataSource.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>The advisory lock key of a ledger: FNV-1a (64 bit) of <c>GeneratedMigrations:{schema}.{table}</c> in UTF-8.</summary>
    internal static long ComputeLockKey(string schema, string table)
    {
        const ulong offsetBasis = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes($"GeneratedMigrations:{schema}.{table}"))
        {
            hash = (hash ^ b) * prime;
        }
        return unchecked((long)hash);
    }

    private async Task<bool> TryLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        // A short statement that never blocks: waiting happens between statements, holding no snapshot.
        command.CommandText = "SELECT pg_try_advisory_lock(@key)";
        command.Parameters.Add(new NpgsqlParameter<long>("key", AdvisoryLockKey));
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private async Task<string?> DescribeHolderAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        // pg_stat_activity shows other roles' application, address and start time only to members of
        // pg_read_all_stats; the pid is always visible.
        command.CommandText =
            "SELECT l.pid, a.application_name, a.usename, host(a.client_addr), a.backend_start " +
            "FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid " +
            "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 " +
            "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) " +
            "AND ((l.classid::bigint << 32) | l.objid::bigint) = @key LIMIT 1";
        command.Parameters.Add(new NpgsqlParameter<long>("key", AdvisoryLockKey));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            // Released between our attempt and this look-up: the next attempt will probably get it.
            return null;
        }
        var text = new StringBuilder("backend pid ").Append(reader.GetInt32(0).ToString(CultureInfo.InvariantCulture));
        var details = new List<string>(4);
        if (!reader.IsDBNull(1) && reader.GetString(1).Length > 0) details.Add($"application '{reader.GetString(1)}'");
        if (!reader.IsDBNull(2)) details.Add($"user '{reader.GetString(2)}'");
        if (!reader.IsDBNull(3)) details.Add($"client {reader.GetString(3)}");
        if (!reader.IsDBNull(4)) details.Add($"connected since {reader.GetFieldValue<DateTime>(4).ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)}");
        if (details.Count > 0) text.Append(" (").AppendJoin(", ", details).Append(')');
        return text.ToString();
    }

    private async Task EnsureTablesAsync(NpgsqlConnection connection, ILogger logger, CancellationToken cancellationToken)
    {
        // Look first and create only what is missing: CREATE … IF NOT EXISTS still demands CREATE privilege,
        // which an application role that only reads and writes an existing ledger may not have.
        for (var attempt = 1; ; attempt++)
        {
            bool schemaExists, ledgerExists, metaExists;
            await using (var check = connection.CreateCommand())
            {
                check.CommandText =
                    "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = @schema), to_regclass(@ledger) IS NOT NULL, to_regclass(@meta) IS NOT NULL";
                check.Parameters.Add(new NpgsqlParameter<string>("schema", _schemaName));
                check.Parameters.Add(new NpgsqlParameter<string>("ledger", _ledger));
                check.Parameters.Add(new NpgsqlParameter<string>("meta", _meta));
                await using var reader = await check.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                (schemaExists, ledgerExists, metaExists) = (reader.GetBoolean(0), reader.GetBoolean(1), reader.GetBoolean(2));
            }
            if (schemaExists && ledgerExists && metaExists) return;

            try
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using var create = connection.CreateCommand();
                create.Transaction = transaction;
                create.CommandText =
                    (schemaExists ? "" : $"CREATE SCHEMA IF NOT EXISTS {_schema};") + LedgerTablesSql();
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                Log.LedgerCreated(logger, DisplayName, _ledger);
                return;
            }
            catch (PostgresException exception) when (attempt < 3 && exception.SqlState is
                PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateSchema or PostgresErrorCodes.DuplicateTable or PostgresErrorCodes.DuplicateObject)
            {
                // IF NOT EXISTS is not atomic in PostgreSQL: another ledger in the same schema (under its own
                // lock), or a tool that does not take ours, created the same object at the same moment. Look again.
            }
        }
    }


    private static LedgerEntry ToEntry(LedgerRow row)
    {
        LedgerStatus status;
        try
        {
            status = LedgerStatusNames.Parse(row.Status);
        }
        catch (FormatException exception)
        {
            throw new MigrationLedgerException(
                $"Ledger row for migration {row.Order} has status '{row.Status}', which this release does not know. The ledger was edited by hand or by a newer release.", exception);
        }
        return new LedgerEntry(
            row.Order, row.Name, row.Checksum, status,
            new DateTimeOffset(DateTime.SpecifyKind(row.AppliedAt, DateTimeKind.Utc)),
            TimeSpan.FromMilliseconds(row.DurationMs), row.AppliedBy);
    }

    private static string Truncate(string text, int maxBytes)
    {
        // application_name is cut by the server at 63 bytes; cut it here, on a character boundary.
        while (Encoding.UTF8.GetByteCount(text) > maxBytes) text = text[..^1];
        return text;
    }

    private readonly record struct LedgerRow(long Order, string Name, string Checksum, string Status, DateTime AppliedAt, long DurationMs, string AppliedBy);
}
