using System.Collections.Immutable;
using GeneratedMigrations.CodeFixes;
using GeneratedMigrations.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using static GeneratedMigrations.Generators.Tests.Infrastructure.TestProject;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// The IDE's way to lock a migration: the code fix on GM0100 (and GM0107) applied as the IDE applies it, through
/// an AdhocWorkspace whose project has the migrations and the lock as an additional document.
/// </summary>
public sealed class AddToLockFileCodeFixTests
{
    private const string ProjectDirectory = "/src/Shop";
    private const string ProjectPath = ProjectDirectory + "/Shop.csproj";
    private const string LockFilePath = ProjectDirectory + "/migrations.lock";

    private static readonly TestProject Released = TestProject.Of(
        new TestSource("Migrations/Authors.cs", MigrationSource.Class(10, "create_authors", "CreateAuthors", "authors")),
        new TestSource("Migrations/Books.cs", MigrationSource.Class(20, "create_books", "CreateBooks", "books")));

    private static readonly Lazy<string> ReleasedLockText = new(Released.ReleasedLock);

    [Fact]
    public async Task Adds_a_new_migration_at_the_end_of_the_lock_and_keeps_the_rest()
    {
        var lockText = ReleasedLockText.Value.Replace(LockHeader, LockHeader + "# Released in 1.0.\n");
        using var workspace = CreateWorkspace(
            Released.WithSource("Migrations/Members.cs", MigrationSource.Class(30, "create_members", "CreateMembers", "members")),
            lockText);

        var (diagnostic, action) = await SingleFixAsync(workspace, "GM0100");
        var changed = await ApplyAsync(workspace, action);

        Assert.Equal("Add migration 30 to migrations.lock", action.Title);
        Assert.Equal(lockText + diagnostic.Properties["LockLine"] + "\n", await LockTextAsync(changed, LockFilePath));
        Assert.Matches("^30 [0-9a-f]{32} create_members$", diagnostic.Properties["LockLine"]);
        Assert.Empty(await GeneratorDiagnosticsAsync(workspace, changed));
    }

    [Fact]
    public async Task Inserts_an_out_of_order_migration_at_its_sorted_place()
    {
        using var workspace = CreateWorkspace(
            Released.WithSource("Migrations/Members.cs", MigrationSource.Class(15, "create_members", "CreateMembers", "members", ", AllowOutOfOrder = true")),
            ReleasedLockText.Value);

        var (diagnostic, action) = await SingleFixAsync(workspace, "GM0100");
        var changed = await ApplyAsync(workspace, action);

        var lines = ReleasedLockText.Value.Split('\n');
        Assert.Equal(
            string.Join("\n", lines[..4]) + "\n" + diagnostic.Properties["LockLine"] + "\n" + string.Join("\n", lines[4..]),
            await LockTextAsync(changed, LockFilePath));
        Assert.Empty(await GeneratorDiagnosticsAsync(workspace, changed));
    }

    [Fact]
    public async Task Without_a_lock_file_in_locked_mode_creates_the_lock_beside_the_project_with_its_header()
    {
        using var workspace = CreateWorkspace(Released, lockText: null, ("MigrationsLockedMode", "true"));

        var diagnostics = await GeneratorDiagnosticsAsync(workspace, workspace.CurrentSolution);
        Assert.Equal(["GM0107", "GM0107"], diagnostics.Select(d => d.Id));
        var action = Assert.Single(await FixesAsync(workspace.CurrentSolution, diagnostics[0]));
        var changed = await ApplyAsync(workspace, action);

        Assert.Equal("Add migration 10 to migrations.lock", action.Title);
        var created = Assert.Single(changed.Projects.Single().AdditionalDocuments);
        Assert.Equal(LockFilePath, created.FilePath);
        Assert.Equal(LockHeader + diagnostics[0].Properties["LockLine"] + "\n", (await created.GetTextAsync()).ToString());
        // The second migration's fix, applied next, adds to the file the first one created.
        var second = Assert.Single(await FixesAsync(changed, (await GeneratorDiagnosticsAsync(workspace, changed)).Single()));
        var both = await ApplyAsync(workspace, second);
        Assert.Equal(ReleasedLockText.Value, await LockTextAsync(both, LockFilePath));
        Assert.Empty(await GeneratorDiagnosticsAsync(workspace, both));
    }

