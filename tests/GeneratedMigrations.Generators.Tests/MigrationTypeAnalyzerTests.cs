using GeneratedMigrations.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// GM0003 comes from <see cref="MigrationTypeAnalyzer"/>, an analyzer rule like any other: reported at the [Migration]
/// attribute, and silenced by <c>#pragma</c>, <c>[SuppressMessage]</c> on the class or on the assembly with a
/// <c>Target</c>, and an <c>.editorconfig</c> severity, each for the class it names only.
/// </summary>
public sealed class MigrationTypeAnalyzerTests
{
    private const string Folder = "/repo/Shop/";
    private const string BasePath = Folder + "Migrations/Base.cs";
    private const string OtherPath = Folder + "Migrations/Other.cs";

    private const string Base = """
        using System.Threading;
        using System.Threading.Tasks;
        using GeneratedMigrations;

        namespace Shop.Migrations;

        [Migration(30, "base")]
        public abstract class Base : IMigration
        {
            public abstract Task UpAsync(MigrationContext db, CancellationToken ct);
        }
        """;

    /// <summary>A second invalid class, so each test shows the suppression reaches only the class it names.</summary>
    private const string Other = """
        using System.Threading;
        using System.Threading.Tasks;
        using GeneratedMigrations;

        namespace Shop.Migrations;

        [Migration(31, "other")]
        public sealed class Other : IMigration
        {
            internal Other()
            {
            }

            public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
        }
        """;

    private const string OtherDiagnostic = "error GM0003 /repo/Shop/Migrations/Other.cs(7,2): 'Shop.Migrations.Other' cannot be a migration: it has no public parameterless constructor; add one";

    [Fact]
    public void Reports_GM0003_at_the_attribute_of_each_invalid_class()
    {
        var reported = Analyze(Base).Select(DiagnosticText.Format);

        Assert.Equal(
            [
                ExpectedDiagnostic.Error("GM0003", BasePath, Base, "Migration(30, \"base\")", "'Shop.Migrations.Base' cannot be a migration: it is abstract; make it a concrete class"),
                OtherDiagnostic,
            ],
            reported);
    }

    [Fact]
    public void Pragma_warning_disable_around_the_class_suppresses_GM0003()
    {
        var source = (Base + "\n")
            .Replace("[Migration(30,", "#pragma warning disable GM0003 // a base for other migrations, listed by mistake\n[Migration(30,")
            .Replace("}\n", "}\n#pragma warning restore GM0003\n");

        AssertOnlyOtherReported(source);
    }

    [Fact]
    public void SuppressMessage_on_the_class_suppresses_GM0003()
    {
        var source = Base.Replace(
            "[Migration(30,",
            "[System.Diagnostics.CodeAnalysis.SuppressMessage(\"GeneratedMigrations\", \"GM0003:Invalid migration type\", Justification = \"kept for a later release\")]\n[Migration(30,");

        AssertOnlyOtherReported(source);
    }

    [Fact]
    public void SuppressMessage_on_the_assembly_with_the_class_as_target_suppresses_GM0003()
    {
        const string suppressions = """
            [assembly: System.Diagnostics.CodeAnalysis.SuppressMessage("GeneratedMigrations", "GM0003:Invalid migration type", Scope = "type", Target = "~T:Shop.Migrations.Base", Justification = "kept for a later release")]
            """;

        AssertOnlyOtherReported(Base, (Folder + "GlobalSuppressions.cs", suppressions));
    }

    [Fact]
    public void An_editorconfig_severity_for_the_file_applies_to_GM0003()
    {
        var none = Analyze(Base, editorConfig: "root = true\n\n[Migrations/Base.cs]\ndotnet_diagnostic.GM0003.severity = none\n");
        var warning = Analyze(Base, editorConfig: "root = true\n\n[Migrations/Base.cs]\ndotnet_diagnostic.GM0003.severity = warning\n");

        Assert.Equal([OtherDiagnostic], none.Select(DiagnosticText.Format));
        Assert.Equal([("GM0003", DiagnosticSeverity.Warning, BasePath), ("GM0003", DiagnosticSeverity.Error, OtherPath)],
            warning.Select(d => (d.Id, d.Severity, d.Location.SourceTree!.FilePath)));
    }

