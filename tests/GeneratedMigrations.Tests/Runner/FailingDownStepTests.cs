namespace GeneratedMigrations.Tests.Runner;

/// <summary>A down step that throws is rolled back with the deletion of its ledger row: the migration stays applied.</summary>
public sealed class FailingDownStepTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Rolls_back_the_down_step_and_keeps_its_ledger_row()
    {
        var failure = new InvalidOperationException("down failed");
        var catalog = RunnerCatalogs.Of(
            RunnerCatalogs.Table(1, "t1"),
            RunnerCatalogs.Table(2, "t2"),
            RunnerCatalogs.Code(3, "create_t3",
                (db, ct) => db.ExecuteAsync("CREATE TABLE t3 (id INTEGER PRIMARY KEY)", ct),
                async (db, ct) =>
                {
                    await db.ExecuteAsync("DROP TABLE t3", ct);
                    throw failure;
                }),
            RunnerCatalogs.Table(4, "t4"));
        await _db.MigrateAsync(catalog);
        await using var migrator = _db.CreateMigrator(catalog);

        var exception = await Assert.ThrowsAsync<MigrationFailedException>(() => migrator.RevertAsync(RevertTarget.ToOrder(1)));

        Assert.Equal(MigrationOperation.Down, exception.Operation);
        Assert.Equal((3L, "create_t3"), (exception.Order, exception.MigrationName));
        Assert.Equal(3, exception.LastAppliedOrder);
        Assert.Same(failure, exception.InnerException);
        Assert.StartsWith("Migration 3 'create_t3' failed to revert after ", exception.Message);
        // 4 was reverted before the failure; 3's DROP TABLE was rolled back with its row.
        Assert.Equal([1L, 2L, 3L], (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.True(await _db.TableExistsAsync("t3"));
        Assert.False(await _db.TableExistsAsync("t4"));
        Assert.Null(await _db.ReadLeaseAsync());
    }
}