    [Fact]
    public async Task Without_a_lock_file_creates_it_where_MigrationsLockFile_points()
    {
        const string customPath = ProjectDirectory + "/db/history.lock";
        using var workspace = CreateWorkspace(Released, lockText: null, ("MigrationsLockedMode", "true"), ("MigrationsLockFile", customPath));

        var diagnostic = (await GeneratorDiagnosticsAsync(workspace, workspace.CurrentSolution))[0];
        var action = Assert.Single(await FixesAsync(workspace.CurrentSolution, diagnostic));
        var changed = await ApplyAsync(workspace, action);

        Assert.Equal("Add migration 10 to history.lock", action.Title);
        Assert.Contains("is not locked in history.lock", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(LockHeader + diagnostic.Properties["LockLine"] + "\n", await LockTextAsync(changed, customPath));
    }

    [Fact]
    public void Is_offered_on_not_yet_locked_and_lock_not_up_to_date_only()
    {
        Assert.Equal(["GM0100", "GM0107"], new AddToLockFileCodeFix().FixableDiagnosticIds.Order(StringComparer.Ordinal));
    }

    private static IdeSession CreateWorkspace(TestProject project, string? lockText, params (string Name, string Value)[] properties)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId, VersionStamp.Default, "Shop", "Shop", LanguageNames.CSharp,
            filePath: ProjectPath,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: GeneratorHarness.ParseOptions,
            metadataReferences: GeneratorHarness.MetadataReferences));
        foreach (var source in project.Sources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(source.Path), SourceText.From(source.Text),
                filePath: ProjectDirectory + "/" + source.Path);
        }
        if (lockText is not null)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), "migrations.lock", SourceText.From(lockText), filePath: LockFilePath);
        }
        Assert.True(workspace.TryApplyChanges(solution));
        return new IdeSession(workspace, properties.ToDictionary(p => p.Name, p => p.Value));
    }

    /// <summary>Runs the generator over the project as the IDE does: its compilation and its additional documents.</summary>
    private static async Task<ImmutableArray<Diagnostic>> GeneratorDiagnosticsAsync(IdeSession ide, Solution solution)
    {
        var project = solution.Projects.Single();
        var compilation = (await project.GetCompilationAsync())!;
        var properties = ide.BuildProperties;
        // Tagged as the package's targets tag the lock.
        var options = project.AdditionalDocuments.ToDictionary(
            d => d.FilePath!, _ => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { [KindOption] = "Lock" });
        var driver = GeneratorHarness.CreateDriver(properties, project.AnalyzerOptions.AdditionalFiles, options);
        var run = GeneratorRun.Start(driver, compilation);
        return run.GeneratorDiagnostics;
    }

    private static async Task<(Diagnostic Diagnostic, CodeAction Action)> SingleFixAsync(IdeSession workspace, string id)
    {
        var diagnostic = Assert.Single(await GeneratorDiagnosticsAsync(workspace, workspace.CurrentSolution));
        Assert.Equal(id, diagnostic.Id);
        return (diagnostic, Assert.Single(await FixesAsync(workspace.CurrentSolution, diagnostic)));
    }

    private static async Task<List<CodeAction>> FixesAsync(Solution solution, Diagnostic diagnostic)
    {
        // The generator's models keep no Location (it would pin the compilation), so it reports rebuilt file
        // locations without a syntax tree; the document is the one with that path, as the IDE finds it.
        var path = diagnostic.Location.GetLineSpan().Path;
        var document = solution.GetDocument(Assert.Single(solution.GetDocumentIdsWithFilePath(path)));
        Assert.NotNull(document);
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await new AddToLockFileCodeFix().RegisterCodeFixesAsync(context);
        return actions;
    }

    /// <summary>Applies the action's changes to the workspace, as the IDE does, and returns the new solution.</summary>
    private static async Task<Solution> ApplyAsync(IdeSession ide, CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var apply = Assert.Single(operations.OfType<ApplyChangesOperation>());
        Assert.True(ide.Workspace.TryApplyChanges(apply.ChangedSolution));
        return ide.CurrentSolution;
    }

    private static async Task<string> LockTextAsync(Solution solution, string path)
    {
        var document = Assert.Single(solution.Projects.Single().AdditionalDocuments, d => d.FilePath == path);
        return (await document.GetTextAsync()).ToString();
    }
}

/// <summary>An IDE session: the workspace, and the build properties the generator sees in it.</summary>
internal sealed class IdeSession(AdhocWorkspace workspace, IReadOnlyDictionary<string, string> buildProperties) : IDisposable
{
    public AdhocWorkspace Workspace { get; } = workspace;

    public IReadOnlyDictionary<string, string> BuildProperties { get; } = buildProperties;

    public Solution CurrentSolution => Workspace.CurrentSolution;

    public void Dispose() => Workspace.Dispose();
}
