using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace GeneratedMigrations.TestHost;

/// <summary>What the host does; each mode is one command.</summary>
internal enum HostMode
{
    /// <summary>Apply every pending migration of the host's catalogue.</summary>
    Migrate,
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
        Usage: GeneratedMigrations.TestHost [migrate] (--db <path> | --connection "<connection string>") [--wait-for-go]
          migrate        apply pending migrations (the default); prints "applied order=N name=X duration_ms=N"
                         for each migration this process applied, then "done applied=N last=N|none"
          --wait-for-go  print "ready" and wait for a line "go" on standard input before starting
        Exit codes: 0 success, 1 migration error (message on standard error), 2 bad arguments.
        """;

    public static bool TryParse(string[] args, [NotNullWhen(true)] out HostOptions? options, [NotNullWhen(false)] out string? error)
    {
        options = null;
        var mode = HostMode.Migrate;
        string? connectionString = null;
        var waitForGo = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "migrate" when i == 0:
                    mode = HostMode.Migrate;
                    break;
                case "--db" when i + 1 < args.Length:
                    connectionString = new SqliteConnectionStringBuilder { DataSource = args[++i] }.ToString();
                    break;
                case "--connection" when i + 1 < args.Length:
                    connectionString = args[++i];
                    break;
                case "--wait-for-go":
                    waitForGo = true;
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
        options = new HostOptions(mode, connectionString, waitForGo);
        error = null;
        return true;
    }
}
