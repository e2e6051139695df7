using static GeneratedMigrations.Tests.Infrastructure.RunnerCatalogs;

namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>
/// Rolling deploys on SQLite: a newer build applies a backward-compatible (expand) migration, and instances of the
/// older build keep verifying, migrating and reporting against that database; one ahead by any other migration is refused.
/// </summary>
public sealed class RollingDeployTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static readonly MigrationDescriptor[] Released = [Table(1, "books"), Table(2, "authors")];

    private static MigrationDescriptor AddIsbnColumn() =>
        new(3, "add_isbn", "checksum-of-add_isbn", isReversible: false, typeName: "Sql.0003_add_isbn",
            () => new GeneratedMigrations.SqlMigration("ALTER TABLE books ADD COLUMN isbn TEXT NULL"))
        {
            IsBackwardCompatible = true, UpSql = "ALTER TABLE books ADD COLUMN isbn TEXT NULL",
        };

    private static MigrationCatalog OlderBuild => Of(Released);

    [Fact]
    public async Task An_older_build_verifies_migrates_and_reports_against_a_database_ahead_by_a_compatible_migration()
    {
        await _db.MigrateAsync(Of([.. Released, AddIsbnColumn()]));
        var before = _db.Snapshot();
        await using var older = _db.CreateMigrator(OlderBuild);

        await older.VerifyAsync();
        var run = await older.MigrateAsync();
        var status = await older.GetStatusAsync();

        Assert.True(run.WasUpToDate);
        Assert.True(status.IsUpToDate);
        Assert.Equal(3, Assert.Single(status.AheadCompatible).Order);
        Assert.Contains("ahead, compatible 3 add_isbn", status.Describe());
        Assert.Equal(before, _db.Snapshot());
    }

    [Fact]
    public async Task An_older_build_refuses_a_database_ahead_by_a_migration_that_is_not_backward_compatible()
    {
        await _db.MigrateAsync(Of([.. Released, AddIsbnColumn(), Table(4, "reviews")]));
        await using var older = _db.CreateMigrator(OlderBuild);

        var verify = await Assert.ThrowsAsync<MigrationPlanException>(() => older.VerifyAsync());
        var migrate = await Assert.ThrowsAsync<MigrationPlanException>(() => older.MigrateAsync());

        foreach (var refusal in new[] { verify, migrate })
        {
            var problem = Assert.Single(refusal.Problems);
            Assert.Equal((PlanProblemKind.UnknownApplied, 4L), (problem.Kind, problem.Order));
        }
    }

    [Fact]
    public async Task The_flag_is_stored_in_the_ledger_row()
    {
        await _db.MigrateAsync(Of([.. Released, AddIsbnColumn()]));

        Assert.Equal("1:0 2:0 3:1", await FlagsAsync());
    }

    [Fact]
    public async Task A_ledger_written_by_the_previous_layout_is_read_as_is_and_upgraded_in_place_under_the_lock()
    {
        // The ledger exactly as the release before the flag created and wrote it.
        await _db.ExecuteAsync(
            "CREATE TABLE books (id INTEGER PRIMARY KEY); CREATE TABLE authors (id INTEGER PRIMARY KEY);" +
            $"CREATE TABLE \"{TestDatabase.LedgerTable}\" (migration_order INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, status TEXT NOT NULL, " +
            "applied_at TEXT NOT NULL, duration_ms INTEGER NOT NULL, applied_by TEXT NOT NULL);" +
            $"CREATE TABLE \"{TestDatabase.LedgerTable}_meta\" (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL);" +
            $"INSERT INTO \"{TestDatabase.LedgerTable}_meta\" (key, value) VALUES ('schema_version', '1');" +
            $"CREATE TABLE \"{TestDatabase.LedgerTable}_lock\" (id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1), owner TEXT NOT NULL, acquired_at TEXT NOT NULL, expires_at INTEGER NOT NULL);" +
            $"INSERT INTO \"{TestDatabase.LedgerTable}\" VALUES (1, 'create_books', 'checksum-of-create_books', 'COMPLETED', '2025-01-01T00:00:00.000Z', 3, 'old-host/App 0.9');" +
            $"INSERT INTO \"{TestDatabase.LedgerTable}\" VALUES (2, 'create_authors', 'checksum-of-create_authors', 'COMPLETED', '2025-01-01T00:00:00.000Z', 3, 'old-host/App 0.9');");
        var newer = Of([.. Released, AddIsbnColumn()]);
        var before = _db.Snapshot();

        // Reading changes nothing: the upgrade waits for a run that holds the lock.
        await using (var reader = _db.CreateMigrator(newer))
        {
            var status = await reader.GetStatusAsync();
            Assert.Equal([1L, 2L], status.Applied.Select(m => m.Order));
            Assert.All(status.Ledger, entry => Assert.False(entry.IsBackwardCompatible));
        }
        Assert.Equal(before, _db.Snapshot());

        var logger = new ListLogger();
        await using (var migrator = _db.CreateMigrator(newer, new MigratorOptions { Logger = logger }))
        {
            await migrator.MigrateAsync();
        }

        Assert.Equal("1:0 2:0 3:1", await FlagsAsync());
        var upgraded = Assert.Single(logger.Records, record => record.EventId == 2006);
        Assert.Contains("added column backward_compatible", upgraded.Message);
        await using var older = _db.CreateMigrator(OlderBuild);
        await older.VerifyAsync();
    }

    [Fact]
    public async Task A_release_before_the_flag_still_reads_and_writes_an_upgraded_ledger()
    {
        // Such a release names its seven columns in every statement; the new column has a default.
        await _db.MigrateAsync(Of([.. Released, AddIsbnColumn()]));

        await _db.ExecuteAsync(
            $"INSERT INTO \"{TestDatabase.LedgerTable}\" (migration_order, name, checksum, status, applied_at, duration_ms, applied_by) " +
            "VALUES (4, 'create_reviews', 'checksum-of-create_reviews', 'COMPLETED', '2025-01-01T00:00:00.000Z', 3, 'old-host/App 0.9')");

        Assert.Equal("1:0 2:0 3:1 4:0", await FlagsAsync());
        Assert.Equal(4, (await _db.ReadLedgerAsync()).Count);
    }

    private async Task<string> FlagsAsync()
    {
        await using var connection = await _db.OpenForReadingAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT group_concat(migration_order || ':' || backward_compatible, ' ') FROM (SELECT * FROM \"{TestDatabase.LedgerTable}\" ORDER BY migration_order)";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
