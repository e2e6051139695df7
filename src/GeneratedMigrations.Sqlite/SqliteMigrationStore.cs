using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace GeneratedMigrations.Sqlite;

/// <summary>
/// Keeps the ledger in an SQLite database (Microsoft.Data.Sqlite) and serialises migrating processes with
/// a lease row that its holder renews; a lease whose holder died expires and is taken over.
/// </summary>
public sealed class SqliteMigrationStore : MigrationStore
{
    // The ledger layout version this release reads and writes.
    internal const int LedgerSchemaVersion = LedgerSchema.CurrentVersion;

    private const int SqliteError = 1;
    private const int SqliteCantOpen = 14;

    // The ledger's columns, in the order every query reads them.
    private static readonly string[] LedgerColumns = ["migration_order", "name", "checksum", "status", "applied_at", "duration_ms", "applied_by"];

    // Added after the first layout, with a default, so releases that predate it keep reading and writing the ledger
    // (they name their columns); EnsureLedgerAsync adds it in place, under the lock, to a ledger that lacks it.
    private const string FlagColumn = "backward_compatible";

    private static readonly string[] LedgerColumnsWithFlag = [.. LedgerColumns, FlagColumn];

    // The caller's connection string, already checked, and the three made from it when first needed (an up-to-date
    // start needs only the one for reading): each costs a parse and a rebuild by SqliteConnectionStringBuilder.
    private readonly string _givenConnectionString;
    private readonly bool _createsMissingFile;
    private readonly int _busyTimeoutSeconds;
    private string? _connectionString;
    private string? _readConnectionString;
    private string? _lockConnectionString;
    private readonly string _dataSource;
    private readonly string _ledgerName;
    private readonly string _metaName;
    private readonly string _ledger;
    private readonly string _meta;
    private readonly string _lock;
    private readonly ConditionalWeakTable<SqliteConnection, SqliteCommand> _insertCommands = new();

