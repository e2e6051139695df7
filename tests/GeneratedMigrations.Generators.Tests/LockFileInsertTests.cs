using static GeneratedMigrations.Generators.Tests.Infrastructure.TestProject;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// <see cref="LockFile.Insert"/>, which the code fix and update mode use to add one line: every existing line
/// stays as written, entries stay sorted, and a missing lock starts with the header.
/// </summary>
public sealed class LockFileInsertTests
{
    private const string A = "10 0123456789abcdef0123456789abcdef create_authors";
    private const string B = "20 00000000000000000000000000000000 create_books";
    private const string C = "30 ffffffffffffffffffffffffffffffff create loans";
    private const string New = "25 abcdefabcdefabcdefabcdefabcdefab create_members";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Starts_a_missing_or_empty_lock_with_the_header(string? existing)
    {
        Assert.Equal(LockHeader + New + "\n", LockFile.Insert(existing, New, 25));
    }

    [Fact]
    public void Appends_a_line_above_every_locked_order()
    {
        var existing = LockHeader + A + "\n" + B + "\n";

        Assert.Equal(existing + C + "\n", LockFile.Insert(existing, C, 30));
    }

    [Fact]
    public void Inserts_a_line_before_the_first_higher_order()
    {
        Assert.Equal(
            LockHeader + A + "\n" + B + "\n" + New + "\n" + C + "\n",
            LockFile.Insert(LockHeader + A + "\n" + B + "\n" + C + "\n", New, 25));
    }

    [Fact]
    public void Inserts_a_line_below_every_locked_order_after_the_header()
    {
        const string first = "5 11111111111111111111111111111111 create_schema";

        Assert.Equal(LockHeader + first + "\n" + A + "\n", LockFile.Insert(LockHeader + A + "\n", first, 5));
    }

    [Fact]
    public void Keeps_comments_blank_lines_and_unusual_but_valid_lines_as_written()
    {
        var existing = LockHeader + "# hand-written note\n" + "010 0123456789abcdef0123456789abcdef create_authors\n" + "\n" + C + "\n";

        Assert.Equal(
            LockHeader + "# hand-written note\n" + "010 0123456789abcdef0123456789abcdef create_authors\n" + "\n" + New + "\n" + C + "\n",
            LockFile.Insert(existing, New, 25));
    }

    [Fact]
    public void Returns_the_text_unchanged_when_the_line_is_already_there()
    {
        var existing = LockHeader + A + "\n" + New + "\n";

        Assert.Same(existing, LockFile.Insert(existing, New, 25));
    }

    [Fact]
    public void Writes_LF_line_endings_and_ends_with_a_line_break()
    {
        Assert.Equal(LockHeader + A + "\n" + C + "\n", LockFile.Insert(LockHeader.Replace("\n", "\r\n") + A, C, 30));
    }
}
