using ShopModules.Billing;
using Microsoft.Extensions.Logging.Abstractions;
using ShopModules.Orders;

namespace GeneratedMigrations.Npgsql.Tests.Modules;

/// <summary>
/// Two modules (the Orders and Billing class libraries, each with its own generated catalogue and lock file) sharing one
/// PostgreSQL database: separate ledger tables, separate advisory locks, migrated in the declared order by one call.
/// </summary>
public sealed class SharedDatabaseModuleTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private static NpgsqlMigrationStore Store(TestDatabase db, string ledger) => new(db.ConnectionString, new NpgsqlMigrationStoreOptions { TableName = ledger });

    private static ModuleMigrator Modules(TestDatabase db) => new(
        new MigrationModule("orders", OrdersMigrations.Catalog, Store(db, "__orders_ledger")),
        new MigrationModule("billing", BillingMigrations.Catalog, Store(db, "__billing_ledger")));

    [Fact]
    public async Task One_call_migrates_both_modules_in_the_declared_order_each_in_its_own_ledger()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using (var modules = Modules(db))
        {
            var results = await modules.MigrateAsync();
            Assert.Equal([("orders", 2), ("billing", 3)], results.Select(r => (r.Module, r.Result.Applied.Count)));
            var status = await modules.GetStatusAsync();
            Assert.True(status.IsUpToDate);
            Assert.Contains("[billing] Up to latest: 3 applied, 0 pending", status.Describe());
        }

        Assert.Equal("1 2", await db.ScalarAsync<string>("SELECT string_agg(migration_order::text, ' ' ORDER BY migration_order) FROM public.__orders_ledger"));
        Assert.Equal("1 2 3", await db.ScalarAsync<string>("SELECT string_agg(migration_order::text, ' ' ORDER BY migration_order) FROM public.__billing_ledger"));
        Assert.False(await db.TableExistsAsync("public", "__migration_ledger"));
    }

    [Fact]
    public async Task The_declared_order_matters_billing_before_orders_fails_and_leaves_orders_untouched()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var modules = new ModuleMigrator(
            new MigrationModule("billing", BillingMigrations.Catalog, Store(db, "__billing_ledger")),
            new MigrationModule("orders", OrdersMigrations.Catalog, Store(db, "__orders_ledger")));

        var failure = await Assert.ThrowsAsync<MigrationFailedException>(() => modules.MigrateAsync());

        Assert.Equal((1L, "create_invoices"), (failure.Order!.Value, failure.MigrationName));
        Assert.False(await db.TableExistsAsync("public", "orders"));
    }

    [Fact]
    public async Task Each_module_has_its_own_advisory_lock()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var ordersStore = Store(db, "__orders_ledger");
        await using var billingStore = Store(db, "__billing_ledger");
        Assert.NotEqual(ordersStore.AdvisoryLockKey, billingStore.AdvisoryLockKey);

        // Another instance holds Billing's lock; Orders does not wait for it.
        await using var held = await billingStore.AcquireLockAsync(new MigrationLockOptions(), NullLogger.Instance, default);
        await using var orders = new Migrator(OrdersMigrations.Catalog, Store(db, "__orders_ledger"));
        Assert.Equal(2, (await orders.MigrateAsync()).Applied.Count);
    }

    [Fact]
    public async Task Instances_starting_together_apply_each_modules_migrations_exactly_once()
    {
        await using var db = await server.CreateDatabaseAsync();
        var instances = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await using var modules = Modules(db);
            return await modules.MigrateAsync();
        })).ToList();

        var runs = await Task.WhenAll(instances);

        Assert.Equal(2, runs.Sum(r => r[0].Result.Applied.Count));
        Assert.Equal(3, runs.Sum(r => r[1].Result.Applied.Count));
        Assert.Equal(3L, await db.ScalarAsync<long>("SELECT count(*) FROM public.__billing_ledger"));
    }
}
