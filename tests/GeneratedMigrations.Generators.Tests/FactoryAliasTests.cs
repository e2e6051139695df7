using GeneratedMigrations.Generators.Tests.Infrastructure;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// The catalogue's factory names each migration class through a using alias of its namespace (or containing class),
/// <c>new __N0.CreateBooks()</c>, which the compiler parses faster after every edit than the full name. Whatever the
/// names in the project, each alias must reach the class it stands for and clash with nothing.
/// </summary>
public sealed class FactoryAliasTests
{
    [Fact]
    public void Classes_in_the_global_namespace_nested_in_classes_with_escaped_names_or_sharing_a_name_are_each_created()
    {
        const string source = """
            using System.Threading;
            using System.Threading.Tasks;
            using GeneratedMigrations;

            [Migration(1, "in_the_global_namespace")]
            public sealed class InTheGlobalNamespace : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }

            namespace Shop
            {
                // A class named like the namespace the catalogue sits in, and like the namespaces below.
                public static class Shop
                {
                    [Migration(2, "nested_in_a_class_named_shop")]
                    public sealed class Create : IMigration
                    {
                        public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
                    }
                }

                public static class Migrations
                {
                }
            }

            namespace Shop.Orders
            {
                [Migration(3, "same_class_name_as_two_others")]
                public sealed class Create : IMigration
                {
                    public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
                }
            }

            namespace Shop.Books
            {
                public static class Outer
                {
                    public static class Inner
                    {
                        [Migration(4, "nested_two_deep")]
                        internal sealed class Create : IMigration
                        {
                            public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
                        }
                    }
                }
            }

            namespace Shop.@event
            {
                [Migration(5, "escaped_names")]
                public sealed class @class : IMigration
                {
                    public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
                }
            }
            """;

        var run = TestProject.Of(new TestSource("Migrations.cs", source)).With("RootNamespace", "Shop").Run().AssertOutputCompiles();

        Assert.DoesNotContain(run.DiagnosticLines, line => !line.Contains("GM0100", StringComparison.Ordinal));
        Assert.Contains("case 0: return new global::InTheGlobalNamespace();", run.CatalogSource!, StringComparison.Ordinal);
        Assert.Contains("using __N3 = global::Shop.@event;", run.CatalogSource!, StringComparison.Ordinal);
        var catalog = run.LoadCatalog("Shop.AppMigrations");
        Assert.Equal(
            ["InTheGlobalNamespace", "Shop.Shop.Create", "Shop.Orders.Create", "Shop.Books.Outer.Inner.Create", "Shop.@event.@class"],
            catalog.Migrations.Select(m => m.TypeName));
        // The runtime's names have no '@' and a '+' before a nested class.
        Assert.All(catalog.Migrations, m => Assert.Equal(m.TypeName.Replace("@", ""), m.CreateMigration().GetType().FullName!.Replace('+', '.')));
    }

    [Fact]
    public void The_aliases_take_another_prefix_when_a_namespace_or_class_of_the_project_starts_like_them()
    {
        const string source = """
            using System.Threading;
            using System.Threading.Tasks;
            using GeneratedMigrations;

            namespace __N1.Data
            {
                [Migration(1, "in_a_namespace_named_like_an_alias")]
                public sealed class __N0 : IMigration
                {
                    public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
                }
            }

            namespace Shop
            {
                [Migration(2, "beside_them")]
                public sealed class CreateBooks : IMigration
                {
                    public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
                }
            }
            """;

        var run = TestProject.Of(new TestSource("Migrations.cs", source)).With("RootNamespace", "__N_Catalog").Run().AssertOutputCompiles();

        // "__N" starts the names __N1 and __N0, and "__N_" the catalogue's namespace: the prefix grows until nothing starts with it.
        Assert.Contains("using __N__0 = global::__N1.Data;", run.CatalogSource!, StringComparison.Ordinal);
        Assert.Contains("case 1: return new __N__1.CreateBooks();", run.CatalogSource!, StringComparison.Ordinal);
        var catalog = run.LoadCatalog("__N_Catalog.AppMigrations");
        Assert.Equal(["__N1.Data.__N0", "Shop.CreateBooks"], catalog.Migrations.Select(m => m.TypeName));
        Assert.All(catalog.Migrations, m => Assert.Equal(m.TypeName, m.CreateMigration().GetType().FullName));
    }
}
