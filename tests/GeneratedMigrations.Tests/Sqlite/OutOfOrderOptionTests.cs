namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>With <see cref="MigratorOptions.AllowOutOfOrder"/>, a migration merged below the last applied one runs.</summary>
public sealed class OutOfOrderOptionTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Applies_a_pending_migration_below_the_last_applied_one_when_allowed()
    {
        await _db.MigrateAsync(Catalogs.Without(3));
        await using var migrator = _db.CreateMigrator(Catalogs.Generated, new MigratorOptions { AllowOutOfOrder = true });

        var result = await migrator.MigrateAsync();

        Assert.Equal([3], result.Applied.Select(m => m.Order));
        Assert.Equal(2, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM authors"));
        Assert.Equal(Catalogs.GeneratedOrders, (await _db.ReadLedgerAsync()).Select(row => row.Order));
        // Once recorded, the database agrees with the build even without the option.
        await using var strict = _db.CreateMigrator(Catalogs.Generated);
        await strict.VerifyAsync();
    }
}
