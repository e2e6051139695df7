using GeneratedMigrations.Generators.Tests.Infrastructure;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>The helpers other tests trust: if these were wrong, a snapshot or diagnostic test could pass for the wrong reason.</summary>
public sealed class TestInfrastructureTests
{
    [Fact]
    public void Line_diff_marks_removed_and_added_lines_with_their_line_numbers()
    {
        var diff = LineDiff.Describe("a\nb\nc\nd", "a\nx\nc\nd\ne");

        Assert.Equal(
            """
                 1 | a
            -    2 | b
            +    2 | x
                 3 | c
                 4 | d
            +    5 | e

            """.Replace("\r\n", "\n"),
            diff);
    }

    [Fact]
    public void Snapshot_input_is_split_into_files_that_keep_the_input_line_numbers()
    {
        var files = ApprovedFiles.For("TypicalCatalog");
        var input = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "GeneratedMigrations.Generators.Tests", "Snapshots", "TypicalCatalog.input.cs"));

        var sources = files.ReadInput();

        Assert.Equal(["Migrations/Library.cs", "Migrations/Accounts.cs", "GlobalMigration.cs"], sources.Select(s => s.Path));
        var library = sources[0].Text;
        Assert.Equal(SourcePosition.Of(input, "[Migration(20,"), SourcePosition.Of(library, "[Migration(20,"));
        Assert.DoesNotContain("create_users", library);
        Assert.DoesNotContain(ApprovedFiles.FileMarker, library);
        Assert.Equal(SourcePosition.Of(input, "[Migration(5,"), SourcePosition.Of(sources[2].Text, "[Migration(5,"));
    }

    [Fact]
    public void Source_position_is_one_based_like_compiler_messages()
    {
        Assert.Equal((1, 1), SourcePosition.Of("abc\ndef", "a"));
        Assert.Equal((2, 2), SourcePosition.Of("abc\ndef", "ef"));
    }

    [Fact]
    public void Snapshot_acceptance_is_refused_when_ci_is_set_and_off_unless_asked_for()
    {
        static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
            name => variables.FirstOrDefault(v => v.Name == name).Value;

        var refused = Assert.Throws<InvalidOperationException>(() => ApprovedFiles.IsAccepting(Environment((ApprovedFiles.AcceptVariable, "1"), ("CI", "true"))));
        Assert.Contains("refused in CI", refused.Message);
        Assert.Throws<InvalidOperationException>(() => ApprovedFiles.IsAccepting(Environment((ApprovedFiles.AcceptVariable, "1"), ("CI", "TRUE"))));
        Assert.True(ApprovedFiles.IsAccepting(Environment((ApprovedFiles.AcceptVariable, "1"))));
        Assert.True(ApprovedFiles.IsAccepting(Environment((ApprovedFiles.AcceptVariable, "1"), ("CI", "false"))));
        Assert.False(ApprovedFiles.IsAccepting(Environment(("CI", "true"))));
        Assert.False(ApprovedFiles.IsAccepting(Environment()));
    }
}
