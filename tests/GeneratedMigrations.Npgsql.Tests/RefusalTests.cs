namespace GeneratedMigrations.Npgsql.Tests;

/// <summary>When the catalogue and the ledger disagree, nothing at all changes in the database.</summary>
public sealed class RefusalTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private static readonly MigrationDescriptor AddNotes = TestCatalogs.Sql(4, "create_notes", "CREATE TABLE notes (id bigint PRIMARY KEY)");

    [Fact]
    public async Task Refuses_when_an_applied_migration_was_renamed_and_changes_nothing()
    {
        var items = TestCatalogs.Items();
        var renamed = TestCatalogs.Sql(2, "seed_the_items", "INSERT INTO items (id, title) VALUES (1, 'first'), (2, 'second')", items[1].Checksum);

        var exception = await RefusedAsync(TestCatalogs.Of(items[0], renamed, items[2], AddNotes));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal(PlanProblemKind.NameChanged, problem.Kind);
        Assert.Equal(2, problem.Order);
    }

    [Fact]
    public async Task Refuses_when_an_applied_migration_was_edited_and_changes_nothing()
    {
        var items = TestCatalogs.Items();
        var edited = TestCatalogs.Sql(3, "index_items_by_title", "CREATE INDEX ix_items_title ON items (title, id)", checksum: "edited");

        var exception = await RefusedAsync(TestCatalogs.Of(items[0], items[1], edited, AddNotes));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal(PlanProblemKind.ChecksumChanged, problem.Kind);
        Assert.Equal(3, problem.Order);
    }

    [Fact]
    public async Task Refuses_when_the_database_is_ahead_of_the_code_and_changes_nothing()
    {
        var items = TestCatalogs.Items();

        var exception = await RefusedAsync(TestCatalogs.Of(items[0], items[1], AddNotes));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal(PlanProblemKind.UnknownApplied, problem.Kind);
        Assert.Equal(3, problem.Order);
        Assert.Contains("index_items_by_title", exception.Message, StringComparison.Ordinal);
    }

    /// <summary>Applies the items catalogue, then runs <paramref name="catalog"/> and checks that it refused without a trace.</summary>
    private async Task<MigrationPlanException> RefusedAsync(MigrationCatalog catalog)
    {
        await using var db = await server.CreateDatabaseAsync();
        await using (var first = new Migrator(TestCatalogs.Of(TestCatalogs.Items()), new NpgsqlMigrationStore(db.ConnectionString)))
        {
            await first.MigrateAsync();
        }
        var rowsBefore = await db.LedgerRowsAsync();
        var nextTransaction = await db.DescribeAsync();

        MigrationPlanException exception;
        await using (var migrator = new Migrator(catalog, new NpgsqlMigrationStore(db.ConnectionString)))
        {
            exception = await Assert.ThrowsAsync<MigrationPlanException>(() => migrator.MigrateAsync());
            await Assert.ThrowsAsync<MigrationPlanException>(() => migrator.VerifyAsync());
        }

        Assert.Equal(3, exception.LastAppliedOrder);
        Assert.False(await db.TableExistsAsync("public", "notes"));
        Assert.Equal(rowsBefore, await db.LedgerRowsAsync());
        Assert.Equal(nextTransaction, await db.DescribeAsync());
        return exception;
    }
}
