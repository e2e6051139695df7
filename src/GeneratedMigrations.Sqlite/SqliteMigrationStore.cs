using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace GeneratedMigrations.Sqlite;

/// <summary>
/// Keeps the ledger in an SQLite database (Microsoft.Data.Sqlite) and serialises migrating processes with
/// a lease row that its holder renews; a lease whose holder died expires and is taken over.
/// </summary>
public sealed class SqliteMigrationStore : MigrationStore
{
    /// <summary>The ledger schema version this release reads and writes (<see cref="LedgerSchema.CurrentVersion"/>).</summary>
    public const int LedgerSchemaVersion = LedgerSchema.CurrentVersion;

    private const int SqliteError = 1;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private readonly string _connectionString;
    private readonly string _dataSource;
    private readonly string _ledger;
    private readonly string _meta;
    private readonly string _lock;
    private readonly string? _file;

    /// <summary>Creates a store for the database a connection string names.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, such as <c>Data Source=app.db</c>.</param>
    /// <param name="options">Table name and busy timeout; defaults when omitted.</param>
    /// <exception cref="ArgumentException">The connection string or the table name is invalid.</exception>
    public SqliteMigrationStore(string connectionString, SqliteMigrationStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        options ??= new SqliteMigrationStoreOptions();
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException exception)
        {
            // The provider's message can echo the whole string; say what is wrong without repeating it.
            throw new ArgumentException($"The SQLite connection string is not valid: {exception.Message.Split('\'')[0].Trim()}. Expected something like 'Data Source=app.db'.", nameof(connectionString));
        }
        // Microsoft.Data.Sqlite retries busy statements until the command timeout; that is our busy wait.
        builder.DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds));
        _connectionString = builder.ToString();
        _dataSource = string.IsNullOrEmpty(builder.DataSource) ? "(temporary database)" : builder.DataSource;
        _file = builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" || builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            ? null
            : builder.DataSource;
        _ledger = SqlIdentifier.Quote(options.TableName);
        _meta = SqlIdentifier.Quote(options.TableName + "_meta");
        _lock = SqlIdentifier.Quote(options.TableName + "_lock");
        BusyTimeout = options.BusyTimeout;
    }

    private TimeSpan BusyTimeout { get; }

    /// <inheritdoc />
    public override string DisplayName => "sqlite:" + _dataSource;

    /// <inheritdoc />
    public override async Task<IReadOnlyList<LedgerEntry>> ReadLedgerAsync(CancellationToken cancellationToken)
    {
        // Opening a missing file would create it: a status or verify must change nothing, so a missing file is an empty ledger.
        if (_file is not null && !File.Exists(_file)) return [];
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        // One round trip: the schema version and the rows, as two result sets.
        command.CommandText =
            $"SELECT value FROM {_meta} WHERE key = 'schema_version';" +
            $"SELECT migration_order, name, checksum, status, applied_at, duration_ms, applied_by FROM {_ledger} ORDER BY migration_order;";
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var version = await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? reader.GetString(0) : null;
            LedgerSchema.EnsureSupported(version);
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            var entries = new List<LedgerEntry>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                entries.Add(ReadEntry(reader));
            }
            return entries;
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteError && exception.Message.Contains("no such table", StringComparison.Ordinal))
        {
            return [];
        }
    }

    /// <inheritdoc />
    public override async Task<bool> IsLockHeldAsync(CancellationToken cancellationToken)
    {
        if (_file is not null && !File.Exists(_file)) return false;
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT expires_at FROM {_lock} WHERE id = 1";
        try
        {
            // A lease past its expiry belongs to a dead holder: nobody is migrating.
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long expiresAt
                && expiresAt > DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteError && exception.Message.Contains("no such table", StringComparison.Ordinal))
        {
            return false;
        }
    }

    /// <inheritdoc />
    public override async Task<MigrationLock> AcquireLockAsync(MigrationLockOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await EnsureTablesAsync(connection, cancellationToken).ConfigureAwait(false);
            var owner = $"{Environment.MachineName} pid {Environment.ProcessId} ({Guid.NewGuid().ToString("N")[..8]})";
            var waited = System.Diagnostics.Stopwatch.StartNew();
            var backoff = TimeSpan.FromMilliseconds(25);
            string? lastHolder = null;
            while (true)
            {
                var attempt = await TryTakeLeaseAsync(connection, owner, options.LeaseDuration, cancellationToken).ConfigureAwait(false);
                if (attempt.Taken)
                {
                    if (attempt.ExpiredHolder is { } dead) Log.LeaseTakenOver(logger, DisplayName, dead);
                    return new SqliteMigrationLock(connection, _lock, owner, options, logger, DisplayName);
                }
                if (attempt.Holder != lastHolder && attempt.Holder is not null)
                {
                    Log.LockWaiting(logger, DisplayName, attempt.Holder);
                    lastHolder = attempt.Holder;
                }
                var remaining = options.WaitTimeout - waited.Elapsed;
                if (remaining <= TimeSpan.Zero)
                {
                    throw new MigrationLockTimeoutException(waited.Elapsed, lastHolder, MigrationOperation.Up, null);
                }
                await Task.Delay(backoff < remaining ? backoff : remaining, cancellationToken).ConfigureAwait(false);
                backoff = TimeSpan.FromMilliseconds(Math.Min(backoff.TotalMilliseconds * 2, 500));
            }
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await OpenAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override Task<DbTransaction> BeginTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE: take the write lock up front, so a migration never fails half way when it upgrades
        // a read lock while another process writes (SQLite cannot wait for that upgrade).
        return Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
    }

    /// <inheritdoc />
    public override async Task WriteLedgerEntryAsync(DbConnection connection, DbTransaction? transaction, LedgerEntry entry, CancellationToken cancellationToken)
    {
        await using var command = ((SqliteConnection)connection).CreateCommand();
        command.Transaction = (SqliteTransaction?)transaction;
        command.CommandText =
            $"INSERT OR REPLACE INTO {_ledger} (migration_order, name, checksum, status, applied_at, duration_ms, applied_by) " +
            "VALUES ($order, $name, $checksum, $status, $applied_at, $duration_ms, $applied_by)";
        command.Parameters.AddWithValue("$order", entry.Order);
        command.Parameters.AddWithValue("$name", entry.Name);
        command.Parameters.AddWithValue("$checksum", entry.Checksum);
        command.Parameters.AddWithValue("$status", LedgerStatusNames.ToText(entry.Status));
        command.Parameters.AddWithValue("$applied_at", FormatTime(entry.AppliedAt));
        command.Parameters.AddWithValue("$duration_ms", (long)entry.Duration.TotalMilliseconds);
        command.Parameters.AddWithValue("$applied_by", entry.AppliedBy);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task DeleteLedgerEntryAsync(DbConnection connection, DbTransaction? transaction, long order, CancellationToken cancellationToken)
    {
        await using var command = ((SqliteConnection)connection).CreateCommand();
        command.Transaction = (SqliteTransaction?)transaction;
        command.CommandText = $"DELETE FROM {_ledger} WHERE migration_order = $order";
        command.Parameters.AddWithValue("$order", order);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override string ScriptLedgerSetup() =>
        $"CREATE TABLE IF NOT EXISTS {_ledger} (" +
        "migration_order INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, status TEXT NOT NULL, " +
        "applied_at TEXT NOT NULL, duration_ms INTEGER NOT NULL, applied_by TEXT NOT NULL);\n" +
        $"CREATE TABLE IF NOT EXISTS {_meta} (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL);\n" +
        $"INSERT OR IGNORE INTO {_meta} (key, value) VALUES ('schema_version', '{LedgerSchemaVersion.ToString(CultureInfo.InvariantCulture)}');\n" +
        $"CREATE TABLE IF NOT EXISTS {_lock} (" +
        "id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1), owner TEXT NOT NULL, acquired_at TEXT NOT NULL, expires_at INTEGER NOT NULL);\n";

    /// <inheritdoc />
    public override string ScriptLedgerEntry(LedgerEntry entry) =>
        $"INSERT OR REPLACE INTO {_ledger} (migration_order, name, checksum, status, applied_at, duration_ms, applied_by) VALUES (" +
        $"{entry.Order.ToString(CultureInfo.InvariantCulture)}, {Literal(entry.Name)}, {Literal(entry.Checksum)}, {Literal(LedgerStatusNames.ToText(entry.Status))}, " +
        $"{Literal(FormatTime(entry.AppliedAt))}, {((long)entry.Duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)}, {Literal(entry.AppliedBy)})";

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string FormatTime(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            // SQLite's own busy handler waits inside the engine; Microsoft.Data.Sqlite's retry covers the rest.
            command.CommandText = $"PRAGMA busy_timeout = {(long)BusyTimeout.TotalMilliseconds}";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task EnsureTablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = ScriptLedgerSetup() + $"SELECT value FROM {_meta} WHERE key = 'schema_version';";
        var version = (string?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        LedgerSchema.EnsureSupported(version);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<LeaseAttempt> TryTakeLeaseAsync(SqliteConnection connection, string owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        SqliteTransaction transaction;
        try
        {
            transaction = connection.BeginTransaction(deferred: false);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is SqliteBusy or SqliteLocked)
        {
            // A long migration holds the write lock past the busy timeout: the lock is held, keep waiting.
            return new LeaseAttempt(false, "a process that is writing to the database", null);
        }
        await using (transaction.ConfigureAwait(false))
        {
            await using var read = connection.CreateCommand();
            read.Transaction = transaction;
            read.CommandText = $"SELECT owner, expires_at FROM {_lock} WHERE id = 1";
            string? holder = null;
            long expiresAt = 0;
            await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    holder = reader.GetString(0);
                    expiresAt = reader.GetInt64(1);
                }
            }
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            if (holder is not null && expiresAt > now)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return new LeaseAttempt(false, holder, null);
            }
            await using var write = connection.CreateCommand();
            write.Transaction = transaction;
            write.CommandText = $"INSERT OR REPLACE INTO {_lock} (id, owner, acquired_at, expires_at) VALUES (1, $owner, $acquired_at, $expires_at)";
            write.Parameters.AddWithValue("$owner", owner);
            write.Parameters.AddWithValue("$acquired_at", DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture));
            write.Parameters.AddWithValue("$expires_at", now + (long)lease.TotalMilliseconds);
            await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new LeaseAttempt(true, owner, holder);
        }
    }


    private static LedgerEntry ReadEntry(SqliteDataReader reader)
    {
        var appliedAt = DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        LedgerStatus status;
        try
        {
            status = LedgerStatusNames.Parse(reader.GetString(3));
        }
        catch (FormatException exception)
        {
            throw new MigrationLedgerException(
                $"Ledger row for migration {reader.GetInt64(0)} has status '{reader.GetString(3)}', which this release does not know. The ledger was edited by hand or by a newer release.", exception);
        }
        return new LedgerEntry(
            reader.GetInt64(0),
            reader.GetString(1),
            reader.GetString(2),
            status,
            appliedAt,
            TimeSpan.FromMilliseconds(reader.GetInt64(5)),
            reader.GetString(6));
    }

    private readonly record struct LeaseAttempt(bool Taken, string? Holder, string? ExpiredHolder);
}
