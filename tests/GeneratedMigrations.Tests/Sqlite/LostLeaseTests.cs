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
    public async Task Rolls_back_a_migration_whose_lease_was_taken_over_and_names_it()
    {
        // Inside its own transaction, the migration does what another process taking over an expired lease
        // does: it writes its owner into the lock row. The runner must find out before it commits.
        var takenOver = Catalogs.Descriptor(5, "taken_over", () => new SqlMigration(
            "CREATE TABLE half_done (id INTEGER); " +
            $"UPDATE {TestDatabase.LedgerTable}_lock SET owner = 'another host pid 4242 (0badf00d)'"));
        await using var migrator = _db.CreateMigrator(Catalogs.GeneratedPlus(takenOver));

        var exception = await Assert.ThrowsAsync<MigrationLockLostException>(() => migrator.MigrateAsync());

        Assert.Equal(5, exception.Order);
        Assert.Equal("taken_over", exception.MigrationName);
        Assert.Equal(4, exception.LastAppliedOrder);
        Assert.StartsWith("The migration lock was lost: ", exception.Message);
        Assert.EndsWith("The current migration was rolled back; run again.", exception.Message);
        Assert.Equal(Catalogs.GeneratedOrders, (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.False(await _db.TableExistsAsync("half_done"));
    }
}
