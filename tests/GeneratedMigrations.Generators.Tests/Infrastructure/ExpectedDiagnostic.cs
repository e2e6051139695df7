using System.Globalization;

namespace GeneratedMigrations.Generators.Tests.Infrastructure;

/// <summary>Builds the line <see cref="DiagnosticText.Format"/> must produce, so a test states severity, ID, location and message at once.</summary>
internal static class ExpectedDiagnostic
{
    /// <param name="source">The file's text, to find <paramref name="at"/> in.</param>
    /// <param name="at">A unique text where the diagnostic must start, e.g. <c>Migration(2, "create_books")</c>.</param>
    public static string Error(string id, string path, string source, string at, string message) =>
        At("error", id, path, source, at, message);

    /// <param name="severity">As <see cref="DiagnosticText.Format"/> writes it: <c>error</c>, <c>warning</c> or <c>info</c>.</param>
    public static string At(string severity, string id, string path, string source, string at, string message)
    {
        var (line, column) = SourcePosition.Of(source, at);
        return OnLine(severity, id, path, line, message, column);
    }

    /// <summary>A diagnostic on a whole line of a non-C# file (a lock line), or at the start of a file (<c>line: 1</c>, a <c>.sql</c> file).</summary>
    public static string OnLine(string severity, string id, string path, int line, string message, int column = 1) =>
        string.Create(CultureInfo.InvariantCulture, $"{severity} {id} {path}({line},{column}): {message}");
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
