using Npgsql;

namespace GeneratedMigrations.Npgsql.Tests.ExactlyOnce;

/// <summary>
/// Issue 8 #1, the double run: the first runner's lock session dies while its migration 3 transaction is still open
/// (its ledger insert is slowed by a trigger). A second runner takes the lock at once, but must not plan until that
/// transaction has ended; then every migration takes effect exactly once.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class LockSessionLostDuringLedgerWriteTests(PostgresServer server)
{
    [Fact]
    public async Task A_second_runner_that_takes_over_the_lock_waits_for_the_first_runners_open_migration_and_every_migration_takes_effect_once()
    {
        await using var db = await server.CreateDatabaseAsync();
        var catalog = TestCatalogs.Of(
        [
            // Migration 1 makes the keyless effects table and slows the ledger insert of migration 3 until the test opens the gate.
            TestCatalogs.Sql(1, "effects",
                "CREATE TABLE effects (migration int); CREATE TABLE ledger_gate (open boolean); " +
                "CREATE FUNCTION slow_ledger_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN " +
                "FOR i IN 1..600 LOOP EXIT WHEN EXISTS (SELECT 1 FROM ledger_gate); PERFORM pg_sleep(0.05); END LOOP; RETURN NEW; END $$; " +
                "CREATE TRIGGER slow_ledger_insert BEFORE INSERT ON public.__migration_ledger FOR EACH ROW WHEN (NEW.migration_order = 3) " +
                "EXECUTE FUNCTION slow_ledger_insert(); " +
                "INSERT INTO effects VALUES (1)"),
            .. Enumerable.Range(2, 4).Select(order => TestCatalogs.Sql(order, "effect_" + order, $"INSERT INTO effects VALUES ({order})")),
        ]);
        // The first runner's heartbeat would notice the lost session and cancel its insert; here only the fence may save us.
        var slowHeartbeat = new MigratorOptions { Lock = { HeartbeatInterval = TimeSpan.FromMinutes(10) } };
        await using var first = new Migrator(catalog, new NpgsqlMigrationStore(db.ConnectionString), slowHeartbeat);
        var firstRun = first.MigrateAsync();
        await Sessions.SleepingPidAsync(db, TimeSpan.FromSeconds(60));
        var firstLockSession = await Sessions.LockSessionPidAsync(db);

        await Sessions.TerminateAsync(db, firstLockSession);
        await using var secondStore = new NpgsqlMigrationStore(db.ConnectionString);
        await using var second = new Migrator(catalog, secondStore, ownsStore: false);
        var secondRun = second.MigrateAsync();
        // The second runner holds the lock while the first runner's migration 3 is still open...
        await Sessions.UntilAsync(async () => await Sessions.AdvisoryHolderAsync(db, secondStore.AdvisoryLockKey) is { } pid && pid != firstLockSession,
            TimeSpan.FromSeconds(30), "the second runner to take the lock");
        await Task.Delay(500);
        Assert.False(secondRun.IsCompleted, "The second runner finished while the first runner's migration 3 was still open.");
        await db.ExecuteAsync("INSERT INTO ledger_gate VALUES (true)");

        // ...and plans only once it has ended: migration 3 is the first runner's, 4 and 5 are the second's.
        var result = await secondRun;
        Assert.Equal([4L, 5L], result.Applied.Select(a => a.Order));
        var lost = await Record.ExceptionAsync(() => firstRun);
        if (lost is not null)
        {
            var exception = Assert.IsType<MigrationLockLostException>(lost);
            Assert.Equal(4, exception.Order);
            Assert.Contains($"backend pid {firstLockSession}", exception.Message, StringComparison.Ordinal);
        }
        Assert.Equal([(1, 1L), (2, 1L), (3, 1L), (4, 1L), (5, 1L)], await EffectCountsAsync(db));
        Assert.Equal(5, (await db.LedgerRowsAsync()).Count);
    }

    internal static async Task<List<(int Migration, long Count)>> EffectCountsAsync(TestDatabase db)
    {
        await using var connection = await db.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT migration, count(*) FROM effects GROUP BY migration ORDER BY migration", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new List<(int, long)>();
        while (await reader.ReadAsync()) counts.Add((reader.GetInt32(0), reader.GetInt64(1)));
        return counts;
    }
}
