namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>
/// Another connection writing to the file makes SQLite busy. The store waits (<c>BusyTimeout</c>, 30 s by default)
/// instead of failing, so a runner that starts during someone else's write carries on once the write commits.
/// </summary>
public sealed class BusyTimeoutTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void The_default_busy_timeout_is_30_seconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), new SqliteMigrationStoreOptions().BusyTimeout);
    }

    [Fact]
    public async Task A_migrate_that_starts_during_another_connections_write_waits_for_it_then_applies()
    {
        await _db.MigrateAsync(Catalogs.FirstOf(2));
        await using var writer = await HoldWriteLockAsync("BEGIN IMMEDIATE");
        await using var migrator = _db.CreateMigrator(Catalogs.Generated);

        // On a thread of its own: Microsoft.Data.Sqlite waits for a busy database synchronously, inside the call.
        var migrating = Task.Run(() => migrator.MigrateAsync());
        // Nothing can be written while the other connection holds the write lock; the runner must still be waiting.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(migrating.IsCompleted, "The runner finished (or failed) while another connection held the write lock.");
        await CommitAsync(writer);
        var result = await migrating.WaitAsync(Eventually.DefaultBound);

        Assert.Equal(Catalogs.GeneratedOrders.Skip(2), result.Applied.Select(m => m.Order));
        Assert.Equal(Catalogs.GeneratedOrders, (await _db.ReadLedgerAsync()).Select(row => row.Order));
    }

    [Fact]
    public async Task A_status_read_during_an_exclusive_write_waits_for_it_then_reads()
    {
        await _db.MigrateAsync(Catalogs.FirstOf(2));
        // EXCLUSIVE keeps even readers out until it commits.
        await using var writer = await HoldWriteLockAsync("BEGIN EXCLUSIVE");
        await using var migrator = _db.CreateMigrator(Catalogs.Generated, storeOptions: new SqliteMigrationStoreOptions { BusyTimeout = TimeSpan.FromMinutes(1) });

        var reading = Task.Run(() => migrator.GetStatusAsync());
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(reading.IsCompleted, "The status was read (or failed) while another connection held an exclusive lock.");
        await CommitAsync(writer);
        var plan = await reading.WaitAsync(Eventually.DefaultBound);

        Assert.Equal([1L, 2L], plan.Applied.Select(m => m.Order));
        Assert.Equal(Catalogs.GeneratedOrders.Skip(2), plan.Pending.Select(m => m.Order));
    }

    private async Task<SqliteConnection> HoldWriteLockAsync(string begin)
    {
        var connection = new SqliteConnection(_db.ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"{begin}; CREATE TABLE written_by_someone_else (id INTEGER);";
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private static async Task CommitAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "COMMIT";
        await command.ExecuteNonQueryAsync();
    }
}
