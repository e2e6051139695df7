using System.Globalization;

namespace GeneratedMigrations.Generators.Tests.Infrastructure;

/// <summary>Builds the line <see cref="DiagnosticText.Format"/> must produce, so a test states severity, ID, location and message at once.</summary>
internal static class ExpectedDiagnostic
{
    /// <param name="source">The file's text, to find <paramref name="at"/> in.</param>
    /// <param name="at">A unique text where the diagnostic must start, e.g. <c>Migration(2, "create_books")</c>.</param>
    public static string Error(string id, string path, string source, string at, string message)
    {
        var (line, column) = SourcePosition.Of(source, at);
        return string.Create(CultureInfo.InvariantCulture, $"error {id} {path}({line},{column}): {message}");
    }
}

internal static class DiagnosticAssert
{
    /// <summary>The generator reported exactly these lines, in this order; a mismatch shows a line diff.</summary>
    public static void Reported(IEnumerable<string> expected, GeneratorRun run)
    {
        var expectedText = string.Join("\n", expected);
        var actualText = string.Join("\n", run.DiagnosticLines);
        Assert.True(expectedText == actualText, "Diagnostics differ (- expected, + actual):\n" + LineDiff.Describe(expectedText, actualText));
    }
}
