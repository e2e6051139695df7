using System.Text;
using GeneratedMigrations.Tests.Processes.Scenarios;
using Npgsql;

namespace GeneratedMigrations.Npgsql.Tests.Processes;

/// <summary>
/// The process scenarios against PostgreSQL (its lock: a session advisory lock, which the server releases when
/// the holder's connection dies), on the shared test server, a fresh database each time.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresProcessTests(PostgresServer server) : ProcessScenarios
{
    protected override async Task<IProcessDatabase> CreateDatabaseAsync() => new PostgresProcessDatabase(await server.CreateDatabaseAsync());

    private sealed class PostgresProcessDatabase(TestDatabase db) : IProcessDatabase
    {
        public IReadOnlyList<string> HostArguments => ["--connection", db.ConnectionString];

        public async Task<IReadOnlyList<LedgerLine>> ReadLedgerAsync()
        {
            if (!await db.TableExistsAsync("public", "__migration_ledger")) return [];
            await using var connection = await db.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT migration_order, name, checksum, status FROM public.__migration_ledger ORDER BY migration_order", connection);
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<LedgerLine>();
            while (await reader.ReadAsync()) rows.Add(new LedgerLine(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            return rows;
        }

        public Task<bool> TableExistsAsync(string table) => db.TableExistsAsync("public", table);

        public Task<bool> IndexExistsAsync(string index) => db.ScalarAsync<bool>(
            $"SELECT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = '{index}' AND i.indisvalid)");

        public Task<long> CountAsync(string table) => db.ScalarAsync<long>($"SELECT count(*) FROM public.\"{table}\"");

        public async Task<string> DescribeStateAsync()
        {
            var state = new StringBuilder();
            // xmin in each row: a rewrite of a row, even with the same values, shows.
            foreach (var row in await db.LedgerRowsAsync()) state.AppendLine(row);
            await using (var connection = await db.OpenAsync())
            await using (var command = new NpgsqlCommand(
                "SELECT c.relkind::text || ' ' || c.relname || ' xmin ' || c.xmin::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace " +
                "WHERE n.nspname = 'public' ORDER BY c.relname", connection))
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync()) state.AppendLine(reader.GetString(0));
            }
            // Any write anywhere on the server (rows, DDL, sequences) takes a new transaction id.
            state.Append("next xid ").Append(await db.NextTransactionIdAsync()).AppendLine();
            return state.ToString();
        }

        public ValueTask DisposeAsync() => db.DisposeAsync();
    }
}
