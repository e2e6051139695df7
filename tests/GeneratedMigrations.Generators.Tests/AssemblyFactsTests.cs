using GeneratedMigrations.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// The catalogue records the assembly's name and version, read without the source assembly's symbol (which would
/// merge every file's declarations after each edit): the version from <c>[assembly: AssemblyVersion]</c>'s syntax, the
/// compiler's answer only when the syntax does not give it; and it is emitted only when the runtime is referenced.
/// </summary>
public sealed class AssemblyFactsTests
{
    private static readonly TestSource Books = new("Migrations/Books.cs", MigrationSource.Class(1, "create_books", "CreateBooks", "books"));

    [Theory]
    [InlineData("[assembly: System.Reflection.AssemblyVersion(\"1.2.3\")]")]
    [InlineData("[assembly: System.Reflection.AssemblyVersionAttribute(\"4.5\")]")]
    [InlineData("using System.Reflection;\n[assembly: AssemblyVersion(\"6.7.8.9\"), AssemblyFileVersion(\"1.0.0.0\")]")]
    [InlineData("using System.Reflection;\n[assembly: AssemblyVersion(Versions.Current)]\ninternal static class Versions { public const string Current = \"2.0.1\"; }")]
    [InlineData("// no version attribute")]
    public void The_catalogue_records_the_version_the_compiler_gives_the_assembly(string assemblyInfo)
    {
        var run = GeneratorHarness.Run([Books, new("Properties/AssemblyInfo.cs", assemblyInfo)]).AssertOutputCompiles();

        var compilerVersion = run.InputCompilation.Assembly.Identity.Version.ToString();
        Assert.Equal(compilerVersion, run.LoadCatalog().AssemblyVersion);
        Assert.Equal(GeneratorHarness.AssemblyName, run.LoadCatalog().AssemblyName);
    }

    [Fact]
    public void Editing_the_assembly_version_re_emits_the_catalogue_with_it()
    {
        var first = GeneratorHarness.Run([Books, new("AssemblyInfo.cs", "[assembly: System.Reflection.AssemblyVersion(\"1.0.0.0\")]")]);

        var second = first.RerunWithEditedFile("AssemblyInfo.cs", text => text.Replace("1.0.0.0", "1.1.0.0"));

        Assert.Equal("1.1.0.0", second.AssertOutputCompiles().LoadCatalog().AssemblyVersion);
    }

    [Fact]
    public void Without_the_runtime_no_catalogue_is_emitted_and_nothing_breaks()
    {
        var references = GeneratorHarness.MetadataReferences.Where(r => !(r.Display ?? "").EndsWith("GeneratedMigrations.dll", StringComparison.Ordinal));
        var compilation = CSharpCompilation.Create(
            "NoRuntime",
            [GeneratorHarness.Parse("A.cs", "[System.AttributeUsage(System.AttributeTargets.Class)] class MigrationAttribute(long o, string n) : System.Attribute { }\n[Migration(1, \"x\")] sealed class X { }\n")],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var run = GeneratorRun.Start(GeneratorHarness.CreateDriver(), compilation);

        Assert.Null(run.CatalogSource);
        Assert.Empty(run.GeneratorDiagnostics);
    }
}
