using System.Globalization;

namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>The runner applies pending migrations in order, each recorded in the ledger as it commits.</summary>
public sealed class ApplyPendingTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Applies_every_migration_in_order()
    {
        var reported = new List<long>();
        await using var migrator = _db.CreateMigrator(Catalogs.Generated, new MigratorOptions { MigrationApplied = m => reported.Add(m.Order) });

        var result = await migrator.MigrateAsync();

        Assert.Equal([1, 2, 3, 4], Catalogs.GeneratedOrders);
        Assert.Equal(Catalogs.GeneratedOrders, result.Applied.Select(m => m.Order));
        Assert.Equal(Catalogs.Generated.Migrations.Select(m => m.Name), result.Applied.Select(m => m.Name));
        Assert.Equal(Catalogs.GeneratedOrders, reported);
        Assert.False(result.WasUpToDate);
        // The migrations really ran: their schema and their data are there.
        Assert.True(await _db.TableExistsAsync("books"));
        Assert.True(await _db.TableExistsAsync("reviews"));
        Assert.Equal(2, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM authors"));
    }

    [Fact]
    public async Task Records_each_migration_as_completed_with_its_name_and_checksum()
    {
        await _db.MigrateAsync(Catalogs.Generated);

        var ledger = await _db.ReadLedgerAsync();
        Assert.Equal(
            Catalogs.Generated.Migrations.Select(m => (m.Order, m.Name, m.Checksum, "COMPLETED")),
            ledger.Select(row => (row.Order, row.Name, row.Checksum, row.Status)));
        Assert.All(ledger, row => Assert.False(string.IsNullOrWhiteSpace(row.Checksum)));
    }

    [Fact]
    public async Task Records_when_how_long_and_by_whom_each_migration_was_applied()
    {
        var before = DateTimeOffset.UtcNow;
        await _db.MigrateAsync(Catalogs.Generated);
        var after = DateTimeOffset.UtcNow;

        var ledger = await _db.ReadLedgerAsync();
        Assert.All(ledger, row =>
        {
            var appliedAt = DateTimeOffset.ParseExact(row.AppliedAt, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            Assert.InRange(appliedAt, before.AddMilliseconds(-1), after);
            Assert.InRange(row.DurationMs, 0, (long)(after - before).TotalMilliseconds + 1);
            // Default: host name, then the assembly that holds the catalogue and its version.
            Assert.Equal($"{Environment.MachineName}/GeneratedMigrations.Tests {Catalogs.Generated.AssemblyVersion}", row.AppliedBy);
        });
        // The clock allows a few milliseconds of slack.
        Assert.InRange(ledger.Single(row => row.Name == "create_reviews").DurationMs, Migrations.CreateReviews.MinimumDurationMs - 5, long.MaxValue);
        Assert.Equal(ledger.OrderBy(row => row.Order).Select(row => row.AppliedAt), ledger.OrderBy(row => row.AppliedAt, StringComparer.Ordinal).Select(row => row.AppliedAt));
    }

    [Fact]
    public async Task Records_the_configured_applier()
    {
        await using var migrator = _db.CreateMigrator(Catalogs.Generated, new MigratorOptions { AppliedBy = "deploy job 42" });

        await migrator.MigrateAsync();

        Assert.All(await _db.ReadLedgerAsync(), row => Assert.Equal("deploy job 42", row.AppliedBy));
    }

    [Fact]
    public async Task Records_the_ledger_schema_version_and_releases_the_lock()
    {
        await _db.MigrateAsync(Catalogs.Generated);

        Assert.Equal(
            "1",
            await _db.ScalarAsync<string>($"SELECT value FROM {TestDatabase.LedgerTable}_meta WHERE key = 'schema_version'"));
        Assert.Null(await _db.ReadLeaseAsync());
    }

    [Fact]
    public async Task Applies_only_what_a_later_build_added()
    {
        await _db.MigrateAsync(Catalogs.FirstOf(2));
        await using var migrator = _db.CreateMigrator(Catalogs.Generated);

        var result = await migrator.MigrateAsync();

        Assert.Equal([3, 4], result.Applied.Select(m => m.Order));
        Assert.Equal(2, result.Plan.LastAppliedOrder);
        Assert.Equal(Catalogs.GeneratedOrders, (await _db.ReadLedgerAsync()).Select(row => row.Order));
    }
}
