using GeneratedMigrations.Generators.Tests.Infrastructure;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>Every shape of class that can be a migration is accepted silently and ends up in the catalogue.</summary>
public sealed class ValidMigrationTests
{
    [Fact]
    public void Reports_nothing_for_valid_migrations()
    {
        const string source = """
            using System.Threading;
            using System.Threading.Tasks;
            using GeneratedMigrations;

            namespace Shop.Migrations;

            [Migration(1, "public_sealed")]
            public sealed class PublicSealed : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }

            [Migration(2, "internal_with_explicit_constructors")]
            internal class InternalWithConstructors : IReversibleMigration
            {
                private readonly string _table;

                public InternalWithConstructors() : this("books")
                {
                }

                public InternalWithConstructors(string table) => _table = table;

                public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE " + _table + " (id INTEGER)", ct);

                public Task DownAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync("DROP TABLE " + _table, ct);
            }

            public abstract class MigrationBase : IMigration
            {
                public abstract Task UpAsync(MigrationContext db, CancellationToken ct);
            }

            [Migration(3, "derived_from_an_abstract_base")]
            public sealed class Derived : MigrationBase
            {
                public override Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }

            internal static class Nested
            {
                [Migration(4, "internal_nested")]
                internal sealed class InternalNested : IMigration
                {
                    public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
                }

                [Migration(5, "protected_internal_nested")]
                protected internal sealed class ProtectedInternalNested : IMigration
                {
                    public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
                }
            }

            [Migration(6, "partial_class")]
            public sealed partial class PartialMigration : IMigration
            {
            }

            public sealed partial class PartialMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }

            [Migration(7, "sealed_record_class")]
            public sealed record RecordMigration : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }

            [Migration(int.MaxValue + 1L, "order_beyond_int")]
            public sealed class LargeOrder : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }
            """;

        var run = GeneratorHarness.Run(source).AssertOutputCompiles();

        Assert.Empty(run.DiagnosticLines);
        Assert.Equal(
            [
                (1L, "public_sealed", false), (2, "internal_with_explicit_constructors", true), (3, "derived_from_an_abstract_base", false),
                (4, "internal_nested", false), (5, "protected_internal_nested", false), (6, "partial_class", false),
                (7, "sealed_record_class", false), (2147483648, "order_beyond_int", false),
            ],
            run.LoadCatalog().Migrations.Select(m => (m.Order, m.Name, m.IsReversible)));
    }

    [Fact]
    public void Reads_the_attribute_however_it_is_written()
    {
        const string source = """
            using System.Threading;
            using System.Threading.Tasks;
            using GeneratedMigrations;
            using Alias = GeneratedMigrations.MigrationAttribute;

            namespace Shop.Migrations;

            internal static class Orders
            {
                public const int CreateBooks = 10;
                public const string CreateBooksName = "create_books";
            }

            [Migration(Orders.CreateBooks, Orders.CreateBooksName)]
            public sealed class FromConstants : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }

            [Migration(name: "named_arguments", order: 20)]
            public sealed class NamedArguments : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }

            [global::GeneratedMigrations.MigrationAttribute(30, "full_name")]
            public sealed class FullName : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }

            [Alias(4 * 10, "through_" + "an_alias")]
            public sealed class ThroughAnAlias : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }
            """;

        var run = GeneratorHarness.Run(source).AssertOutputCompiles();

        Assert.Empty(run.DiagnosticLines);
        Assert.Equal(
            [(10L, "create_books"), (20, "named_arguments"), (30, "full_name"), (40, "through_an_alias")],
            run.LoadCatalog().Migrations.Select(m => (m.Order, m.Name)));
    }
}
