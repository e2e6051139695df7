namespace GeneratedMigrations.Npgsql.Tests.Runner;

/// <summary>On PostgreSQL a baseline replaces orders 1..N on an empty database (recorded BASELINED); a migrated database records it SKIPPED.</summary>
public sealed class BaselineTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    // 1..3 build the schema step by step; 4 is the squashed schema of 1..3; 5 comes after.
    private static MigrationCatalog Catalog() => TestCatalogs.Of(
        RunnerSql.Table(1, "t1"),
        RunnerSql.Table(2, "t2"),
        RunnerSql.Table(3, "t3"),
        RunnerSql.Sql(4, "baseline_t1_to_t3",
            "CREATE TABLE t1 (id bigint PRIMARY KEY); CREATE TABLE t2 (id bigint PRIMARY KEY); CREATE TABLE t3 (id bigint PRIMARY KEY); CREATE TABLE from_baseline (id bigint)",
            baselineThrough: 3),
        RunnerSql.Table(5, "t5"));

    [Fact]
    public async Task A_fresh_database_runs_only_the_baseline_and_records_what_it_replaced()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using var migrator = RunnerSql.Migrator(db, Catalog());

        var result = await migrator.MigrateAsync();

        Assert.Equal([(4L, PlanStepKind.Baseline), (5L, PlanStepKind.Apply)], result.Applied.Select(m => (m.Order, m.Kind)));
        Assert.Equal(
            [(1L, "BASELINED"), (2L, "BASELINED"), (3L, "BASELINED"), (4L, "COMPLETED"), (5L, "COMPLETED")],
            await RunnerSql.LedgerStatusesAsync(db));
        Assert.True(await db.TableExistsAsync("public", "from_baseline"));
        Assert.True(await db.TableExistsAsync("public", "t5"));
        Assert.True((await migrator.GetStatusAsync()).IsUpToDate);
    }

    [Fact]
    public async Task A_database_with_migrations_records_the_baseline_skipped_and_runs_the_rest()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using (var earlier = RunnerSql.Migrator(db, TestCatalogs.Of(RunnerSql.Tables(2))))
        {
            await earlier.MigrateAsync();
        }
        await using var migrator = RunnerSql.Migrator(db, Catalog());

        var result = await migrator.MigrateAsync();

        Assert.Equal([(3L, PlanStepKind.Apply), (4L, PlanStepKind.Skip), (5L, PlanStepKind.Apply)], result.Applied.Select(m => (m.Order, m.Kind)));
        Assert.Equal(
            [(1L, "COMPLETED"), (2L, "COMPLETED"), (3L, "COMPLETED"), (4L, "SKIPPED"), (5L, "COMPLETED")],
            await RunnerSql.LedgerStatusesAsync(db));
        Assert.False(await db.TableExistsAsync("public", "from_baseline"));
        Assert.True((await migrator.GetStatusAsync()).IsUpToDate);
    }
}
