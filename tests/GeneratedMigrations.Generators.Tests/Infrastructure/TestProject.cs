using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace GeneratedMigrations.Generators.Tests.Infrastructure;

/// <summary>
/// A project as the generator sees it after the package's build targets ran: C# sources, the lock file and the
/// <c>.sql</c> migrations as AdditionalFiles tagged with <c>GeneratedMigrationsKind</c>, and build properties.
/// Immutable: each <c>With…</c> returns an edited copy, so a test reads as "the released project, then this change".
/// </summary>
internal sealed record TestProject
{
    public const string DefaultLockPath = "migrations.lock";
    public const string KindOption = "build_metadata.AdditionalFiles.GeneratedMigrationsKind";

    /// <summary>The header lines the README documents; three lines, so the first entry is on line 4.</summary>
    public const string LockHeader =
        "# migrations.lock: the released migrations of this project, checked by the GeneratedMigrations build.\n" +
        "# Generated; commit it. Add new migrations with: dotnet build -p:UpdateMigrationsLock=true\n" +
        "# Each line: <order> <checksum> <name>\n";

    public const string UpdateCommand = "dotnet build -p:UpdateMigrationsLock=true";
    public const string AcceptCommand = "dotnet build -p:UpdateMigrationsLock=true -p:AcceptMigrationsLockChanges=true";

    public ImmutableList<TestSource> Sources { get; init; } = [];

    /// <summary>The text of the lock file at <see cref="LockPath"/>; null: the project has no lock file.</summary>
    public string? Lock { get; init; }

    public string LockPath { get; init; } = DefaultLockPath;

    /// <summary>Tag the lock with <c>GeneratedMigrationsKind=Lock</c>, as the package's targets do; false: found by its file name only.</summary>
    public bool TagLock { get; init; } = true;

    /// <summary><c>.sql</c> AdditionalFiles, each tagged <c>GeneratedMigrationsKind=Sql</c>.</summary>
    public ImmutableList<TestSource> SqlFiles { get; init; } = [];

    public ImmutableDictionary<string, string> Properties { get; init; } = ImmutableDictionary<string, string>.Empty;

    public static TestProject Of(params TestSource[] sources) => new() { Sources = [.. sources] };

    public string Source(string path) => Sources.Single(s => s.Path == path).Text;

    /// <summary>Adds the file, or replaces the file with that path.</summary>
    public TestProject WithSource(string path, string text) =>
        this with { Sources = Sources.RemoveAll(s => s.Path == path).Add(new TestSource(path, text)) };

    public TestProject EditSource(string path, Func<string, string> edit)
    {
        var edited = edit(Source(path));
        Assert.True(edited != Source(path), $"The edit of {path} changed nothing; the test would not test anything.");
        return WithSource(path, edited);
    }

    public TestProject WithoutSource(string path)
    {
        Assert.Contains(Sources, s => s.Path == path);
        return this with { Sources = Sources.RemoveAll(s => s.Path == path) };
    }

    public TestProject WithLock(string? text) => this with { Lock = text };

    public TestProject WithSql(string path, string text) =>
        this with { SqlFiles = SqlFiles.RemoveAll(s => s.Path == path).Add(new TestSource(path, text)) };

    public TestProject With(string property, string value) => this with { Properties = Properties.SetItem(property, value) };

    public IReadOnlyList<AdditionalText> AdditionalTexts =>
        (Lock is null ? [] : new[] { new InMemoryAdditionalText(LockPath, Lock) })
        .Concat(SqlFiles.Select(f => new InMemoryAdditionalText(f.Path, f.Text)))
        .ToList<AdditionalText>();

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> PerFileOptions
    {
        get
        {
            var options = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
            if (Lock is not null && TagLock) options[LockPath] = new Dictionary<string, string> { [KindOption] = "Lock" };
            foreach (var file in SqlFiles) options[file.Path] = new Dictionary<string, string> { [KindOption] = "Sql" };
            return options;
        }
    }

    public GeneratorRun Run() => GeneratorHarness.Run(Sources, Properties, AdditionalTexts, PerFileOptions);

    /// <summary>
    /// The lock a release of this project commits: one line per migration of its compiled catalogue. Built from
    /// the catalogue as the app loads it, not by the lock code under test; fails if the project is not valid.
    /// </summary>
    public string ReleasedLock()
    {
        var released = this with { Lock = null, Properties = ImmutableDictionary<string, string>.Empty };
        var run = released.Run();
        Assert.True(run.GeneratorDiagnostics.IsEmpty, "The released project is not valid:\n" + string.Join("\n", run.DiagnosticLines));
        return LockOf(run.LoadCatalog());
    }

    public static string LockOf(MigrationCatalog catalog) =>
        LockHeader + string.Concat(catalog.Migrations.Select(m => LockLine(m.Order, m.Checksum, m.Name) + "\n"));

    public static string LockLine(long order, string checksum, string name) =>
        order.ToString(CultureInfo.InvariantCulture) + " " + checksum + " " + name;
}

/// <summary>Migration classes for test projects, so a test shows only what matters to it.</summary>
internal static class MigrationSource
{
    /// <param name="options">Named attribute arguments with a leading comma, e.g. <c>", AllowOutOfOrder = true"</c>.</param>
    public static string Class(long order, string name, string className, string table, string options = "")
    {
        var text = new StringBuilder();
        text.Append("using System.Threading;\n");
        text.Append("using System.Threading.Tasks;\n");
        text.Append("using GeneratedMigrations;\n");
        text.Append('\n');
        text.Append("namespace Shop.Migrations;\n");
        text.Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"[Migration({order}, \"{name}\"{options})]\n");
        text.Append(CultureInfo.InvariantCulture, $"public sealed class {className} : IMigration\n");
        text.Append("{\n");
        text.Append(CultureInfo.InvariantCulture, $"    public Task UpAsync(MigrationContext db, CancellationToken ct) => db.ExecuteAsync(\"CREATE TABLE {table} (id INTEGER PRIMARY KEY)\", ct);\n");
        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>The text where the generator reports diagnostics on a class migration: its attribute.</summary>
    public static string Attribute(long order, string name) => $"Migration({order.ToString(CultureInfo.InvariantCulture)}, \"{name}\"";
}
