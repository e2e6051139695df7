using GeneratedMigrations.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>User code compiled against the runtime assembly from outside (no access to its internals), as an app or its tests are.</summary>
public sealed class PublicApiUsageTests
{
    [Fact]
    public void A_users_unit_test_can_run_one_migration_through_a_MigrationContext_it_creates()
    {
        var errors = ErrorsOf("""
            using System.Data.Common;
            using System.Threading;
            using System.Threading.Tasks;
            using GeneratedMigrations;

            public sealed class AddIsbn : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync("ALTER TABLE books ADD COLUMN isbn TEXT", ct);
            }

            public static class AddIsbnTest
            {
                public static Task RunAsync(DbConnection connection, DbTransaction transaction)
                {
                    var descriptor = new MigrationDescriptor(7, "add_isbn", "0123456789abcdef0123456789abcdef", false, "AddIsbn", static () => new AddIsbn());
                    return new AddIsbn().UpAsync(new MigrationContext(connection, transaction, descriptor), CancellationToken.None);
                }
            }
            """);

        Assert.Empty(errors);
    }

    [Fact]
    public void A_hand_made_descriptor_sets_its_optional_settings_by_name_not_by_constructor_position()
    {
        var errors = ErrorsOf("""
            using GeneratedMigrations;

            public static class Catalogs
            {
                public static MigrationDescriptor Baseline() =>
                    new(9, "baseline", "0123456789abcdef0123456789abcdef", false, "Baseline", static () => new SqlMigration("SELECT 1", null))
                    {
                        BaselineThrough = 8,
                        RunsInTransaction = false,
                        UpSql = "SELECT 1",
                    };
            }
            """);

        Assert.Empty(errors);
    }

    private static IReadOnlyList<string> ErrorsOf(string source) =>
        GeneratorHarness.CreateCompilation([new TestSource("User.cs", source)], "UserApp")
            .GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(DiagnosticText.Format)
            .ToList();
}
