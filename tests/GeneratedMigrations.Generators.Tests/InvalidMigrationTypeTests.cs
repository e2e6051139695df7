using GeneratedMigrations.Generators.Tests.Infrastructure;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>GM0003: the class must be something the generated <c>static () =&gt; new T()</c> can create and call.</summary>
public sealed class InvalidMigrationTypeTests
{
    private const string BrokenAttribute = "Migration(1, \"broken\")";

    [Fact]
    public void Reports_an_abstract_class()
    {
        AssertRejected(
            """
            [Migration(1, "broken")]
            public abstract class Broken : IMigration
            {
                public abstract Task UpAsync(MigrationContext db, CancellationToken ct);
            }
            """,
            "Shop.Migrations.Broken",
            "is abstract; make it a concrete class");
    }

    [Fact]
    public void Reports_an_abstract_class_whose_explicit_constructor_is_protected_for_both_reasons()
    {
        // Unlike an implicit one, this constructor stays protected when the class is made concrete.
        AssertRejected(
            """
            [Migration(1, "broken")]
            public abstract class Broken : IMigration
            {
                protected Broken()
                {
                }

                public abstract Task UpAsync(MigrationContext db, CancellationToken ct);
            }
            """,
            "Shop.Migrations.Broken",
            "is abstract; make it a concrete class",
            "has no public parameterless constructor; add one");
    }

    [Fact]
    public void Reports_a_static_class()
    {
        // A static class cannot implement an interface either, so both fixes are needed.
        AssertRejected(
            """
            [Migration(1, "broken")]
            public static class Broken
            {
                public static Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }
            """,
            "Shop.Migrations.Broken",
            "is static; make it a non-static class",
            "does not implement GeneratedMigrations.IMigration; implement IMigration or IReversibleMigration");
    }

    [Fact]
    public void Reports_a_generic_class()
    {
        AssertRejected(
            """
            [Migration(1, "broken")]
            public sealed class Broken<T> : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }
            """,
            "Shop.Migrations.Broken<T>",
            "is generic; make it a non-generic class");
    }

    [Fact]
    public void Reports_a_class_nested_in_a_generic_type()
    {
        AssertRejected(
            """
            public static class Outer<T>
            {
                [Migration(1, "broken")]
                public sealed class Broken : IMigration
                {
                    public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
                }
            }
            """,
            "Shop.Migrations.Outer<T>.Broken",
            "is nested in generic type 'Shop.Migrations.Outer<T>'; move it out");
    }

    [Fact]
    public void Reports_a_class_without_a_parameterless_constructor()
    {
        AssertRejected(
            """
            [Migration(1, "broken")]
            public sealed class Broken(string table) : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync("DROP TABLE " + table, ct);
            }
            """,
            "Shop.Migrations.Broken",
            "has no public parameterless constructor; add one");
    }

    [Fact]
    public void Reports_a_class_whose_parameterless_constructor_is_not_public()
    {
        AssertRejected(
            """
            [Migration(1, "broken")]
            public sealed class Broken : IMigration
            {
                internal Broken()
                {
                }

                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }
            """,
            "Shop.Migrations.Broken",
            "has no public parameterless constructor; add one");
    }

    [Fact]
    public void Reports_a_class_that_does_not_implement_IMigration()
    {
        AssertRejected(
            """
            [Migration(1, "broken")]
            public sealed class Broken
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }
            """,
            "Shop.Migrations.Broken",
            "does not implement GeneratedMigrations.IMigration; implement IMigration or IReversibleMigration");
    }

    [Fact]
    public void Reports_a_private_nested_class()
    {
        AssertRejected(
            """
            public static class Outer
            {
                [Migration(1, "broken")]
                private sealed class Broken : IMigration
                {
                    public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
                }
            }
            """,
            "Shop.Migrations.Outer.Broken",
            "is private; the generated catalogue cannot see it, so make it internal or public");
    }

    [Fact]
    public void Reports_a_protected_nested_class()
    {
        AssertRejected(
            """
            public class Outer
            {
                [Migration(1, "broken")]
                protected sealed class Broken : IMigration
                {
                    public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
                }
            }
            """,
            "Shop.Migrations.Outer.Broken",
            "is protected; the generated catalogue cannot see it, so make it internal or public");
    }

    [Fact]
    public void Reports_a_public_class_nested_in_a_private_class()
    {
        AssertRejected(
            """
            public static class Outer
            {
                private static class Hidden
                {
                    [Migration(1, "broken")]
                    public sealed class Broken : IMigration
                    {
                        public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
                    }
                }
            }
            """,
            "Shop.Migrations.Outer.Hidden.Broken",
            "is nested in private type 'Shop.Migrations.Outer.Hidden'; the generated catalogue cannot see it, so make that type internal or public");
    }

    [Fact]
    public void Reports_a_file_local_class()
    {
        AssertRejected(
            """
            [Migration(1, "broken")]
            file sealed class Broken : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }
            """,
            "Shop.Migrations.Broken",
            "is file-local; the generated catalogue cannot see it, so remove the 'file' modifier");
    }

    [Fact]
    public void Reports_a_class_nested_in_a_file_local_class()
    {
        AssertRejected(
            """
            file static class Outer
            {
                [Migration(1, "broken")]
                public sealed class Broken : IMigration
                {
                    public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
                }
            }
            """,
            "Shop.Migrations.Outer.Broken",
            "is nested in file-local type 'Shop.Migrations.Outer'; the generated catalogue cannot see it, so remove the 'file' modifier");
    }

    /// <summary>
    /// Compiles <paramref name="declaration"/> beside one valid migration and asserts that the generator reports
    /// exactly these GM0003 reasons at the [Migration] attribute, leaves the class out of the catalogue and
    /// still emits a catalogue that compiles.
    /// </summary>
    private static void AssertRejected(string declaration, string displayName, params string[] reasons)
    {
        var source = $$"""
            using System.Threading;
            using System.Threading.Tasks;
            using GeneratedMigrations;

            namespace Shop.Migrations;

            {{declaration}}

            [Migration(2, "valid")]
            public sealed class Valid : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }
            """;

        var run = GeneratorHarness.Run(source).AssertOutputCompiles();

        DiagnosticAssert.Reported(
            reasons.Select(reason => ExpectedDiagnostic.Error("GM0003", "Migrations.cs", source, BrokenAttribute, $"'{displayName}' cannot be a migration: it {reason}")),
            run);
        Assert.Equal(["valid"], run.LoadCatalog().Migrations.Select(m => m.Name));
    }
}
