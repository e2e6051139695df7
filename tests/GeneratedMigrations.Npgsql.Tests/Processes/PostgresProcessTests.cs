using System.Text;
using GeneratedMigrations.Tests.Processes.Scenarios;
using Npgsql;

namespace GeneratedMigrations.Npgsql.Tests.Processes;

/// <summary>
/// The process scenarios against PostgreSQL (its lock: a session advisory lock, which the server releases when
/// the holder's connection dies), on the shared test server, a fresh database each time.
/// </summary>
public sealed class PostgresProcessTests(PostgresServer server) : ProcessScenarios, IClassFixture<PostgresServer>
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
            foreach (var row in await db.LedgerRowsAsync()) state.AppendLine(row);
            // Every schema object and row with the transaction that wrote it, in this database only (other tests may
            // write to other databases of the server meanwhile).
            state.Append(await db.DescribeAsync());
            return state.ToString();
        }

        public ValueTask DisposeAsync() => db.DisposeAsync();
    }
}
