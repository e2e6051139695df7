using System.Data.Common;

namespace GeneratedMigrations;

/// <summary>
/// What a running migration can use: the open connection, the migration's transaction and helpers that
/// run SQL on both. Commands created here are already enlisted in the transaction.
/// </summary>
public sealed class MigrationContext
{
    /// <summary>
    /// Creates the context the runner gives a migration. Public so that a unit test can run one migration on a
    /// database of its own: <c>await new AddIsbn().UpAsync(new MigrationContext(connection, transaction, AppMigrations.Catalog.Migrations[6]), ct)</c>.
    /// </summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">The transaction of <paramref name="connection"/> the migration runs in, or <see langword="null"/>.</param>
    /// <param name="migration">The catalogue entry of the migration.</param>
    public MigrationContext(DbConnection connection, DbTransaction? transaction, MigrationDescriptor migration)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(migration);
        Connection = connection;
        Transaction = transaction;
        Migration = migration;
    }

    /// <summary>The open connection the migration runs on.</summary>
    public DbConnection Connection { get; }

    /// <summary>The transaction the migration and its ledger row share; <see langword="null"/> for a migration that runs outside a transaction.</summary>
    public DbTransaction? Transaction { get; }

    /// <summary>The catalogue entry being applied or reverted.</summary>
    public MigrationDescriptor Migration { get; }

    /// <summary>Creates a command on <see cref="Connection"/>, enlisted in <see cref="Transaction"/>.</summary>
    /// <param name="sql">The command text.</param>
    /// <param name="parameters">Positional values, bound to parameters named <c>@p0</c>, <c>@p1</c>, … in the SQL.</param>
    public DbCommand CreateCommand(string sql, params object?[] parameters)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            parameter.Value = parameters[i] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>Runs SQL that returns no rows and returns the number of rows affected.</summary>
    /// <param name="sql">The SQL to run; may hold several statements where the provider allows it.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken = default)
    {
        var command = CreateCommand(sql);
        await using var commandScope = command.ConfigureAwait(false);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a parameterised statement (<c>@p0</c>, <c>@p1</c>, …) and returns the number of rows affected.</summary>
    public async Task<int> ExecuteAsync(string sql, object?[] parameters, CancellationToken cancellationToken = default)
    {
        var command = CreateCommand(sql, parameters);
        await using var commandScope = command.ConfigureAwait(false);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a query and returns the first column of the first row, or <see langword="null"/>.</summary>
    public async Task<object?> ExecuteScalarAsync(string sql, CancellationToken cancellationToken = default)
    {
        var command = CreateCommand(sql);
        await using var commandScope = command.ConfigureAwait(false);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }
}
