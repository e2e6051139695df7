using GeneratedMigrations.Generators.Tests.Infrastructure;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>Tests that run <c>dotnet build</c>: one at a time, and never beside other tests (they load the machine).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DotnetBuildCollection
{
    public const string Name = "dotnet build";
}

/// <summary>The promise users rely on, through the real build: the generator loaded by MSBuild fails the build at the migration.</summary>
[Collection(DotnetBuildCollection.Name)]
public sealed class SampleBuildTests
{
    [Fact]
    public void Giving_two_sample_migrations_the_same_order_fails_dotnet_build_with_GM0001_at_each_attribute()
    {
        using var copy = SampleCopy.Create();
        var authorsFile = copy.PathOf(Path.Combine("Migrations", "M0001_CreateAuthors.cs"));
        var booksFile = copy.PathOf(Path.Combine("Migrations", "M0002_CreateBooks.cs"));
        var authors = File.ReadAllText(authorsFile);
        var books = File.ReadAllText(booksFile);
        var (authorsLine, authorsColumn) = SourcePosition.Of(authors, "Migration(1, \"create_authors\")");
        var (booksLine, booksColumn) = SourcePosition.Of(books, "Migration(2, \"create_books\")");
        File.WriteAllText(booksFile, books.Replace("[Migration(2, \"create_books\")]", "[Migration(1, \"create_books\")]"));

        var (exitCode, output) = copy.Build();

        Assert.True(exitCode != 0, "The build succeeded although two migrations share order 1:\n" + output);
        Assert.Contains(
            $"{booksFile}({booksLine},{booksColumn}): error GM0001: Migration order 1 of 'Bookshelf.Migrations.CreateBooks' is also used by 'Bookshelf.Migrations.CreateAuthors' (M0001_CreateAuthors.cs:{authorsLine}); give each migration a unique order",
            output);
        Assert.Contains(
            $"{authorsFile}({authorsLine},{authorsColumn}): error GM0001: Migration order 1 of 'Bookshelf.Migrations.CreateAuthors' is also used by 'Bookshelf.Migrations.CreateBooks' (M0002_CreateBooks.cs:{booksLine}); give each migration a unique order",
            output);
        // Invalid migrations are left out of the catalogue, so our errors are the only ones.
        Assert.DoesNotContain("error CS", output);
    }
}
