using Npgsql;

namespace GeneratedMigrations.Npgsql.Tests.ExactlyOnce;

/// <summary>
/// Issue 8 #4: when the database fails under a migration (here its session is ended by the server), the error says
/// that, naming the server and database and the migration, and that the migration is not at fault.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DatabaseFailureMessageTests(PostgresServer server)
{
    [Fact]
    public async Task A_migration_whose_session_is_ended_reports_a_database_failure_naming_the_server_and_the_migration()
    {
        await using var db = await server.CreateDatabaseAsync();
        var catalog = TestCatalogs.Of(
            TestCatalogs.Sql(1, "create_t1", "CREATE TABLE t1 (id bigint)"),
            // The server ends the migration's own session, as an administrator or a failover would; the lock session stays.
            TestCatalogs.Sql(2, "cut_off", "CREATE TABLE t2 (id bigint); SELECT pg_terminate_backend(pg_backend_pid())"),
            TestCatalogs.Sql(3, "create_t3", "CREATE TABLE t3 (id bigint)"));
        await using var migrator = new Migrator(catalog, new NpgsqlMigrationStore(db.ConnectionString));

        var exception = await Assert.ThrowsAsync<MigrationDatabaseException>(() => migrator.MigrateAsync());

        var builder = new NpgsqlConnectionStringBuilder(db.ConnectionString);
        var database = $"postgresql://{builder.Host}:{builder.Port}/{db.Name}";
        Assert.Equal(database, exception.Database);
        Assert.Equal((2L, "cut_off", 1L, MigrationOperation.Up), (exception.Order, exception.MigrationName, exception.LastAppliedOrder, exception.Operation));
        Assert.StartsWith($"The database {database} failed during migration 2 'cut_off': ", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Migration 2 'cut_off' was rolled back. The database is at migration 1.", exception.Message, StringComparison.Ordinal);
        Assert.Contains("The migration is not at fault", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Fix the migration", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(builder.Password!, exception.Message, StringComparison.Ordinal);
        Assert.Null(exception.LeftAs);
        Assert.False(await db.TableExistsAsync("public", "t2"));
        Assert.False(await db.TableExistsAsync("public", "t3"));
        Assert.Single(await db.LedgerRowsAsync());
    }
}
