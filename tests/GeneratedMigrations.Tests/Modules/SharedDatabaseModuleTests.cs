using ShopModules.Billing;
using Microsoft.Extensions.Logging.Abstractions;
using ShopModules.Orders;

namespace GeneratedMigrations.Tests.Modules;

/// <summary>
/// Two modules (the Orders and Billing class libraries, each with its own generated catalogue and lock file) sharing one
/// SQLite file: separate ledger tables, separate locks, migrated in the declared order by one call.
/// </summary>
public sealed class SharedDatabaseModuleTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private SqliteMigrationStore Store(string ledger) => _db.CreateStore(new SqliteMigrationStoreOptions { TableName = ledger });

    private ModuleMigrator Modules() => new(
        new MigrationModule("orders", OrdersMigrations.Catalog, Store("__orders_ledger")),
        new MigrationModule("billing", BillingMigrations.Catalog, Store("__billing_ledger")));

    [Fact]
    public async Task One_call_migrates_both_modules_in_the_declared_order_each_in_its_own_ledger()
    {
        await using (var modules = Modules())
        {
            var results = await modules.MigrateAsync();

            Assert.Equal(["orders", "billing"], results.Select(r => r.Module));
            Assert.Equal([2, 3], results.Select(r => r.Result.Applied.Count));
        }

        Assert.Equal([1L, 2], (await _db.ReadLedgerAsync("__orders_ledger")).Select(r => r.Order));
        Assert.Equal(["create_invoices", "index_invoices_by_order", "create_payments"], (await _db.ReadLedgerAsync("__billing_ledger")).Select(r => r.Name));
        Assert.True(await _db.TableExistsAsync("payments"));
        Assert.False(await _db.TableExistsAsync(TestDatabase.LedgerTable));
    }

    [Fact]
    public async Task Status_shows_each_module()
    {
        await using (var orders = new Migrator(OrdersMigrations.Catalog, Store("__orders_ledger")))
        {
            await orders.MigrateAsync();
        }
        await using var modules = Modules();

        var status = await modules.GetStatusAsync();

        Assert.False(status.IsUpToDate);
        Assert.Equal([("orders", true), ("billing", false)], status.Modules.Select(m => (m.Module, m.Plan.IsUpToDate)));
        Assert.Equal(3, status.Modules[1].Plan.Pending.Count);
        Assert.StartsWith("[orders] Up to latest: 2 applied, 0 pending", status.Describe());
        Assert.Contains("\n[billing] Up to latest: 0 applied, 3 pending", status.Describe());
        await Assert.ThrowsAsync<MigrationPlanException>(() => modules.VerifyAsync());
    }

    [Fact]
    public async Task Each_module_has_its_own_lock()
    {
        // Another instance holds the Orders module's lock; the Billing module does not wait for it.
        await using var ordersStore = Store("__orders_ledger");
        await using var held = await ordersStore.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, default);
        var options = new MigratorOptions();
        options.Lock.WaitTimeout = TimeSpan.FromSeconds(2);

        await using (var orders = new Migrator(OrdersMigrations.Catalog, Store("__orders_ledger"), options))
        {
            await Assert.ThrowsAsync<MigrationLockTimeoutException>(() => orders.MigrateAsync());
        }
        // (Billing's tables reference orders, which SQLite accepts before the table exists.)
        await using var billing = new Migrator(BillingMigrations.Catalog, Store("__billing_ledger"), options);
        Assert.Equal(3, (await billing.MigrateAsync()).Applied.Count);
    }

    [Fact]
    public async Task Instances_starting_together_apply_each_modules_migrations_exactly_once()
    {
        var instances = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await using var modules = Modules();
            return await modules.MigrateAsync();
        })).ToList();

        var runs = await Task.WhenAll(instances);

        Assert.Equal(2, runs.Sum(r => r[0].Result.Applied.Count));
        Assert.Equal(3, runs.Sum(r => r[1].Result.Applied.Count));
        Assert.Equal(2, (await _db.ReadLedgerAsync("__orders_ledger")).Count);
        Assert.Equal(3, (await _db.ReadLedgerAsync("__billing_ledger")).Count);
    }
}
