using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GeneratedMigrations.Npgsql.Tests;

/// <summary>A store on the app's own <see cref="NpgsqlDataSource"/> (from dependency injection): it migrates, locks, and leaves the data source open.</summary>
public sealed class DataSourceStoreTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task A_store_on_the_apps_data_source_migrates_and_leaves_the_data_source_open()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(db.ConnectionString);
        var catalog = TestCatalogs.Of(TestCatalogs.Items());

        await using (var migrator = new Migrator(catalog, new NpgsqlMigrationStore(dataSource)))
        {
            var result = await migrator.MigrateAsync();
            Assert.Equal(3, result.Applied.Count);
        }

        // The runner disposed its store, not the app's data source.
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM public.__migration_ledger", connection);
        Assert.Equal(3L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Two_stores_on_one_data_source_exclude_each_other_and_the_lock_is_free_once_released()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(db.ConnectionString);
        await using var first = new NpgsqlMigrationStore(dataSource);
        await using var second = new NpgsqlMigrationStore(dataSource);
        var noWait = new MigrationLockOptions { WaitTimeout = TimeSpan.Zero };

        var held = await first.AcquireLockAsync(noWait, NullLogger.Instance, CancellationToken.None);
        var refused = await Assert.ThrowsAsync<MigrationLockTimeoutException>(() => second.AcquireLockAsync(noWait, NullLogger.Instance, CancellationToken.None));
        Assert.Contains("backend pid", refused.Message, StringComparison.Ordinal);
        await held.DisposeAsync();

        // The pooled session went back to the pool unlocked: the next holder gets the lock at once.
        await using var again = await second.AcquireLockAsync(noWait, NullLogger.Instance, CancellationToken.None);
    }
}