    /// <summary>Creates a store for the database a connection string names. Nothing is opened until the store is used.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, such as <c>Data Source=app.db</c>.</param>
    /// <param name="options">Table name and busy timeout; defaults when omitted.</param>
    /// <exception cref="ArgumentException">The connection string or the table name is invalid.</exception>
    public SqliteMigrationStore(string connectionString, SqliteMigrationStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        options ??= new SqliteMigrationStoreOptions();
        var builder = Parse(connectionString);
        _givenConnectionString = connectionString;
        _createsMissingFile = builder.Mode == SqliteOpenMode.ReadWriteCreate;
        // Microsoft.Data.Sqlite retries busy statements until the command timeout; that is our busy wait.
        _busyTimeoutSeconds = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds));
        _dataSource = string.IsNullOrEmpty(builder.DataSource) ? "(temporary database)" : builder.DataSource;
        _ledgerName = options.TableName;
        _metaName = options.TableName + "_meta";
        _ledger = SqlIdentifier.Quote(options.TableName);
        _meta = SqlIdentifier.Quote(_metaName);
        _lock = SqlIdentifier.Quote(options.TableName + "_lock");
        BusyTimeout = options.BusyTimeout;
    }

    private TimeSpan BusyTimeout { get; }

    private string ConnectionString => _connectionString ??=
        new SqliteConnectionStringBuilder(_givenConnectionString) { DefaultTimeout = _busyTimeoutSeconds }.ToString();

    // Reads must never create a missing file, yet must be able to roll back a hot journal that a killed writer
    // left behind (a read-only connection cannot): open read-write without create, and read "cannot open" as absent.
    // Written as the caller's string with the mode appended (the last value of a key wins), and the busy wait set on
    // the connection (see OpenForReading), so that an up-to-date start never rebuilds a connection string.
    private string ReadConnectionString => _readConnectionString ??= _createsMissingFile
        ? _givenConnectionString.TrimEnd() + (_givenConnectionString.TrimEnd().EndsWith(';') ? "" : ";") + "Mode=ReadWrite"
        : ConnectionString;

    // Lock attempts must not sit in a busy wait: a busy database means "the lock is held", and the runner's
    // wait loop (which logs, honours its timeout and its cancellation) decides what happens next.
    private string LockConnectionString => _lockConnectionString ??=
        new SqliteConnectionStringBuilder(_givenConnectionString) { DefaultTimeout = 1 }.ToString();

    /// <inheritdoc />
    public override string DisplayName => "sqlite:" + _dataSource;

    /// <inheritdoc />
    public override Task<IReadOnlyList<LedgerEntry>> ReadLedgerAsync(CancellationToken cancellationToken)
    {
        // Microsoft.Data.Sqlite does every "async" call synchronously (SQLite has no asynchronous I/O), so the read is
        // written against its synchronous API: the same work and the same cancellation checks, without the five state
        // machines (and their generic Start instantiations) that the JIT compiled on every start. Failures are
        // returned in the task, as from an async method.
        try
        {
            return Task.FromResult(ReadLedger(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<IReadOnlyList<LedgerEntry>>(cancellationToken);
        }
        catch (Exception exception)
        {
            return Task.FromException<IReadOnlyList<LedgerEntry>>(exception);
        }
    }

    private IReadOnlyList<LedgerEntry> ReadLedger(CancellationToken cancellationToken)
    {
        // Another process may be creating the ledger while we read: a table missing at the first statement and
        // present by the time we look again is read again, never taken for "no ledger".
        // A ledger of the first layout (no flag column) is read as it is; not remembered, because a newer build may
        // upgrade it at any moment, and a long-lived reader (a health check) must then see the flags.
        var withFlag = true;
        for (var attempt = 1; ; attempt++)
        {
            using var connection = OpenForReading(cancellationToken);
            if (connection is null) return [];
            try
            {
                return ReadRows(connection, withFlag, cancellationToken);
            }
            catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteError && withFlag
                && exception.Message.Contains("no such column: " + FlagColumn, StringComparison.Ordinal))
            {
                withFlag = false;
                attempt--;
            }
            catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteError)
            {
                if (ExplainMissing(connection, exception, lastAttempt: attempt == 3, cancellationToken) is { } absent) return absent;
            }
        }
    }

    private List<LedgerEntry> ReadRows(SqliteConnection connection, bool withFlag, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        // One round trip: the schema version and the rows, as two result sets.
        command.CommandText =
            $"SELECT value FROM {_meta} WHERE key = 'schema_version';" +
            $"SELECT {string.Join(", ", withFlag ? LedgerColumnsWithFlag : LedgerColumns)} FROM {_ledger} ORDER BY migration_order;";
        cancellationToken.ThrowIfCancellationRequested();
        using var reader = command.ExecuteReader();
        cancellationToken.ThrowIfCancellationRequested();
        var version = reader.Read() ? reader.GetValue(0) as string ?? "(not text)" : null;
        LedgerSchema.EnsureSupported(version);
        cancellationToken.ThrowIfCancellationRequested();
        reader.NextResult();
        var entries = new List<LedgerEntry>();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!reader.Read()) break;
            var entry = ReadEntry(reader);
            if (entries.Count > 0 && entries[^1].Order == entry.Order)
            {
                throw Damaged($"holds two rows for migration {entry.Order.ToString(CultureInfo.InvariantCulture)}, so its primary key was removed", entry.Order);
            }
            entries.Add(entry);
        }
        return entries;
    }

    /// <inheritdoc />
    public override async Task<bool> IsLockHeldAsync(CancellationToken cancellationToken)
    {
        var connection = OpenForReading(cancellationToken);
        if (connection is null) return false;
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using var commandScope = command.ConfigureAwait(false);
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
    }

    /// <inheritdoc />
    public override async Task<MigrationLock> OpenLockAsync(MigrationLockOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var connection = await OpenAsync(LockConnectionString, TimeSpan.FromMilliseconds(250), cancellationToken).ConfigureAwait(false);
        return new SqliteMigrationLock(connection, _lock, _meta, options, logger, DisplayName);
    }

    /// <inheritdoc />
    public override async Task EnsureLedgerAsync(ILogger logger, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(ConnectionString, BusyTimeout, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // Look first: the tables usually exist, and a read needs no write lock.
            var (ledgerColumns, metaExists) = DescribeTables(connection, cancellationToken);
            if (ledgerColumns.Count == 0 || !metaExists)
            {
                if (ledgerColumns.Count > 0 && !metaExists) throw MissingMeta();
                var transaction = connection.BeginTransaction(deferred: false);
                await using var transactionScope = transaction.ConfigureAwait(false);
                var create = connection.CreateCommand();
                await using var createScope = create.ConfigureAwait(false);
                create.Transaction = transaction;
                create.CommandText = ScriptLedgerSetup();
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                (ledgerColumns, _) = DescribeTables(connection, cancellationToken);
            }
            CheckShape(ledgerColumns);
            if (!ledgerColumns.ContainsKey(FlagColumn)) await AddFlagColumnAsync(connection, logger, cancellationToken).ConfigureAwait(false);
            var version = connection.CreateCommand();
            await using var versionScope = version.ConfigureAwait(false);
            version.CommandText = $"SELECT value FROM {_meta} WHERE key = 'schema_version'";
            LedgerSchema.EnsureSupported(await version.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string);
        }
    }

    /// <summary>The in-place upgrade of a ledger of the first layout: one column with a default, so no row is rewritten.</summary>
    private async Task AddFlagColumnAsync(SqliteConnection connection, ILogger logger, CancellationToken cancellationToken)
    {
        var transaction = connection.BeginTransaction(deferred: false);
        await using var transactionScope = transaction.ConfigureAwait(false);
        var alter = connection.CreateCommand();
        await using var alterScope = alter.ConfigureAwait(false);
        alter.Transaction = transaction;
        alter.CommandText = $"ALTER TABLE {_ledger} ADD COLUMN {FlagColumn} INTEGER NOT NULL DEFAULT 0";
        try
        {
            await alter.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteError && exception.Message.Contains("duplicate column name", StringComparison.Ordinal))
        {
            // Added by a process that does not take our lock (a tool, a hand): the ledger has the column, which is all we need.
            return;
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        Log.LedgerUpgraded(logger, DisplayName, _ledgerName, FlagColumn);
    }

    /// <inheritdoc />
    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await OpenAsync(ConnectionString, BusyTimeout, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override Task<DbTransaction> BeginTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE: take the write lock up front, so a migration never fails half way when it upgrades
        // a read lock while another process writes (SQLite cannot wait for that upgrade). Holding the write lock
        // also excludes every other writer until commit, which is what fences an earlier lease holder out.
        return Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
    }

    /// <inheritdoc />
    public override async Task InsertLedgerEntryAsync(DbConnection connection, DbTransaction? transaction, LedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var sqlite = (SqliteConnection)connection;
        // A run inserts one row per migration on one connection: one command per connection, its SQL text and
        // parameters made once, values bound again each time; Microsoft.Data.Sqlite keeps the statement it prepared
        // (and SQLite re-prepares it itself after a migration changed the schema). A connection is used by one run at
        // a time; the table holds the command only as long as the connection object lives, and closing the connection
        // finalizes the statement.
        if (!_insertCommands.TryGetValue(sqlite, out var command))
        {
            command = sqlite.CreateCommand();
            command.CommandText = $"INSERT INTO {_ledger} ({string.Join(", ", LedgerColumnsWithFlag)}) VALUES ({string.Join(", ", LedgerParameterNames)})";
            foreach (var name in LedgerParameterNames) command.Parameters.Add(new SqliteParameter { ParameterName = name });
            _insertCommands.AddOrUpdate(sqlite, command);
        }
        command.Transaction = (SqliteTransaction?)transaction;
        Bind(command.Parameters, entry);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<bool> UpdateLedgerEntryAsync(DbConnection connection, DbTransaction? transaction, LedgerEntry entry, LedgerStatus expected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var command = LedgerCommand(connection, transaction, entry,
            $"UPDATE {_ledger} SET name = $name, checksum = $checksum, status = $status, applied_at = $applied_at, duration_ms = $duration_ms, applied_by = $applied_by, " +
            $"{FlagColumn} = $backward_compatible WHERE migration_order = $order AND status = $expected");
        await using var commandScope = command.ConfigureAwait(false);
        command.Parameters.AddWithValue("$expected", LedgerStatusNames.ToText(expected));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public override async Task<bool> DeleteLedgerEntryAsync(DbConnection connection, DbTransaction? transaction, long order, CancellationToken cancellationToken)
    {
        var command = ((SqliteConnection)connection).CreateCommand();
        await using var commandScope = command.ConfigureAwait(false);
        command.Transaction = (SqliteTransaction?)transaction;
        command.CommandText = $"DELETE FROM {_ledger} WHERE migration_order = $order";
        command.Parameters.AddWithValue("$order", order);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public override string ScriptLedgerSetup() =>
        $"CREATE TABLE IF NOT EXISTS {_ledger} (" +
        "migration_order INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, status TEXT NOT NULL, " +
        $"applied_at TEXT NOT NULL, duration_ms INTEGER NOT NULL, applied_by TEXT NOT NULL, {FlagColumn} INTEGER NOT NULL DEFAULT 0);\n" +
        $"CREATE TABLE IF NOT EXISTS {_meta} (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL);\n" +
        $"INSERT OR IGNORE INTO {_meta} (key, value) VALUES ('schema_version', '{LedgerSchemaVersion.ToString(CultureInfo.InvariantCulture)}');\n" +
        SqliteMigrationLock.TableSql(_lock) + ";\n";

    /// <inheritdoc />
    public override string ScriptLedgerEntry(LedgerEntry entry, LedgerStatus? replaces = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var (order, name, checksum, status) = (entry.Order.ToString(CultureInfo.InvariantCulture), Literal(entry.Name), Literal(entry.Checksum), Literal(LedgerStatusNames.ToText(entry.Status)));
        var (appliedAt, duration, appliedBy) = (Literal(FormatTime(entry.AppliedAt)), ((long)entry.Duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture), Literal(entry.AppliedBy));
        // The flag is named only when set, so the script of an ordinary migration also runs on a ledger of the first layout.
        var (flagSet, flagColumn, flagValue) = entry.IsBackwardCompatible ? ($", {FlagColumn} = 1", $", {FlagColumn}", ", 1") : ("", "", "");
        return replaces is { } previous
            ? $"UPDATE {_ledger} SET name = {name}, checksum = {checksum}, status = {status}, applied_at = {appliedAt}, duration_ms = {duration}, applied_by = {appliedBy}{flagSet} " +
              $"WHERE migration_order = {order} AND status = {Literal(LedgerStatusNames.ToText(previous))}"
            : $"INSERT INTO {_ledger} ({string.Join(", ", LedgerColumns)}{flagColumn}) VALUES ({order}, {name}, {checksum}, {status}, {appliedAt}, {duration}, {appliedBy}{flagValue})";
    }

    /// <inheritdoc />
    public override bool IsDatabaseFailure(Exception exception) =>
        // I/O error, corrupt file, disk full, cannot open, not a database, read-only file, busy past the timeout.
        exception is SqliteException { SqliteErrorCode: 10 or 11 or 13 or 14 or 26 or 8 or 5 or 6 };

    /// <inheritdoc />
    public override bool IsDuplicateLedgerRow(Exception exception) =>
        // SQLITE_CONSTRAINT_PRIMARYKEY or _UNIQUE on the ledger's key.
        exception is SqliteException { SqliteExtendedErrorCode: 1555 or 2067 } sqlite && sqlite.Message.Contains(_ledgerName + ".migration_order", StringComparison.Ordinal);

    private static SqliteConnectionStringBuilder Parse(string connectionString)
    {
        try
        {
            // The common case in one parse, the one SqliteConnection does for itself (so the JIT has compiled it anyway).
            return new SqliteConnectionStringBuilder(connectionString);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidCastException or OverflowException or KeyNotFoundException)
        {
            return ParseKeyByKey(connectionString);
        }
    }

    private static SqliteConnectionStringBuilder ParseKeyByKey(string connectionString)
    {
        // Check key by key, so the message can name the bad keyword without repeating any value (a value may be a password).
        DbConnectionStringBuilder pairs;
        try
        {
            pairs = new DbConnectionStringBuilder { ConnectionString = connectionString };
        }
        catch (ArgumentException)
        {
            throw new ArgumentException(
                "The SQLite connection string is not valid: it is not a list of key=value pairs separated by ';'. Expected something like 'Data Source=app.db'.",
                nameof(connectionString));
        }
        var builder = new SqliteConnectionStringBuilder();
        foreach (string key in pairs.Keys)
        {
            try
            {
                builder[key] = pairs[key];
            }
            catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidCastException or OverflowException or KeyNotFoundException)
            {
                var problem = exception is ArgumentException { ParamName: "keyword" } || exception.Message.Contains("not supported", StringComparison.OrdinalIgnoreCase)
                    ? $"'{key}' is not a setting Microsoft.Data.Sqlite knows"
                    : $"the value of '{key}' is not valid";
                throw new ArgumentException(
                    $"The SQLite connection string is not valid: {problem}. Expected something like 'Data Source=app.db'.", nameof(connectionString));
            }
        }
        return builder;
    }

    // Bound by position, in the order of LedgerColumnsWithFlag.
    private static readonly string[] LedgerParameterNames = ["$order", "$name", "$checksum", "$status", "$applied_at", "$duration_ms", "$applied_by", "$backward_compatible"];

    private static void Bind(SqliteParameterCollection parameters, LedgerEntry entry)
    {
        parameters[0].Value = entry.Order;
        parameters[1].Value = entry.Name;
        parameters[2].Value = entry.Checksum;
        parameters[3].Value = LedgerStatusNames.ToText(entry.Status);
        parameters[4].Value = FormatTime(entry.AppliedAt);
        parameters[5].Value = (long)entry.Duration.TotalMilliseconds;
        parameters[6].Value = entry.AppliedBy;
        parameters[7].Value = entry.IsBackwardCompatible ? 1L : 0L;
    }

    private SqliteCommand LedgerCommand(DbConnection connection, DbTransaction? transaction, LedgerEntry entry, string sql)
    {
        var command = ((SqliteConnection)connection).CreateCommand();
        command.Transaction = (SqliteTransaction?)transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$order", entry.Order);
        command.Parameters.AddWithValue("$name", entry.Name);
        command.Parameters.AddWithValue("$checksum", entry.Checksum);
        command.Parameters.AddWithValue("$status", LedgerStatusNames.ToText(entry.Status));
        command.Parameters.AddWithValue("$applied_at", FormatTime(entry.AppliedAt));
        command.Parameters.AddWithValue("$duration_ms", (long)entry.Duration.TotalMilliseconds);
        command.Parameters.AddWithValue("$applied_by", entry.AppliedBy);
        command.Parameters.AddWithValue("$backward_compatible", entry.IsBackwardCompatible ? 1L : 0L);
        return command;
    }

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string FormatTime(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Opens the database for a read without ever creating it; <see langword="null"/> when there is no database file.</summary>
    private SqliteConnection? OpenForReading(CancellationToken cancellationToken)
    {
        try
        {
            return Open(ReadConnectionString, BusyTimeout, cancellationToken, _busyTimeoutSeconds);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteCantOpen && !IsExistingFile())
        {
            return null;
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteCantOpen)
        {
            // Created by another process between our open and our look: open it now.
            return Open(ReadConnectionString, BusyTimeout, cancellationToken, _busyTimeoutSeconds);
        }
    }

    private bool IsExistingFile()
    {
        // Only to tell "no file yet" from "a file we cannot open"; Microsoft.Data.Sqlite resolves |DataDirectory| itself,
        // so a data source we cannot map to a path is taken as missing, as SQLite itself just said.
        try
        {
            return !_dataSource.Contains('|', StringComparison.Ordinal) && File.Exists(_dataSource);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    // Synchronous underneath, as every Microsoft.Data.Sqlite call is (see ReadLedgerAsync); the callers await at once.
    private static Task<SqliteConnection> OpenAsync(string connectionString, TimeSpan busyTimeout, CancellationToken cancellationToken) =>
        Task.FromResult(Open(connectionString, busyTimeout, cancellationToken));

    /// <param name="connectionString">The connection string.</param>
    /// <param name="busyTimeout">SQLite's own busy wait.</param>
    /// <param name="cancellationToken">Checked before opening.</param>
    /// <param name="commandTimeoutSeconds">Microsoft.Data.Sqlite's busy retry, when the connection string does not set it.</param>
    private static SqliteConnection Open(string connectionString, TimeSpan busyTimeout, CancellationToken cancellationToken, int? commandTimeoutSeconds = null)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var connection = new SqliteConnection(connectionString);
        if (commandTimeoutSeconds is { } seconds) connection.DefaultTimeout = seconds;
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // SQLite's own busy handler waits inside the engine; Microsoft.Data.Sqlite's retry covers the rest.
            command.CommandText = $"PRAGMA busy_timeout = {((long)busyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)}";
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The ledger's columns (name → is primary key), empty when the table is missing, and whether the meta table exists.</summary>
    private (Dictionary<string, bool> LedgerColumns, bool MetaExists) DescribeTables(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        // One statement, so one snapshot: two statements could see another process's CREATE between them (the ledger
        // "missing" next to its companion), which a process that creates the ledger at that moment makes likely.
        command.CommandText =
            "SELECT name, pk, (SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $meta) FROM pragma_table_info($ledger) " +
            "UNION ALL SELECT NULL, NULL, (SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $meta)";
        command.Parameters.AddWithValue("$ledger", _ledgerName);
        command.Parameters.AddWithValue("$meta", _metaName);
        cancellationToken.ThrowIfCancellationRequested();
        using var reader = command.ExecuteReader();
        var columns = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        var metaExists = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!reader.Read()) break;
            if (!reader.IsDBNull(0)) columns[reader.GetString(0)] = reader.GetInt64(1) > 0;
            metaExists = reader.GetInt64(2) > 0;
        }
        return (columns, metaExists);
    }

    private void CheckShape(Dictionary<string, bool> columns)
    {
        var missing = LedgerColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new MigrationLedgerException(
                $"The ledger table {_ledger} in {_dataSource} is not a GeneratedMigrations ledger: it has no column {string.Join(", ", missing)}. " +
                "Another tool may use that name: choose another TableName, or restore the table.");
        }
        if (!columns["migration_order"])
        {
            throw new MigrationLedgerException(
                $"The ledger table {_ledger} in {_dataSource} has lost its primary key on migration_order, so it could record a migration twice. " +
                "Restore the table from a backup (or recreate it with the key and copy its rows back) before migrating.");
        }
    }

    /// <summary>
    /// A read failed on a missing table or column: no ledger yet (an empty list), or a damaged one (an exception), or one
    /// that another process created since the read began (<see langword="null"/>: read again). Never "empty" when part of it is there.
    /// </summary>
    private IReadOnlyList<LedgerEntry>? ExplainMissing(SqliteConnection connection, SqliteException exception, bool lastAttempt, CancellationToken cancellationToken)
    {
        var (ledgerColumns, metaExists) = DescribeTables(connection, cancellationToken);
        if (ledgerColumns.Count == 0 && !metaExists) return [];
        if (ledgerColumns.Count > 0 && metaExists && !lastAttempt && exception.Message.Contains("no such table", StringComparison.Ordinal)) return null;
        if (!metaExists) throw MissingMeta();
        if (ledgerColumns.Count == 0)
        {
            throw new MigrationLedgerException(
                $"The ledger table {_ledger} is missing from {_dataSource}, but its companion {_meta} is there: the ledger was dropped. " +
                "Nothing was applied: restore the ledger from a backup, or, on a database you rebuild from scratch, drop the companion table too.", exception);
        }
        CheckShape(ledgerColumns);
        throw new MigrationLedgerException($"The ledger in {_dataSource} could not be read: {exception.Message}", exception);
    }

    private MigrationLedgerException MissingMeta() =>
        new($"The ledger table {_ledger} in {_dataSource} has lost its companion table {_meta} (the ledger's schema version). " +
            $"Nothing was applied: restore it from a backup, or recreate it with: {ScriptLedgerSetup().Split('\n')[1]}");

    private MigrationLedgerException Damaged(string what, long? order) =>
        order is { } o
            ? new MigrationLedgerException($"The ledger table {_ledger} in {_dataSource} {what}. The ledger was edited by hand: restore it from a backup or correct the row.", o)
            : new MigrationLedgerException($"The ledger table {_ledger} in {_dataSource} {what}. The ledger was edited by hand: restore it from a backup or correct the row.");

    private LedgerEntry ReadEntry(SqliteDataReader reader)
    {
        if (reader.GetValue(0) is not long order)
        {
            throw Damaged($"has a row whose migration_order is {Describe(reader.GetValue(0))}, not a whole number", null);
        }
        string Text(int column)
        {
            return reader.GetValue(column) as string
                ?? throw Damaged($"has a damaged row for migration {order.ToString(CultureInfo.InvariantCulture)}: column {LedgerColumns[column]} holds {Describe(reader.GetValue(column))}, not text", order);
        }
        var name = Text(1);
        var checksum = Text(2);
        var statusText = Text(3);
        var appliedAtText = Text(4);
        var appliedBy = Text(6);
        if (!LedgerStatusNames.TryParse(statusText, out var status))
        {
            throw Damaged($"has status '{statusText}' for migration {order.ToString(CultureInfo.InvariantCulture)}, which this release does not know (edited by hand, or written by a newer release)", order);
        }
        if (!DateTimeOffset.TryParse(appliedAtText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var appliedAt))
        {
            throw Damaged($"has a damaged row for migration {order.ToString(CultureInfo.InvariantCulture)}: column applied_at holds {Describe(appliedAtText)}, not a time", order);
        }
        if (reader.GetValue(5) is not long durationMs)
        {
            throw Damaged($"has a damaged row for migration {order.ToString(CultureInfo.InvariantCulture)}: column duration_ms holds {Describe(reader.GetValue(5))}, not a whole number", order);
        }
        // Column 7, when the ledger has it: 1 for a backward-compatible migration (any other value reads as not).
        var backwardCompatible = reader.FieldCount > 7 && reader.GetValue(7) is long flag && flag == 1;
        return new LedgerEntry(order, name, checksum, status, appliedAt, TimeSpan.FromMilliseconds(durationMs), appliedBy) { IsBackwardCompatible = backwardCompatible };
    }

    private static string Describe(object value) => value switch
    {
        DBNull => "NULL",
        string text => "'" + (text.Length > 40 ? text[..40] + "…" : text) + "'",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "?",
    };
}
