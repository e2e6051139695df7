using GeneratedMigrations.Generators.Models;
using GeneratedMigrations.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// The generator reads each class from its syntax alone (so the model is cached with the file) and binds only the
/// classes the syntax cannot settle. Whatever the syntax settles must be exactly what the symbol-based parser says.
/// </summary>
public sealed class SyntaxParserTests
{
    private const string Shapes = """"
        using System.Diagnostics.CodeAnalysis;
        using System.Threading;
        using System.Threading.Tasks;
        using GeneratedMigrations;
        using Alias = GeneratedMigrations.MigrationAttribute;

        namespace Shop.Migrations
        {
            [Migration(1, "public_sealed")]
            public sealed class PublicSealed : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE a (id INTEGER)", ct);
            }

            [GeneratedMigrations.Migration(2, @"verbatim_name", AllowOutOfOrder = true, Transactional = false, Disabled = true)]
            internal class Reversible : GeneratedMigrations.IReversibleMigration
            {
                public Reversible() { }
                public Reversible(string table) { }
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
                public Task DownAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }

            [global::GeneratedMigrations.MigrationAttribute(3, """raw_name""", BaselineThrough = 2)]
            [SuppressMessage("GeneratedMigrations", "GM0105:Locked migration edited", Justification = "applied by hand")]
            public sealed record RecordClass() : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }

            [Alias(-4, "negative_order")]
            public sealed class NegativeOrder : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }

            [Migration(5, null)]
            public sealed class NullName : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }

            [Migration(0x10, "abstract")]
            public abstract class Abstract : IMigration
            {
                public abstract Task UpAsync(MigrationContext db, CancellationToken ct);
            }

            [Migration(17, "static")]
            public static class Static
            {
            }

            [Migration(18, "primary_constructor")]
            public sealed class PrimaryConstructor(string table) : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(table, ct);
            }

            [Migration(19, "internal_constructor")]
            public sealed class InternalConstructor : IMigration
            {
                internal InternalConstructor() { }
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }

            [Migration(20, "not_a_migration")]
            public sealed class NotAMigration
            {
            }

            [Migration(3000000000, "uint_literal")]
            file sealed class FileLocal : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }

            public static class Outer
            {
                [Migration(21, "nested_public")]
                public sealed class NestedPublic : IMigration
                {
                    public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
                }

                [Migration(22, "nested_default_private")]
                sealed class NestedPrivate : IMigration
                {
                    public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
                }

                [Migration(23, "nested_protected_internal")]
                protected internal sealed class NestedProtectedInternal : IMigration
                {
                    public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
                }

                private static class Hidden
                {
                    [Migration(24, "in_private")]
                    public sealed class InPrivate : IMigration
                    {
                        public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
                    }
                }
            }

            namespace Inner.Deeper
            {
                [Migration(25, "nested_namespace")]
                public sealed class NestedNamespace : IMigration
                {
                    public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
                }
            }

            // Left to binding: a constant, a base class, a partial class, a generic class, a name: argument.
            internal static class Orders { public const long Thirty = 30; }

            [Migration(Orders.Thirty, "constant")]
            public sealed class Constant : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }

            public abstract class Base : IReversibleMigration
            {
                public abstract Task UpAsync(MigrationContext db, CancellationToken ct);
                public Task DownAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }

            [Migration(31, "derived")]
            public sealed class Derived : Base
            {
                public override Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }

            [Migration(32, "partial")]
            public sealed partial class Partial : IMigration
            {
            }

            public sealed partial class Partial
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }

            [Migration(33, "generic")]
            public sealed class Generic<T> : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }

            [Migration(name: "named", order: 34)]
            public sealed class Named : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }
        }
        """";

    private static readonly string[] LeftToBinding = ["Constant", "Derived", "Partial", "Generic", "Named"];

