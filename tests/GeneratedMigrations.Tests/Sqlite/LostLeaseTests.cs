using Microsoft.Data.Sqlite;

namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>
/// A migration never commits once its runner's lease was taken over: the lease is confirmed inside the
/// migration's transaction, and the error names the migration that was rolled back.
/// </summary>
public sealed class LostLeaseTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_migration_never_starts_once_the_lease_was_taken_over_and_the_error_names_it()
    {
        // Between two migrations (when this runner holds no write lock), another process takes over the lease, as it
        // may once the lease expired because this runner's heartbeat stalled. The next migration's transaction must
        // find out first thing, run nothing and commit nothing.
        var thief = _db.ConnectionString;
        var options = new MigratorOptions
        {
            MigrationApplied = applied =>
            {
                if (applied.Order != 4) return;
                using var connection = new SqliteConnection(thief);
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = $"UPDATE {TestDatabase.LedgerTable}_lock SET owner = 'another host pid 4242 (0badf00d)'";
                command.ExecuteNonQuery();
            },
        };
        var takenOver = Catalogs.Descriptor(5, "taken_over", () => new SqlMigration("CREATE TABLE half_done (id INTEGER)"));
        await using var migrator = _db.CreateMigrator(Catalogs.GeneratedPlus(takenOver), options);

        var exception = await Assert.ThrowsAsync<MigrationLockLostException>(() => migrator.MigrateAsync());

        Assert.Equal(5, exception.Order);
        Assert.Equal("taken_over", exception.MigrationName);
        Assert.Equal(4, exception.LastAppliedOrder);
        Assert.StartsWith("The migration lock was lost: the lease of ", exception.Message);
        Assert.Contains("another process took it over. Migration 5 'taken_over' was rolled back. The database is at migration 4. Run again.", exception.Message);
        Assert.Equal(Catalogs.GeneratedOrders, (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.False(await _db.TableExistsAsync("half_done"));
    }
}
