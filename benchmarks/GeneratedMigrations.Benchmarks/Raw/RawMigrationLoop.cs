using Microsoft.Data.Sqlite;

namespace MigrationBenchmarks.Raw;

/// <summary>
/// The floor: the least a hand-written migration loop can do. Read the ledger; for each step it lacks, run the
/// step's SQL and insert its ledger row in one transaction. No lock, no checksums, no history of who or when.
/// </summary>
public static class RawMigrationLoop
{
    private const string Ledger = "raw_ledger";

    /// <summary>Applies the steps the ledger lacks and returns how many it applied.</summary>
    public static async Task<int> MigrateAsync(string connectionString, IReadOnlyList<SchemaStep> steps, CancellationToken cancellationToken = default)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var applied = await ReadLedgerAsync(connection, cancellationToken);
        if (applied is null)
        {
            await using var create = connection.CreateCommand();
            create.CommandText = $"CREATE TABLE IF NOT EXISTS {Ledger} (migration_order INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
            await create.ExecuteNonQueryAsync(cancellationToken);
            applied = [];
        }

        var count = 0;
        foreach (var step in steps)
        {
            if (applied.TryGetValue(step.Order, out var name))
            {
                if (name != step.Name) throw new InvalidOperationException($"Ledger row {step.Order} is '{name}', expected '{step.Name}'.");
                continue;
            }
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using (var run = connection.CreateCommand())
            {
                run.Transaction = transaction;
                run.CommandText = step.Sql;
                await run.ExecuteNonQueryAsync(cancellationToken);
            }
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = $"INSERT INTO {Ledger} (migration_order, name, applied_at) VALUES ($order, $name, $at)";
                record.Parameters.AddWithValue("$order", step.Order);
                record.Parameters.AddWithValue("$name", step.Name);
                record.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O"));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            count++;
        }
        return count;
    }

    /// <summary>The steps that are not applied yet; nothing is written.</summary>
    public static async Task<int> CountPendingAsync(string connectionString, IReadOnlyList<SchemaStep> steps, CancellationToken cancellationToken = default)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var applied = await ReadLedgerAsync(connection, cancellationToken) ?? [];
        var pending = 0;
        foreach (var step in steps)
        {
            if (!applied.ContainsKey(step.Order)) pending++;
        }
        return pending;
    }

    /// <summary>Order → name of every ledger row, or null when there is no ledger table yet.</summary>
    private static async Task<Dictionary<long, string>?> ReadLedgerAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var read = connection.CreateCommand();
        read.CommandText = $"SELECT migration_order, name FROM {Ledger}";
        try
        {
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            var applied = new Dictionary<long, string>();
            while (await reader.ReadAsync(cancellationToken)) applied[reader.GetInt64(0)] = reader.GetString(1);
            return applied;
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == 1 && exception.Message.Contains("no such table", StringComparison.Ordinal))
        {
            return null;
        }
    }
}
