using System.Collections.Immutable;
using GeneratedMigrations.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// Diagnostics about a class are reported at the class's real source location, so the three ways a C# developer
/// silences a diagnostic work on them: <c>#pragma warning disable</c>, <c>[SuppressMessage]</c> on the class and an
/// <c>.editorconfig</c> severity. Shown on GM0105 (a locked migration edited) and GM0003 (an invalid class).
/// </summary>
public sealed class SuppressionTests
{
    private const string Folder = "/repo/Shop/";
    private const string Authors = Folder + "Migrations/Authors.cs";
    private const string Books = Folder + "Migrations/Books.cs";

    private static readonly TestProject Project = TestProject.Of(
        new(Authors, MigrationSource.Class(10, "create_authors", "CreateAuthors", "authors")),
        new(Books, MigrationSource.Class(20, "create_books", "CreateBooks", "books")));

    private static readonly Lazy<string> ReleasedLockText = new(Project.ReleasedLock);

    /// <summary>The released project with migration 20 edited after release: GM0105 on its attribute.</summary>
    private static TestProject EditedBooks => Project.WithLock(ReleasedLockText.Value)
        .EditSource(Books, text => text.Replace("id INTEGER PRIMARY KEY", "id INTEGER PRIMARY KEY, title TEXT"));

    [Fact]
    public void Without_a_suppression_the_edit_is_a_GM0105_error_at_the_class()
    {
        var diagnostic = Assert.Single(Run(EditedBooks).GeneratorDiagnostics);

        Assert.Equal(("GM0105", DiagnosticSeverity.Error, false), (diagnostic.Id, diagnostic.Severity, diagnostic.IsSuppressed));
        Assert.True(diagnostic.Location.IsInSource, "The diagnostic is not at a location in the compilation's source.");
        Assert.Equal(Books, diagnostic.Location.SourceTree!.FilePath);
    }

    [Fact]
    public void Pragma_warning_disable_around_the_class_suppresses_GM0105()
    {
        var project = EditedBooks.EditSource(Books, text => text
            .Replace("[Migration(20,", "#pragma warning disable GM0105 // accepted: the column was added by hand everywhere\n[Migration(20,")
            .Replace("}\n", "}\n#pragma warning restore GM0105\n"));

        var run = Run(project);

        Assert.Empty(Reported(run));
    }

    [Fact]
    public void SuppressMessage_on_the_class_suppresses_GM0105_and_only_that_ID()
    {
        var project = EditedBooks.EditSource(Books, text => text.Replace(
            "[Migration(20,",
            "[System.Diagnostics.CodeAnalysis.SuppressMessage(\"GeneratedMigrations\", \"GM0105:Locked migration edited\", Justification = \"applied by hand\")]\n[Migration(20,"));

        var run = Run(project);

        Assert.Empty(Reported(run));
        // The attribute is not part of the checksum, and other IDs still report: renaming the class's migration is GM0102.
        var renamed = Run(project.EditSource(Books, text => text.Replace("\"create_books\"", "\"create_book_table\"")));
        Assert.Equal(["GM0102"], Reported(renamed).Select(d => d.Id));
    }

    [Fact]
    public void An_editorconfig_severity_for_the_file_applies_to_GM0105()
    {
        var editorConfig = "root = true\n\n[*.cs]\ndotnet_diagnostic.GM0105.severity = warning\n\n[Migrations/Authors.cs]\ndotnet_diagnostic.GM0105.severity = none\n";

        var run = Run(EditedBooks, editorConfig);

        Assert.Equal([("GM0105", DiagnosticSeverity.Warning)], Reported(run).Select(d => (d.Id, d.Severity)));
    }

    [Fact]
    public void An_editorconfig_severity_of_none_silences_GM0003_on_that_file_only()
    {
        const string abstractClass = """
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
        var project = Project.WithSource(Folder + "Migrations/Base.cs", abstractClass);

        var silenced = Run(project, "root = true\n\n[Migrations/Base.cs]\ndotnet_diagnostic.GM0003.severity = none\n");
        var elsewhere = Run(project, "root = true\n\n[Migrations/Authors.cs]\ndotnet_diagnostic.GM0003.severity = none\n");

        Assert.Empty(Reported(silenced));
        Assert.Equal(["GM0003"], Reported(elsewhere).Select(d => d.Id));
    }

    /// <summary>What the build would show: the analyzer's (GM0003) and the generator's diagnostics that are not suppressed.</summary>
    private static List<Diagnostic> Reported(GeneratorRun run) => run.Diagnostics.Where(d => !d.IsSuppressed).ToList();

    /// <summary>Runs the generator with the tree severities the compiler reads from <paramref name="editorConfig"/> at <c>/repo/Shop/.editorconfig</c>.</summary>
    private static GeneratorRun Run(TestProject project, string? editorConfig = null)
    {
        Compilation compilation = GeneratorHarness.CreateCompilation(project.Sources);
        if (editorConfig is not null)
        {
            compilation = EditorConfigSeverities.Apply(compilation, editorConfig, Folder + ".editorconfig");
        }
        var driver = GeneratorHarness.CreateDriver(project.Properties, project.AdditionalTexts, project.PerFileOptions);
        return GeneratorRun.Start(driver, compilation);
    }
}
