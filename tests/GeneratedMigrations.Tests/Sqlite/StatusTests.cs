namespace GeneratedMigrations.Tests.Sqlite;

/// <summary><see cref="Migrator.GetStatusAsync"/> returns the plan, problems included, without throwing or writing.</summary>
public sealed class StatusTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Returns_the_applied_and_the_pending_migrations()
    {
        await _db.MigrateAsync(Catalogs.FirstOf(2));
        var before = _db.Snapshot();
        await using var migrator = _db.CreateMigrator(Catalogs.Generated);

        var plan = await migrator.GetStatusAsync();

        Assert.Equal([1, 2], plan.Applied.Select(m => m.Order));
        Assert.Equal([3, 4], plan.Pending.Select(m => m.Order));
        Assert.Empty(plan.Problems);
        Assert.Equal(2, plan.LastAppliedOrder);
        Assert.False(plan.IsUpToDate);
        Assert.Equal(
            (await _db.ReadLedgerAsync()).Select(row => (row.Order, row.Name, row.Checksum)),
            plan.Ledger.Select(entry => (entry.Order, entry.Name, entry.Checksum)));
        Assert.All(plan.Ledger, entry => Assert.Equal(LedgerStatus.Completed, entry.Status));
        Assert.Equal(before, _db.Snapshot());
    }

    [Fact]
    public async Task Reads_back_each_ledger_entry_as_it_was_recorded()
    {
        await _db.MigrateAsync(Catalogs.Generated);
        await using var migrator = _db.CreateMigrator(Catalogs.Generated);

        var plan = await migrator.GetStatusAsync();

        var rows = await _db.ReadLedgerAsync();
        Assert.Equal(
            rows.Select(row => (row.AppliedAt, row.DurationMs, row.AppliedBy)),
            plan.Ledger.Select(entry => (entry.AppliedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
                (long)entry.Duration.TotalMilliseconds, entry.AppliedBy)));
        Assert.True(plan.IsUpToDate);
    }

    [Fact]
    public async Task Does_not_create_a_database_file_that_does_not_exist()
    {
        Assert.False(File.Exists(_db.FilePath));
        await using var migrator = _db.CreateMigrator(Catalogs.Generated);

        var plan = await migrator.GetStatusAsync();
        await Assert.ThrowsAsync<MigrationPlanException>(() => migrator.VerifyAsync());

        Assert.Equal(Catalogs.Generated.Migrations.Select(m => m.Order), plan.Pending.Select(m => m.Order));
        Assert.Empty(plan.Ledger);
        Assert.False(File.Exists(_db.FilePath));
        Assert.Empty(Directory.EnumerateFiles(_db.Folder));
    }

    [Theory]
    [InlineData(";Mode=ReadWriteCreate")]
    [InlineData("; Mode = ReadWriteCreate ;  ")]
    [InlineData(";mode=readwritecreate;Default Timeout=7")]
    public async Task Does_not_create_a_missing_file_even_when_the_connection_string_asks_for_create(string settings)
    {
        await using var migrator = new Migrator(Catalogs.Generated, new SqliteMigrationStore(_db.ConnectionString + settings));

        var plan = await migrator.GetStatusAsync();

        Assert.Empty(plan.Ledger);
        Assert.False(File.Exists(_db.FilePath));
        // The same store still creates the file when it migrates.
        Assert.Equal(Catalogs.Generated.Migrations.Count, (await migrator.MigrateAsync()).Applied.Count);
        Assert.Equal(Catalogs.Generated.Migrations.Count, (await migrator.GetStatusAsync()).Applied.Count);
    }

    [Fact]
    public async Task Returns_problems_instead_of_throwing()
    {
        await _db.MigrateAsync(Catalogs.Generated);
        await using var migrator = _db.CreateMigrator(Catalogs.Changing(2, name: "create_novels"));

        var plan = await migrator.GetStatusAsync();

        var problem = Assert.Single(plan.Problems);
        Assert.Equal((PlanProblemKind.NameChanged, 2L), (problem.Kind, problem.Order));
        Assert.False(plan.IsUpToDate);
    }

    [Fact]
    public async Task Plans_every_migration_on_a_database_that_was_never_migrated()
    {
        await using var migrator = _db.CreateMigrator(Catalogs.Generated);

        var plan = await migrator.GetStatusAsync();

        Assert.Equal(Catalogs.GeneratedOrders, plan.Pending.Select(m => m.Order));
        Assert.Empty(plan.Ledger);
        Assert.False(await _db.TableExistsAsync(TestDatabase.LedgerTable));
    }
}
