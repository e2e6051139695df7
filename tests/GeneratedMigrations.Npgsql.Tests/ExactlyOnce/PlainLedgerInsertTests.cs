namespace GeneratedMigrations.Npgsql.Tests.ExactlyOnce;

/// <summary>
/// Issue 8 #1: the ledger row of a transactional migration is written with a plain INSERT, so a migration that
/// another process recorded meanwhile fails on the key and is rolled back, instead of overwriting that record.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PlainLedgerInsertTests(PostgresServer server)
{
    [Fact]
    public async Task A_migration_that_another_process_recorded_meanwhile_fails_is_rolled_back_and_the_other_record_stays()
    {
        await using var db = await server.CreateDatabaseAsync();
        var catalog = TestCatalogs.Of(
            TestCatalogs.Sql(1, "effects", "CREATE TABLE effects (migration int); INSERT INTO effects VALUES (1)"),
            // Planned from the same ledger read as 3, this simulates a concurrent recorder: 3 is in the ledger before it runs.
            TestCatalogs.Sql(2, "records_three",
                "INSERT INTO effects VALUES (2); " +
                "INSERT INTO public.__migration_ledger (migration_order, name, checksum, status, applied_at, duration_ms, applied_by) " +
                "VALUES (3, 'effect_3', 'checksum-3-effect_3', 'COMPLETED', now(), 7, 'another process')"),
            TestCatalogs.Sql(3, "effect_3", "INSERT INTO effects VALUES (3)"));
        await using var migrator = new Migrator(catalog, new NpgsqlMigrationStore(db.ConnectionString));

        var exception = await Assert.ThrowsAsync<MigrationLockLostException>(() => migrator.MigrateAsync());

        Assert.Equal((3L, "effect_3", 2L), (exception.Order, exception.MigrationName, exception.LastAppliedOrder));
        Assert.Contains("another process recorded migration 3 while this run was applying it", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Migration 3 'effect_3' was rolled back.", exception.Message, StringComparison.Ordinal);
        Assert.Equal([(1, 1L), (2, 1L)], await LockSessionLostDuringLedgerWriteTests.EffectCountsAsync(db));
        Assert.Equal("another process", await db.ScalarAsync<string>("SELECT applied_by FROM __migration_ledger WHERE migration_order = 3"));
        Assert.Equal(7L, await db.ScalarAsync<long>("SELECT duration_ms FROM __migration_ledger WHERE migration_order = 3"));
    }
}