    [Fact]
    public void Reports_nothing_without_the_runtime_or_for_valid_classes()
    {
        var valid = MigrationSource.Class(1, "create_books", "CreateBooks", "books");
        var compilation = GeneratorHarness.CreateCompilation([new(Folder + "Books.cs", valid)]);

        Assert.Empty(AnalyzerHarness.All(compilation));
        // A project with its own [Migration] and no GeneratedMigrations reference: nothing to check.
        var foreign = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Foreign",
            [GeneratorHarness.Parse("Foreign.cs", "[System.AttributeUsage(System.AttributeTargets.Class)] class MigrationAttribute(long o, string n) : System.Attribute { }\n[Migration(1, \"x\")] abstract class X { }\n")],
            GeneratorHarness.MetadataReferences.Where(r => !(r.Display ?? "").EndsWith("GeneratedMigrations.dll", StringComparison.Ordinal)),
            new(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(AnalyzerHarness.All(foreign));
    }

    [Fact]
    public void An_attribute_alias_declared_in_another_file_is_GM0009_because_the_generator_would_not_see_the_class()
    {
        const string aliased = """
            using System.Threading;
            using System.Threading.Tasks;
            using GeneratedMigrations;

            namespace Shop.Migrations;

            [Step(40, "aliased")]
            public sealed class Aliased : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }
            """;
        var run = GeneratorHarness.Run(
            [
                new("GlobalUsings.cs", "global using Step = GeneratedMigrations.MigrationAttribute;\n"),
                new("Migrations/Aliased.cs", aliased),
                new("Migrations/Books.cs", MigrationSource.Class(1, "create_books", "CreateBooks", "books")),
            ]).AssertOutputCompiles();

        DiagnosticAssert.Reported(
            [
                ExpectedDiagnostic.Error("GM0009", "Migrations/Aliased.cs", aliased, "Step(40",
                    "'Shop.Migrations.Aliased' is marked [Step], which the generator does not read as [Migration] (an alias declared in another file, such as a global using alias), so it would not be in the catalogue; write [Migration] (with 'using GeneratedMigrations;') or declare the alias in this file"),
            ],
            run);
        Assert.Equal(["create_books"], run.LoadCatalog().Migrations.Select(m => m.Name));
    }

    /// <summary>Base.cs's diagnostic is gone (reported as suppressed where the compiler marks it so), Other.cs's stays.</summary>
    private static void AssertOnlyOtherReported(string baseSource, params (string Path, string Text)[] extra)
    {
        Assert.Equal([OtherDiagnostic], Analyze(baseSource, extra: extra).Select(DiagnosticText.Format));
        var all = AnalyzerHarness.All(Compile(baseSource, extra));
        var suppressed = Assert.Single(all, d => d.Location.SourceTree!.FilePath == BasePath);
        Assert.True(suppressed.IsSuppressed, "GM0003 on Base was not reported as suppressed.");
    }

    private static IReadOnlyList<Diagnostic> Analyze(string baseSource, string? editorConfig = null, (string Path, string Text)[]? extra = null)
    {
        var compilation = Compile(baseSource, extra ?? []);
        if (editorConfig is not null) compilation = EditorConfigSeverities.Apply(compilation, editorConfig, Folder + ".editorconfig");
        return AnalyzerHarness.Diagnostics(compilation);
    }

    private static Compilation Compile(string baseSource, (string Path, string Text)[] extra) =>
        GeneratorHarness.CreateCompilation(
            new[] { new TestSource(BasePath, baseSource), new TestSource(OtherPath, Other) }
                .Concat(extra.Select(e => new TestSource(e.Path, e.Text))));
}
