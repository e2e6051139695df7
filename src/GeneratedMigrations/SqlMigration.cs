namespace GeneratedMigrations;

/// <summary>
/// A migration written as a <c>.sql</c> file. The generator embeds the file's text in the catalogue
/// (no file is read at run time) and creates one of these for it.
/// </summary>
public sealed class SqlMigration : IReversibleMigration
{
    private readonly string _up;
    private readonly string? _down;

    /// <summary>Creates a SQL migration.</summary>
    /// <param name="up">The SQL that applies it.</param>
    /// <param name="down">The SQL that reverts it, from its <c>.down.sql</c> file; <see langword="null"/> when there is none.</param>
    public SqlMigration(string up, string? down = null)
    {
        _up = up ?? throw new ArgumentNullException(nameof(up));
        _down = down;
    }

    /// <summary>Runs each statement of the up script in order.</summary>
    public Task UpAsync(MigrationContext context, CancellationToken cancellationToken) => RunAsync(context, _up, cancellationToken);

    /// <summary>Runs each statement of the down script in order.</summary>
    /// <exception cref="InvalidOperationException">The migration has no <c>.down.sql</c> file (the planner refuses such a plan first).</exception>
    public Task DownAsync(MigrationContext context, CancellationToken cancellationToken) =>
        RunAsync(context, _down ?? throw new InvalidOperationException($"Migration {context.Migration} has no .down.sql file."), cancellationToken);

    private static async Task RunAsync(MigrationContext context, string sql, CancellationToken cancellationToken)
    {
        foreach (var statement in SqlStatementSplitter.Split(sql))
        {
            await context.ExecuteAsync(statement, cancellationToken).ConfigureAwait(false);
        }
    }
}
