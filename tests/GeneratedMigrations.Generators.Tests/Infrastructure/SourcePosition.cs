namespace GeneratedMigrations.Generators.Tests.Infrastructure;

internal static class SourcePosition
{
    /// <summary>1-based line and column of the first occurrence of <paramref name="text"/>, as a compiler message shows it.</summary>
    public static (int Line, int Column) Of(string source, string text)
    {
        var index = source.IndexOf(text, StringComparison.Ordinal);
        if (index < 0) throw new ArgumentException($"'{text}' does not occur in the source.", nameof(text));
        Assert.True(source.IndexOf(text, index + 1, StringComparison.Ordinal) < 0, $"'{text}' occurs more than once; pick a unique text.");
        var line = source.AsSpan(0, index).Count('\n') + 1;
        var lineStart = index == 0 ? 0 : source.LastIndexOf('\n', index - 1) + 1;
        return (line, index - lineStart + 1);
    }
}
