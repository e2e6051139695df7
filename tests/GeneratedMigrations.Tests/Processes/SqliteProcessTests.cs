using System.Text;
using GeneratedMigrations.Tests.Processes.Scenarios;

namespace GeneratedMigrations.Tests.Processes;

/// <summary>The process scenarios against a SQLite file (its lock: a lease row with a heartbeat).</summary>
[Collection(SerialCollection.Name)]
public sealed class SqliteProcessTests : ProcessScenarios
{
    protected override Task<IProcessDatabase> CreateDatabaseAsync() => Task.FromResult<IProcessDatabase>(new SqliteProcessDatabase());

    private sealed class SqliteProcessDatabase : IProcessDatabase
    {
        private readonly TestDatabase _db = new();

        public IReadOnlyList<string> HostArguments => ["--db", _db.FilePath];

        public async Task<IReadOnlyList<LedgerLine>> ReadLedgerAsync() =>
            [.. (await _db.ReadLedgerAsync()).Select(row => new LedgerLine(row.Order, row.Name, row.Checksum, row.Status))];

        public Task<bool> TableExistsAsync(string table) => _db.TableExistsAsync(table);

        public async Task<bool> IndexExistsAsync(string index) =>
            await _db.ScalarAsync<long>($"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = '{index}'") == 1;

        public Task<long> CountAsync(string table) => _db.ScalarAsync<long>($"SELECT COUNT(*) FROM \"{table}\"");

        public async Task<string> DescribeStateAsync()
        {
            var state = new StringBuilder();
            foreach (var row in await _db.ReadLedgerAsync()) state.AppendLine(row.ToString());
            // The schema as SQLite stores it; the lease row (renewed by a live holder's heartbeat) is not in it.
            await using var connection = await _db.OpenForReadingAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                state.Append(reader.GetString(0)).Append(' ').Append(reader.GetString(1)).Append(": ")
                    .AppendLine(reader.IsDBNull(2) ? "" : reader.GetString(2));
            }
            foreach (var table in new[] { "widgets", "seed_log", "orders" })
            {
                if (await _db.TableExistsAsync(table)) state.Append(table).Append(" rows: ").Append(await CountAsync(table)).AppendLine();
            }
            return state.ToString();
        }

        public ValueTask DisposeAsync()
        {
            _db.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
