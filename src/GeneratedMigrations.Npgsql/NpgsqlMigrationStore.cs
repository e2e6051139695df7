using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
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
    // The ledger layout version this release reads and writes.
    internal const int LedgerSchemaVersion = LedgerSchema.CurrentVersion;

    // Added after the first layout, with a default, so releases that predate it keep reading and writing the ledger
    // (they name their columns); EnsureLedgerAsync adds it in place, under the lock, to a ledger that lacks it.
    private const string FlagColumn = "backward_compatible";

    // The app's own data source when it gave one; otherwise null, and connections come from Npgsql's pools for the
    // connection string (one per process, shared with every store and every NpgsqlConnection on that string).
    private readonly NpgsqlDataSource? _dataSource;
    private readonly string _connectionString;
    private readonly ConditionalWeakTable<NpgsqlConnection, NpgsqlCommand> _insertCommands = new();
    // The lock's unpooled connection string, or null when the lock session comes from the app's data source.
    private readonly string? _lockConnectionString;

    /// <summary>The lock session's server, when <see cref="NpgsqlMigrationStoreOptions.LockConnectionString"/> sends it elsewhere.</summary>
    private readonly string? _lockDisplayName;
    private readonly TimeSpan _lockKeepAlive;
    private readonly string _ledgerTableName;
    private readonly string _schemaName;
    private readonly string _schema;
    private readonly string _ledger;
    private readonly string _meta;

    /// <summary>
    /// Creates a store for the database a connection string names. Nothing is sent to the server until the store is used.
    /// Ledger reads and migrations take connections from Npgsql's process-wide pool for the connection string, which
    /// outlives the store: the next runner on the same database (a health check, a loop over tenants) reuses them.
    /// The lock session is a connection of its own, opened only when a run has something to apply.
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string, such as <c>Host=localhost;Database=app;Username=app;Password=…</c>.</param>
    /// <param name="options">Schema and table name; defaults when omitted.</param>
    /// <exception cref="ArgumentException">The connection string, the schema name or the table name is invalid.</exception>
    public NpgsqlMigrationStore(string connectionString, NpgsqlMigrationStoreOptions? options = null)
        : this(null, connectionString, options)
    {
    }

    /// <summary>
    /// Creates a store on the app's own data source (from dependency injection, say), so its authentication,
    /// certificates, logging and tracing apply to migrations and ledger reads. The store does not dispose it.
    /// </summary>
    /// <param name="dataSource">The data source migrations and ledger reads use.</param>
    /// <param name="options">
    /// Schema and table name. The lock session comes from <see cref="NpgsqlMigrationStoreOptions.LockConnectionString"/>
    /// when set (unpooled); otherwise from <paramref name="dataSource"/> itself: a pooled session, which Npgsql resets
    /// (releasing advisory locks) when it returns to the pool, and which the store unlocks explicitly first.
    /// </param>
    /// <exception cref="ArgumentException">The schema name or the table name is invalid.</exception>
    public NpgsqlMigrationStore(NpgsqlDataSource dataSource, NpgsqlMigrationStoreOptions? options = null)
        : this(dataSource ?? throw new ArgumentNullException(nameof(dataSource)), dataSource.ConnectionString, options)
    {
    }

    private NpgsqlMigrationStore(NpgsqlDataSource? dataSource, string connectionString, NpgsqlMigrationStoreOptions? options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        options ??= new NpgsqlMigrationStoreOptions();
        _schema = SqlIdentifier.QuoteSchema(options.Schema);
        _schemaName = options.Schema;
        _ledger = _schema + "." + SqlIdentifier.QuoteTable(options.TableName);
        _meta = _schema + "." + SqlIdentifier.QuoteTable(options.TableName, "_meta");
        _ledgerTableName = options.TableName;
        _lockKeepAlive = options.LockKeepAlive;
        AdvisoryLockKey = ComputeLockKey(options.Schema, options.TableName);
        FenceKey = ComputeLockKey(options.Schema, options.TableName + ":fence");

        var builder = Parse(connectionString);
        DisplayName = $"postgresql://{builder.Host ?? "localhost"}:{builder.Port.ToString(CultureInfo.InvariantCulture)}/{builder.Database ?? builder.Username ?? ""}";
        // No data source of the store's own: it would be thrown away with the runner, and a warm app (a health check, a
        // loop over tenants, a runner per request) would open a new physical connection on every call. NpgsqlConnection
        // takes its connections from Npgsql's process-wide pool for the connection string, which outlives the store.
        _dataSource = dataSource;
        _connectionString = builder.ConnectionString;
        if (dataSource is not null && options.LockConnectionString is null)
        {
            // The app's data source carries credentials this store cannot see (its connection string hides the password).
            return;
        }

        // The lock lives on its own unpooled session: closing it must end the session, so that the lock can
        // never linger on an idle pooled connection, and multiplexing would share the session with others.
        var lockBuilder = new NpgsqlConnectionStringBuilder(Parse(options.LockConnectionString ?? connectionString).ConnectionString)
        {
            Pooling = false,
            Multiplexing = false,
            ApplicationName = Truncate($"GeneratedMigrations lock {Environment.MachineName} pid {Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}", 63),
        };
        // Client-side keepalives: the holder notices a dead server or network quickly too.
        lockBuilder.TcpKeepAlive = true;
        lockBuilder.TcpKeepAliveTime = Math.Max(1, (int)options.LockKeepAlive.TotalSeconds);
        lockBuilder.TcpKeepAliveInterval = Math.Max(1, (int)options.LockKeepAlive.TotalSeconds / 3);
        // Opened only when the lock is needed: an up-to-date run or a verify never opens a lock session.
        _lockConnectionString = lockBuilder.ConnectionString;
        if (options.LockConnectionString is not null)
        {
            _lockDisplayName = $"postgresql://{lockBuilder.Host ?? "localhost"}:{lockBuilder.Port.ToString(CultureInfo.InvariantCulture)}/{lockBuilder.Database ?? lockBuilder.Username ?? ""}";
        }
    }

    /// <summary>Opens a connection from the app's data source, or from Npgsql's shared pool for the connection string.</summary>
    private async Task<NpgsqlConnection> OpenPooledAsync(CancellationToken cancellationToken)
    {
        if (_dataSource is not null) return await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static NpgsqlConnectionStringBuilder Parse(string connectionString)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(connectionString);
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
    }

    /// <summary>
    /// The 64-bit key of the session-level advisory lock this store takes: an FNV-1a hash of the schema and
    /// table name, the same in every process and release. Shown in <c>pg_locks</c> as <c>classid</c> (high 32 bits)
    /// and <c>objid</c> (low 32 bits) with <c>objsubid = 1</c>.
    /// </summary>
    public long AdvisoryLockKey { get; }

    /// <summary>
    /// The key of the fence: every migration transaction holds it shared (transaction-level), and a new lock holder takes
    /// it exclusively once before it reads the ledger, so it never plans while an earlier holder's transaction can still commit.
    /// </summary>
    public long FenceKey { get; }

    /// <summary>The ledger table, schema-qualified and quoted as it appears in SQL.</summary>
    public string LedgerTable => _ledger;

    /// <inheritdoc />
    public override string DisplayName { get; }

    /// <inheritdoc />
    public override async Task<IReadOnlyList<LedgerEntry>> ReadLedgerAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ReadLedgerAsync(withFlag: true, cancellationToken).ConfigureAwait(false);
        }
        catch (MigrationLedgerException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UndefinedColumn } postgres
            && postgres.MessageText.Contains(FlagColumn, StringComparison.Ordinal))
        {
            // A ledger of the first layout: read it as it is (no row has the flag). Not remembered, because a newer
            // build may upgrade it at any moment, and a long-lived reader (a health check) must then see the flags.
            return await ReadLedgerAsync(withFlag: false, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<LedgerEntry>> ReadLedgerAsync(bool withFlag, CancellationToken cancellationToken)
    {
        var connection = await OpenPooledAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var command = connection.CreateCommand();
        await using var commandScope = command.ConfigureAwait(false);
        // One round trip: the rows, then the schema version, as two result sets. The ledger comes first so
        // that "relation does not exist" on the first statement means exactly "no ledger yet".
        command.CommandText =
            $"SELECT migration_order, name, checksum, status, applied_at, duration_ms, applied_by{(withFlag ? ", " + FlagColumn : "")} FROM {_ledger} ORDER BY migration_order;" +
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
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedColumn)
        {
            throw new MigrationLedgerException(
                $"The ledger table {_ledger} on {DisplayName} is not a GeneratedMigrations ledger: {exception.MessageText}. " +
                "Another tool may use that name: choose another TableName, or restore the table.", exception);
        }
        await using (reader.ConfigureAwait(false))
        {
            var entries = new List<LedgerEntry>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var entry = ReadEntry(reader);
                if (entries.Count > 0 && entries[^1].Order == entry.Order)
                {
                    throw Damaged($"holds two rows for migration {entry.Order.ToString(CultureInfo.InvariantCulture)}, so its primary key was removed", entry.Order);
                }
                entries.Add(entry);
            }
            string? version = null;
            try
            {
                if (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false) && await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    version = reader.IsDBNull(0) ? "(null)" : reader.GetString(0);
                }
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                // A ledger without its meta table was made by hand or by a pre-release build: read it as version 1.
            }
            LedgerSchema.EnsureSupported(version);
            return entries;
        }
    }

    /// <inheritdoc />
    public override async Task<bool> IsLockHeldAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenPooledAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var command = connection.CreateCommand();
        await using var commandScope = command.ConfigureAwait(false);
        // The server drops a session's advisory locks when it ends, so a granted lock means a live holder.
        command.CommandText =
            "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1 " +
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) " +
            "AND ((classid::bigint << 32) | objid::bigint) = @key)";
        command.Parameters.Add(new NpgsqlParameter<long>("key", AdvisoryLockKey));
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <inheritdoc />
    public override async Task<MigrationLock> OpenLockAsync(MigrationLockOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        NpgsqlConnection connection;
        try
        {
            connection = await OpenLockConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException exception) when (_lockDisplayName is not null)
        {
            // The error would otherwise name the main server: say which connection string failed.
            throw new NpgsqlException($"the lock session's server {_lockDisplayName} (LockConnectionString) could not be reached: {exception.Message}", exception);
        }
        try
        {
            var command = connection.CreateCommand();
            await using var commandScope = command.ConfigureAwait(false);
            // Server-side keepalives: if this host dies without closing the socket, the server ends the session (and
            // releases the lock) within seconds. pg_backend_pid(), not Npgsql's ProcessID: behind a pooler they differ.
            var idle = Math.Max(1, (int)_lockKeepAlive.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            var interval = Math.Max(1, (int)_lockKeepAlive.TotalSeconds / 3).ToString(CultureInfo.InvariantCulture);
            command.CommandText =
                $"SELECT set_config('tcp_keepalives_idle', '{idle}', false), set_config('tcp_keepalives_interval', '{interval}', false), " +
                "set_config('tcp_keepalives_count', '3', false), pg_backend_pid()";
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using var readerScope = reader.ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var backendPid = reader.GetInt32(3);
            // Npgsql's ProcessID is what the server sent at connect time; a pooler sends its own. Only then is a probe needed.
            if (connection.ProcessID != backendPid) await RefuseTransactionPoolingAsync(backendPid, cancellationToken).ConfigureAwait(false);
            return new NpgsqlMigrationLock(connection, AdvisoryLockKey, FenceKey, backendPid, options, logger, DisplayName);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A connection for the lock session: from the app's data source, or unpooled from the lock's connection string.</summary>
    private async Task<NpgsqlConnection> OpenLockConnectionAsync(CancellationToken cancellationToken)
    {
        if (_lockConnectionString is null) return await OpenPooledAsync(cancellationToken).ConfigureAwait(false);
        // Pooling=false: closing the lock connection ends its session, so the lock never lingers on an idle pooled one.
        var connection = new NpgsqlConnection(_lockConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Behind a pooler, the lock session needs a server session of its own for the whole run (session pooling). In
    /// transaction pooling the server session goes back to the pool after each statement, with the lock on it, and the
    /// next client handed that session would take the lock again (advisory locks are re-entrant): two holders. A second
    /// client connected while ours is idle can only be given our server session under transaction (or statement)
    /// pooling; PgBouncer hands out the most recently used session first, so that is what it gets.
    /// </summary>
    private async Task RefuseTransactionPoolingAsync(int lockBackendPid, CancellationToken cancellationToken)
    {
        var probe = await OpenLockConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var probeScope = probe.ConfigureAwait(false);
        var command = probe.CreateCommand();
        await using var commandScope = command.ConfigureAwait(false);
        command.CommandText = "SELECT pg_backend_pid()";
        if ((int)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! == lockBackendPid)
        {
            throw NpgsqlMigrationLock.PoolerInTransactionMode(DisplayName);
        }
    }

    /// <inheritdoc />
    public override async Task EnsureLedgerAsync(ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logger);
        var connection = await OpenPooledAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        await EnsureTablesAsync(connection, logger, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await OpenPooledAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override async Task<DbTransaction> BeginTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        // PostgreSQL's DDL is transactional: a migration that fails leaves neither schema changes nor a ledger row.
        await ((NpgsqlConnection)connection).BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override async Task InsertLedgerEntryAsync(DbConnection connection, DbTransaction? transaction, LedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var npgsql = (NpgsqlConnection)connection;
        // A run inserts one row per migration on one connection: one command per connection, its SQL text and typed
        // parameters made once, values bound again each time. Positional parameters ($1…) are sent as written, so
        // Npgsql does not rewrite the SQL on every execution. A connection is used by one run at a time; the table
        // holds the command only as long as the connection object lives.
        if (!_insertCommands.TryGetValue(npgsql, out var command))
        {
            // A plain insert: a migration recorded twice fails on the key instead of overwriting the first record.
            command = new NpgsqlCommand(
                $"INSERT INTO {_ledger} (migration_order, name, checksum, status, applied_at, duration_ms, applied_by, {FlagColumn}) " +
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)", npgsql)
            {
                Parameters =
                {
                    new NpgsqlParameter<long>(), new NpgsqlParameter<string>(), new NpgsqlParameter<string>(), new NpgsqlParameter<string>(),
                    new NpgsqlParameter<DateTime> { NpgsqlDbType = NpgsqlDbType.TimestampTz }, new NpgsqlParameter<long>(), new NpgsqlParameter<string>(),
                    new NpgsqlParameter<bool>(),
                },
            };
            _insertCommands.AddOrUpdate(npgsql, command);
        }
        command.Transaction = (NpgsqlTransaction?)transaction;
        var parameters = command.Parameters;
        ((NpgsqlParameter<long>)parameters[0]).TypedValue = entry.Order;
        ((NpgsqlParameter<string>)parameters[1]).TypedValue = entry.Name;
        ((NpgsqlParameter<string>)parameters[2]).TypedValue = entry.Checksum;
        ((NpgsqlParameter<string>)parameters[3]).TypedValue = LedgerStatusNames.ToText(entry.Status);
        ((NpgsqlParameter<DateTime>)parameters[4]).TypedValue = entry.AppliedAt.UtcDateTime;
        ((NpgsqlParameter<long>)parameters[5]).TypedValue = (long)entry.Duration.TotalMilliseconds;
        ((NpgsqlParameter<string>)parameters[6]).TypedValue = entry.AppliedBy;
        ((NpgsqlParameter<bool>)parameters[7]).TypedValue = entry.IsBackwardCompatible;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<bool> UpdateLedgerEntryAsync(DbConnection connection, DbTransaction? transaction, LedgerEntry entry, LedgerStatus expected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var command = LedgerCommand(connection, transaction, entry,
            $"UPDATE {_ledger} SET name = @name, checksum = @checksum, status = @status, applied_at = @applied_at, duration_ms = @duration_ms, applied_by = @applied_by, " +
            $"{FlagColumn} = @backward_compatible WHERE migration_order = @order AND status = @expected");
        await using var commandScope = command.ConfigureAwait(false);
        command.Parameters.Add(new NpgsqlParameter<string>("expected", LedgerStatusNames.ToText(expected)));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public override async Task<bool> DeleteLedgerEntryAsync(DbConnection connection, DbTransaction? transaction, long order, CancellationToken cancellationToken)
    {
        var command = ((NpgsqlConnection)connection).CreateCommand();
        await using var commandScope = command.ConfigureAwait(false);
        command.Transaction = (NpgsqlTransaction?)transaction;
        command.CommandText = $"DELETE FROM {_ledger} WHERE migration_order = @order";
        command.Parameters.Add(new NpgsqlParameter<long>("order", order));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public override bool IsDatabaseFailure(Exception exception) => exception switch
    {
        // Connection exceptions (08), insufficient resources such as a full disk (53), operator intervention such as a
        // shutdown (57P01-57P03, not 57014 query_canceled), and system or I/O errors (58).
        PostgresException postgres => postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState.StartsWith("53", StringComparison.Ordinal)
            || postgres.SqlState is "57P01" or "57P02" or "57P03" || postgres.SqlState.StartsWith("58", StringComparison.Ordinal),
        // Not a server error: the socket broke, the server could not be reached, or a read timed out.
        NpgsqlException npgsql => npgsql.InnerException is IOException or System.Net.Sockets.SocketException or TimeoutException || npgsql.IsTransient,
        _ => false,
    };

    /// <inheritdoc />
    public override bool IsDuplicateLedgerRow(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres && postgres.TableName == _ledgerTableName;

    private static NpgsqlCommand LedgerCommand(DbConnection connection, DbTransaction? transaction, LedgerEntry entry, string sql)
    {
        var command = ((NpgsqlConnection)connection).CreateCommand();
        command.Transaction = (NpgsqlTransaction?)transaction;
        command.CommandText = sql;
        command.Parameters.Add(new NpgsqlParameter<long>("order", entry.Order));
        command.Parameters.Add(new NpgsqlParameter<string>("name", entry.Name));
        command.Parameters.Add(new NpgsqlParameter<string>("checksum", entry.Checksum));
        command.Parameters.Add(new NpgsqlParameter<string>("status", LedgerStatusNames.ToText(entry.Status)));
        command.Parameters.Add(new NpgsqlParameter<DateTime>("applied_at", NpgsqlDbType.TimestampTz) { TypedValue = entry.AppliedAt.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter<long>("duration_ms", (long)entry.Duration.TotalMilliseconds));
        command.Parameters.Add(new NpgsqlParameter<string>("applied_by", entry.AppliedBy));
        command.Parameters.Add(new NpgsqlParameter<bool>("backward_compatible", entry.IsBackwardCompatible));
        return command;
    }

    /// <inheritdoc />
    public override string ScriptLedgerSetup() =>
        // public exists in every database; CREATE SCHEMA IF NOT EXISTS would still demand the CREATE privilege on the database.
        (_schemaName == "public" ? "" : $"CREATE SCHEMA IF NOT EXISTS {_schema};\n") + LedgerTablesSql();

    private string LedgerTablesSql() =>
        $"CREATE TABLE IF NOT EXISTS {_ledger} (" +
        "migration_order bigint NOT NULL PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, status text NOT NULL, " +
        $"applied_at timestamptz NOT NULL, duration_ms bigint NOT NULL, applied_by text NOT NULL, {FlagColumn} boolean NOT NULL DEFAULT false);\n" +
        // A ledger of the first layout gains the column in place (instant: a constant default rewrites no row).
        $"ALTER TABLE {_ledger} ADD COLUMN IF NOT EXISTS {FlagColumn} boolean NOT NULL DEFAULT false;\n" +
        $"CREATE TABLE IF NOT EXISTS {_meta} (key text NOT NULL PRIMARY KEY, value text NOT NULL);\n" +
        $"INSERT INTO {_meta} (key, value) VALUES ('schema_version', '{LedgerSchemaVersion.ToString(CultureInfo.InvariantCulture)}') ON CONFLICT (key) DO NOTHING;\n";

    /// <inheritdoc />
    public override string ScriptLedgerEntry(LedgerEntry entry, LedgerStatus? replaces = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // Literals for a script a person reads and runs; standard_conforming_strings (on since PostgreSQL 9.1) makes '' the only escape.
        static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
        var order = entry.Order.ToString(CultureInfo.InvariantCulture);
        var appliedAt = Literal(entry.AppliedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)) + "::timestamptz";
        var duration = ((long)entry.Duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        var status = Literal(LedgerStatusNames.ToText(entry.Status));
        var flag = entry.IsBackwardCompatible ? "true" : "false";
        return replaces is { } previous
            ? $"UPDATE {_ledger} SET name = {Literal(entry.Name)}, checksum = {Literal(entry.Checksum)}, status = {status}, applied_at = {appliedAt}, " +
              $"duration_ms = {duration}, applied_by = {Literal(entry.AppliedBy)}, {FlagColumn} = {flag} WHERE migration_order = {order} AND status = {Literal(LedgerStatusNames.ToText(previous))}"
            : $"INSERT INTO {_ledger} (migration_order, name, checksum, status, applied_at, duration_ms, applied_by, {FlagColumn}) VALUES (" +
              $"{order}, {Literal(entry.Name)}, {Literal(entry.Checksum)}, {status}, {appliedAt}, {duration}, {Literal(entry.AppliedBy)}, {flag})";
    }

    /// <summary>
    /// Disposes the store. Its pooled connections stay in Npgsql's pool for the connection string (or in the app's data
    /// source), ready for the next store on the same database; <see cref="NpgsqlConnection.ClearPool"/> closes them.
    /// </summary>
    public override ValueTask DisposeAsync() => base.DisposeAsync();

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

    private async Task EnsureTablesAsync(NpgsqlConnection connection, ILogger logger, CancellationToken cancellationToken)
    {
        // Look first and create only what is missing: CREATE … IF NOT EXISTS still demands CREATE privilege,
        // which an application role that only reads and writes an existing ledger may not have.
        for (var attempt = 1; ; attempt++)
        {
            bool schemaExists, ledgerExists, metaExists, keyed, flagged;
            long columns;
            var check = connection.CreateCommand();
            await using (check.ConfigureAwait(false))
            {
                // Also the ledger's shape: its seven columns, and a one-column key on migration_order (without it a
                // migration could be recorded twice).
                check.CommandText =
                    "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = @schema), to_regclass(@ledger) IS NOT NULL, to_regclass(@meta) IS NOT NULL, " +
                    "(SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass(@ledger) AND NOT attisdropped AND attname = ANY(@columns)), " +
                    "EXISTS (SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] " +
                    "WHERE i.indrelid = to_regclass(@ledger) AND i.indisunique AND i.indnatts = 1 AND a.attname = 'migration_order'), " +
                    $"EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(@ledger) AND NOT attisdropped AND attname = '{FlagColumn}')";
                check.Parameters.Add(new NpgsqlParameter<string>("schema", _schemaName));
                check.Parameters.Add(new NpgsqlParameter<string>("ledger", _ledger));
                check.Parameters.Add(new NpgsqlParameter<string>("meta", _meta));
                check.Parameters.Add(new NpgsqlParameter<string[]>("columns", ["migration_order", "name", "checksum", "status", "applied_at", "duration_ms", "applied_by"]));
                var reader = await check.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using var readerScope = reader.ConfigureAwait(false);
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                (schemaExists, ledgerExists, metaExists) = (reader.GetBoolean(0), reader.GetBoolean(1), reader.GetBoolean(2));
                (columns, keyed, flagged) = (reader.GetInt64(3), reader.GetBoolean(4), reader.GetBoolean(5));
            }
            if (ledgerExists && columns < 7)
            {
                throw new MigrationLedgerException(
                    $"The ledger table {_ledger} on {DisplayName} is not a GeneratedMigrations ledger: it lacks some of the columns migration_order, name, checksum, status, applied_at, duration_ms, applied_by. " +
                    "Another tool may use that name: choose another TableName, or restore the table.");
            }
            if (ledgerExists && !keyed)
            {
                throw new MigrationLedgerException(
                    $"The ledger table {_ledger} on {DisplayName} has lost its primary key on migration_order, so it could record a migration twice. " +
                    $"Restore it before migrating: ALTER TABLE {_ledger} ADD PRIMARY KEY (migration_order);");
            }
            if (schemaExists && ledgerExists && metaExists && flagged) return;

            try
            {
                var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using var transactionScope = transaction.ConfigureAwait(false);
                var create = connection.CreateCommand();
                await using var createScope = create.ConfigureAwait(false);
                create.Transaction = transaction;
                create.CommandText =
                    (schemaExists ? "" : $"CREATE SCHEMA IF NOT EXISTS {_schema};") + LedgerTablesSql();
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                if (ledgerExists) Log.LedgerUpgraded(logger, DisplayName, _ledger, FlagColumn);
                else Log.LedgerCreated(logger, DisplayName, _ledger);
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


    // The ledger's columns, in the order ReadLedgerAsync reads them (one array, not one per row).
    private static readonly string[] LedgerColumns = ["migration_order", "name", "checksum", "status", "applied_at", "duration_ms", "applied_by"];

    private LedgerEntry ReadEntry(NpgsqlDataReader reader)
    {
        var columns = LedgerColumns;
        long? order = null;
        T Value<T>(int column, string expected)
        {
            if (reader.IsDBNull(column))
            {
                throw Damaged($"has a damaged row{For(order)}: column {columns[column]} is NULL", order);
            }
            try
            {
                return reader.GetFieldValue<T>(column);
            }
            catch (InvalidCastException exception)
            {
                // The first row read shows it (every row has the column's type); it is named, as for any damaged row.
                var message =
                    $"The ledger table {_ledger} on {DisplayName} is not a GeneratedMigrations ledger: column {columns[column]} has type {reader.GetDataTypeName(column)}, not {expected} " +
                    $"(seen reading the row{For(order)}). It was altered by hand: restore its type.";
                throw order is { } o ? new MigrationLedgerException(message, o, exception) : new MigrationLedgerException(message, exception);
            }
        }
        order = Value<long>(0, "bigint");
        var name = Value<string>(1, "text");
        var checksum = Value<string>(2, "text");
        var statusText = Value<string>(3, "text");
        var appliedAt = Value<DateTime>(4, "timestamptz");
        var durationMs = Value<long>(5, "bigint");
        var appliedBy = Value<string>(6, "text");
        var backwardCompatible = reader.FieldCount > 7 && !reader.IsDBNull(7) && reader.GetFieldValue<bool>(7);
        if (!LedgerStatusNames.TryParse(statusText, out var status))
        {
            throw Damaged($"has status '{statusText}'{For(order)}, which this release does not know (edited by hand, or written by a newer release)", order);
        }
        return new LedgerEntry(order.Value, name, checksum, status, new DateTimeOffset(DateTime.SpecifyKind(appliedAt, DateTimeKind.Utc)), TimeSpan.FromMilliseconds(durationMs), appliedBy)
        {
            IsBackwardCompatible = backwardCompatible,
        };
    }

    private static string For(long? order) => order is { } o ? " for migration " + o.ToString(CultureInfo.InvariantCulture) : "";

    private MigrationLedgerException Damaged(string what, long? order)
    {
        var message = $"The ledger table {_ledger} on {DisplayName} {what}. The ledger was edited by hand: restore it from a backup or correct the row.";
        return order is { } o ? new MigrationLedgerException(message, o) : new MigrationLedgerException(message);
    }

    private static string Truncate(string text, int maxBytes)
    {
        // application_name is cut by the server at 63 bytes; cut it here, on a character boundary.
        while (Encoding.UTF8.GetByteCount(text) > maxBytes) text = text[..^1];
        return text;
    }

}
