using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
#if !SQLITE_ONLY
using Npgsql;
#endif

namespace StartApp;

/// <summary>
/// The floor: the least a hand-written migration loop can do. Read the ledger (order and name); for each step it
/// lacks, run the step's SQL and insert its ledger row in one transaction. No lock, no checksums, no history of who or when.
/// </summary>
internal static class RawMigrationLoop
{
    private const string Ledger = "raw_ledger";

    /// <summary>The trivial history's step <paramref name="order"/>: the same SQL the other sides run.</summary>
    public static string Sql(int order) => string.Create(CultureInfo.InvariantCulture, $"CREATE TABLE t{order:D4} (id INTEGER PRIMARY KEY)");

    /// <summary>Applies the steps the ledger lacks and returns how many it applied.</summary>
    public static async Task<int> MigrateAsync(bool postgres, string connectionString, int count)
    {
#if SQLITE_ONLY
        if (postgres) throw new NotSupportedException("This build has no PostgreSQL driver.");
        await using DbConnection connection = new SqliteConnection(connectionString);
#else
        await using DbConnection connection = postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
#endif
        await connection.OpenAsync();
        var applied = await ReadLedgerAsync(connection);
        if (applied is null)
        {
            await using var create = connection.CreateCommand();
            // INTEGER PRIMARY KEY is SQLite's rowid (no second index), as GeneratedMigrations' own ledger key is.
            create.CommandText = $"CREATE TABLE IF NOT EXISTS {Ledger} (migration_order {(postgres ? "bigint" : "INTEGER")} PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)";
            await create.ExecuteNonQueryAsync();
            applied = [];
        }
        var done = 0;
        for (var order = 1; order <= count; order++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"create_t{order:D4}");
            if (applied.TryGetValue(order, out var recorded))
            {
                if (recorded != name) throw new InvalidOperationException($"Ledger row {order} is '{recorded}', expected '{name}'.");
                continue;
            }
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var run = connection.CreateCommand())
            {
                run.Transaction = transaction;
                run.CommandText = Sql(order);
                await run.ExecuteNonQueryAsync();
            }
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = postgres
                    ? $"INSERT INTO {Ledger} (migration_order, name, applied_at) VALUES (@order, @name, @at)"
                    : $"INSERT INTO {Ledger} (migration_order, name, applied_at) VALUES ($order, $name, $at)";
                record.Parameters.Add(Parameter(record, postgres ? "order" : "$order", (long)order));
                record.Parameters.Add(Parameter(record, postgres ? "name" : "$name", name));
                record.Parameters.Add(Parameter(record, postgres ? "at" : "$at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
                await record.ExecuteNonQueryAsync();
            }
            await transaction.CommitAsync();
            done++;
        }
        return done;
    }

    private static DbParameter Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        return parameter;
    }

    /// <summary>Order → name of every ledger row, or null when there is no ledger table yet.</summary>
    private static async Task<Dictionary<long, string>?> ReadLedgerAsync(DbConnection connection)
    {
        await using var read = connection.CreateCommand();
        read.CommandText = $"SELECT migration_order, name FROM {Ledger}";
        try
        {
            await using var reader = await read.ExecuteReaderAsync();
            var applied = new Dictionary<long, string>();
            while (await reader.ReadAsync()) applied[reader.GetInt64(0)] = reader.GetString(1);
            return applied;
        }
#if SQLITE_ONLY
        catch (SqliteException exception) when (exception.SqliteErrorCode == 1)
#else
        catch (DbException exception) when (exception is SqliteException { SqliteErrorCode: 1 } || exception is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable })
#endif
        {
            return null;
        }
    }
}
