using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GeneratedMigrations.TestHost;

/// <summary>What the host does; each mode is one command.</summary>
internal enum HostMode
{
    /// <summary>Apply every pending migration of the host's catalogue.</summary>
    Migrate,

    /// <summary>Repair one ledger row (<c>repair N --completed|--forget</c>).</summary>
    Repair,

    /// <summary>The product's command line (GeneratedMigrations.CommandLine) over the host's catalogue, with its signal handling.</summary>
    Cli,
}

/// <summary>The database the host talks to, chosen from the connection string.</summary>
internal enum DatabaseEngine
{
    Sqlite,
    Postgres,
}

/// <summary>Process exit codes the tests rely on.</summary>
internal static class ExitCode
{
    public const int Success = 0;
    public const int MigrationFailed = 1;
    public const int BadArguments = 2;
}

/// <summary>The parsed command line.</summary>
/// <param name="Mode">What to do.</param>
/// <param name="ConnectionString">The database, from <c>--db</c> or <c>--connection</c>.</param>
/// <param name="WaitForGo">Print <c>ready</c>, then wait for a line <c>go</c> on standard input before starting.</param>
internal sealed record HostOptions(HostMode Mode, string ConnectionString, bool WaitForGo)
{
    public const string Usage =
        """
        Usage: GeneratedMigrations.TestHost [migrate] (--db <path> | --connection "<connection string>") [options]
               GeneratedMigrations.TestHost repair <order> (--completed | --forget) (--db <path> | --connection "...") [options]
          migrate                  apply pending migrations (the default); prints "applied order=N name=X duration_ms=N"
                                   for each migration this process applied, then "done applied=N last=N|none"
          repair <order>           mark a migration's ledger row completed, or forget it; prints "repaired order=N was=STATUS action=X"
          cli [options] -- <args>  run the in-app command line (up, status, verify, repair, ...) with <args>, over this host's
                                   catalogue and database; SIGTERM and Ctrl+C cancel the run as in an app (exit code 7)
          --connection             a SQLite connection string ("Data Source=…"), or a PostgreSQL one when it has a Host
          --wait-for-go            print "ready" and wait for a line "go" on standard input before starting
          --hang-in <order>        the migration with that order does part of its work, prints "hanging order=N" and blocks forever
          --lock-wait-timeout <ms> how long to wait for the migration lock (default 2 minutes)
          --heartbeat <ms>         the lock's heartbeat interval; a SQLite lease lasts three of them (default 5 s)
        Exit codes: 0 success, 1 migration error (message on standard error), 2 bad arguments.
        """;

    /// <summary>SQLite or PostgreSQL.</summary>
    public DatabaseEngine Engine { get; init; }

    /// <summary>The migration that hangs half-way, or null.</summary>
    public long? HangIn { get; init; }

    /// <summary>The lock's wait timeout, or null for the default.</summary>
    public TimeSpan? LockWaitTimeout { get; init; }

    /// <summary>The lock's heartbeat interval, or null for the default.</summary>
    public TimeSpan? Heartbeat { get; init; }

    /// <summary>For <see cref="HostMode.Repair"/>: the order to repair.</summary>
    public long RepairOrder { get; init; }

    /// <summary>For <see cref="HostMode.Repair"/>: what to do to the row.</summary>
    public RepairAction RepairAction { get; init; }

    /// <summary>For <see cref="HostMode.Cli"/>: the arguments after <c>--</c>, for the command line.</summary>
    public IReadOnlyList<string> CliArguments { get; init; } = [];

    public static bool TryParse(string[] args, [NotNullWhen(true)] out HostOptions? options, [NotNullWhen(false)] out string? error)
    {
        options = null;
        var mode = HostMode.Migrate;
        string? connectionString = null;
        var engine = DatabaseEngine.Sqlite;
        var waitForGo = false;
        long? hangIn = null;
        TimeSpan? lockWaitTimeout = null;
        TimeSpan? heartbeat = null;
        long repairOrder = 0;
        RepairAction? repairAction = null;
        string[] cliArguments = [];
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "migrate" when i == 0:
                    mode = HostMode.Migrate;
                    break;
                case "cli" when i == 0:
                    mode = HostMode.Cli;
                    break;
                case "--" when mode == HostMode.Cli:
                    cliArguments = args[(i + 1)..];
                    i = args.Length;
                    break;
                case "repair" when i == 0 && i + 1 < args.Length && TryParseCount(args[i + 1], out repairOrder):
                    mode = HostMode.Repair;
                    i++;
                    break;
                case "--completed" or "--forget" when mode == HostMode.Repair && repairAction is null:
                    repairAction = args[i] == "--completed" ? RepairAction.MarkCompleted : RepairAction.Forget;
                    break;
                case "--db" when i + 1 < args.Length:
                    connectionString = new SqliteConnectionStringBuilder { DataSource = args[++i] }.ToString();
                    engine = DatabaseEngine.Sqlite;
                    break;
                case "--connection" when i + 1 < args.Length:
                    connectionString = args[++i];
                    engine = IsPostgres(connectionString) ? DatabaseEngine.Postgres : DatabaseEngine.Sqlite;
                    break;
                case "--wait-for-go":
                    waitForGo = true;
                    break;
                case "--hang-in" when i + 1 < args.Length && TryParseCount(args[i + 1], out var order):
                    hangIn = order;
                    i++;
                    break;
                case "--lock-wait-timeout" when i + 1 < args.Length && TryParseCount(args[i + 1], out var waitMs):
                    lockWaitTimeout = TimeSpan.FromMilliseconds(waitMs);
                    i++;
                    break;
                case "--heartbeat" when i + 1 < args.Length && TryParseCount(args[i + 1], out var heartbeatMs):
                    heartbeat = TimeSpan.FromMilliseconds(heartbeatMs);
                    i++;
                    break;
                default:
                    error = $"Unknown or incomplete argument '{args[i]}'.";
                    return false;
            }
        }
        if (connectionString is null)
        {
            error = "No database: give --db <path> or --connection \"<connection string>\".";
            return false;
        }
        if (mode == HostMode.Repair && repairAction is null)
        {
            error = "repair needs --completed or --forget.";
            return false;
        }
        options = new HostOptions(mode, connectionString, waitForGo)
        {
            Engine = engine,
            HangIn = hangIn,
            LockWaitTimeout = lockWaitTimeout,
            Heartbeat = heartbeat,
            RepairOrder = repairOrder,
            RepairAction = repairAction ?? RepairAction.Forget,
            CliArguments = cliArguments,
        };
        error = null;
        return true;
    }

    private static bool TryParseCount(string text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;

    private static bool IsPostgres(string connectionString)
    {
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
            return builder.ContainsKey("Host") || builder.ContainsKey("Server");
        }
        catch (ArgumentException)
        {
            // Not a connection string at all: let the SQLite store reject it with its own message.
            return false;
        }
    }
}
