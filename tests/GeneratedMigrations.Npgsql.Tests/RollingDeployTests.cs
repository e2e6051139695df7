namespace GeneratedMigrations.Npgsql.Tests;

/// <summary>
/// Rolling deploys on PostgreSQL: a newer build applies a backward-compatible (expand) migration, and instances of the
/// older build keep verifying, migrating and reporting against that database; one ahead by any other migration is refused.
/// </summary>
public sealed class RollingDeployTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private const int LedgerUpgradedEvent = 3007;

    private static MigrationDescriptor AddNoteColumn() =>
        new(4, "add_note", "checksum-4-add_note", isReversible: false, "Tests.AddNote", () => new NoteColumn()) { IsBackwardCompatible = true };

    private static MigrationCatalog OlderBuild => TestCatalogs.Of(TestCatalogs.Items());

    private static MigrationCatalog NewerBuild => TestCatalogs.Of([.. TestCatalogs.Items(), AddNoteColumn()]);

    [Fact]
    public async Task An_older_build_verifies_migrates_and_reports_against_a_database_ahead_by_a_compatible_migration()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using (var newer = new Migrator(NewerBuild, new NpgsqlMigrationStore(db.ConnectionString)))
        {
            await newer.MigrateAsync();
        }
        var before = await db.DescribeAsync();
        await using var older = new Migrator(OlderBuild, new NpgsqlMigrationStore(db.ConnectionString));

        await older.VerifyAsync();
        var run = await older.MigrateAsync();
        var status = await older.GetStatusAsync();

        Assert.True(run.WasUpToDate);
        Assert.True(status.IsUpToDate);
        Assert.Equal(4, Assert.Single(status.AheadCompatible).Order);
        Assert.Contains("ahead, compatible 4 add_note", status.Describe());
        Assert.Equal(before, await db.DescribeAsync());
        Assert.Equal("1:false 2:false 3:false 4:true", await FlagsAsync(db));
    }

    [Fact]
    public async Task An_older_build_refuses_a_database_ahead_by_a_migration_that_is_not_backward_compatible()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using (var newer = new Migrator(TestCatalogs.Of([.. NewerBuild.Migrations, TestCatalogs.Sql(5, "drop_title", "ALTER TABLE items DROP COLUMN title")]),
            new NpgsqlMigrationStore(db.ConnectionString)))
        {
            await newer.MigrateAsync();
        }
        await using var older = new Migrator(OlderBuild, new NpgsqlMigrationStore(db.ConnectionString));

        var verify = await Assert.ThrowsAsync<MigrationPlanException>(() => older.VerifyAsync());
        var migrate = await Assert.ThrowsAsync<MigrationPlanException>(() => older.MigrateAsync());

        foreach (var refusal in new[] { verify, migrate })
        {
            var problem = Assert.Single(refusal.Problems);
            Assert.Equal((PlanProblemKind.UnknownApplied, 5L), (problem.Kind, problem.Order));
        }
    }

    [Fact]
    public async Task A_ledger_written_by_the_previous_layout_is_read_as_is_and_upgraded_in_place_under_the_lock()
    {
        await using var db = await server.CreateDatabaseAsync();
        // The ledger exactly as the release before the flag created and wrote it.
        await db.ExecuteAsync(
            "CREATE TABLE items (id bigint PRIMARY KEY, title text NOT NULL);" +
            "CREATE TABLE public.__migration_ledger (migration_order bigint NOT NULL PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, status text NOT NULL, " +
            "applied_at timestamptz NOT NULL, duration_ms bigint NOT NULL, applied_by text NOT NULL);" +
            "CREATE TABLE public.__migration_ledger_meta (key text NOT NULL PRIMARY KEY, value text NOT NULL);" +
            "INSERT INTO public.__migration_ledger_meta (key, value) VALUES ('schema_version', '1');" +
            "INSERT INTO public.__migration_ledger VALUES (1, 'create_items', 'checksum-1-create_items', 'COMPLETED', now(), 3, 'old-host/App 0.9');");
        var before = await db.DescribeAsync();

        // Reading changes nothing: the upgrade waits for a run that holds the lock.
        await using (var reader = new Migrator(NewerBuild, new NpgsqlMigrationStore(db.ConnectionString)))
        {
            var status = await reader.GetStatusAsync();
            Assert.Equal([1L], status.Applied.Select(m => m.Order));
            Assert.False(Assert.Single(status.Ledger).IsBackwardCompatible);
        }
        Assert.Equal(before, await db.DescribeAsync());

        var logger = new RecordingLogger();
        await using (var migrator = new Migrator(NewerBuild, new NpgsqlMigrationStore(db.ConnectionString), new MigratorOptions { Logger = logger }))
        {
            await migrator.MigrateAsync();
        }

        Assert.Equal("1:false 2:false 3:false 4:true", await FlagsAsync(db));
        Assert.Contains("added column backward_compatible", Assert.Single(logger.MessagesOf(LedgerUpgradedEvent)));
        await using var older = new Migrator(OlderBuild, new NpgsqlMigrationStore(db.ConnectionString));
        await older.VerifyAsync();
    }

    [Fact]
    public async Task A_release_before_the_flag_still_writes_an_upgraded_ledger()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using (var newer = new Migrator(NewerBuild, new NpgsqlMigrationStore(db.ConnectionString)))
        {
            await newer.MigrateAsync();
        }

        // Such a release names its seven columns in every statement; the new column has a default.
        await db.ExecuteAsync(
            "INSERT INTO public.__migration_ledger (migration_order, name, checksum, status, applied_at, duration_ms, applied_by) " +
            "VALUES (5, 'x', 'y', 'COMPLETED', now(), 1, 'old-host/App 0.9')");

        Assert.Equal("1:false 2:false 3:false 4:true 5:false", await FlagsAsync(db));
    }

    private static Task<string> FlagsAsync(TestDatabase db) =>
        db.ScalarAsync<string>("SELECT string_agg(migration_order || ':' || backward_compatible, ' ' ORDER BY migration_order) FROM public.__migration_ledger");

    private sealed class NoteColumn : IMigration
    {
        public Task UpAsync(MigrationContext db, CancellationToken cancellationToken) =>
            db.ExecuteAsync("ALTER TABLE items ADD COLUMN note text NULL", cancellationToken);
    }
}