    [Fact]
    public void Every_class_the_syntax_settles_has_the_model_the_symbol_parser_gives()
    {
        var compilation = GeneratorHarness.CreateCompilation([new("Migrations.cs", Shapes)]);
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var declarations = tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>()
            .Where(d => MigrationGenerator.SyntaxParser.IsCandidate(d, default))
            .ToList();
        Assert.Equal(21, declarations.Count);

        var settled = new List<string>();
        var bound = new List<string>();
        foreach (var declaration in declarations)
        {
            var parsed = MigrationGenerator.SyntaxParser.Parse(declaration, default);
            Assert.NotNull(parsed);
            var type = (INamedTypeSymbol)model.GetDeclaredSymbol(declaration)!;
            var attribute = type.GetAttributes().Single(a => a.AttributeClass?.Name == "MigrationAttribute");
            var expected = MigrationGenerator.Parser.Parse(type, attribute, null, default);
            Assert.NotNull(expected);
            if (parsed.Needs == MigrationResolution.SemanticModel)
            {
                bound.Add(type.Name);
                continue;
            }
            Assert.Equal(MigrationResolution.None, parsed.Needs);
            Assert.Equal(expected, parsed.Migration);
            settled.Add(type.Name);
        }

        Assert.Equal(LeftToBinding, bound);
        Assert.Equal(16, settled.Count);
    }

    [Fact]
    public void The_catalogue_holds_the_same_migrations_whichever_way_each_class_was_read()
    {
        var run = GeneratorHarness.Run(Shapes).AssertOutputCompiles();

        Assert.Equal(
            [(1L, "public_sealed"), (2, "verbatim_name"), (3, "raw_name"), (21, "nested_public"), (23, "nested_protected_internal"), (25, "nested_namespace"),
             (30, "constant"), (31, "derived"), (32, "partial"), (34, "named")],
            run.LoadCatalog().Migrations.Select(m => (m.Order, m.Name)));
        Assert.True(run.LoadCatalog().Find(31)!.IsReversible, "The base class's IReversibleMigration was not seen.");
        // Bound: the five the syntax leaves open, and nothing else.
        var bound = run.Result.TrackedSteps[TrackingNames.BoundMigrations].SelectMany(s => s.Outputs).Select(o => o.Value).Cast<IEnumerable<MigrationInfo>>().Single();
        Assert.Equal(["constant", "derived", "partial", "generic", "named"], bound.Select(m => m.Name));
    }

    [Fact]
    public void A_global_using_lets_the_syntax_settle_files_that_do_not_import_the_runtime()
    {
        var run = GeneratorHarness.Run(
            [
                new("GlobalUsings.cs", "global using global::GeneratedMigrations;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\n"),
                new("Migrations/Books.cs", MigrationWithoutUsings(1, "create_books", "CreateBooks")),
                new("Migrations/Loans.cs", MigrationWithoutUsings(2, "create_loans", "CreateLoans")),
            ]).AssertOutputCompiles();

        Assert.Empty(run.DiagnosticLines);
        Assert.Equal(["create_books", "create_loans"], run.LoadCatalog().Migrations.Select(m => m.Name));
        var open = run.Result.TrackedSteps[TrackingNames.OpenMigrations].SelectMany(s => s.Outputs).Select(o => o.Value).Cast<IEnumerable<ParsedMigration>>().Single();
        Assert.Empty(open);
    }

    [Fact]
    public void A_Migration_attribute_of_another_library_does_not_make_a_migration()
    {
        const string otherLibrary = """
            namespace Other.Migrations
            {
                [System.AttributeUsage(System.AttributeTargets.Class)]
                public sealed class MigrationAttribute(long version, string description) : System.Attribute
                {
                    public long Version { get; } = version;
                    public string Description { get; } = description;
                }
            }
            """;
        const string usesIt = """
            using Other.Migrations;

            namespace Shop.Legacy;

            [Migration(7, "legacy_users")]
            public sealed class LegacyUsers
            {
            }
            """;

        var run = GeneratorHarness.Run(
            [new("Other.cs", otherLibrary), new("Legacy.cs", usesIt), new("Migrations/Books.cs", MigrationSource.Class(1, "create_books", "CreateBooks", "books"))])
            .AssertOutputCompiles();

        Assert.Empty(run.DiagnosticLines);
        Assert.Equal(["create_books"], run.LoadCatalog().Migrations.Select(m => m.Name));
    }

    private static string MigrationWithoutUsings(long order, string name, string className) => $$"""
        namespace Shop.Migrations;

        [Migration({{order}}, "{{name}}")]
        public sealed class {{className}} : IMigration
        {
            public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
        }
        """;
}
