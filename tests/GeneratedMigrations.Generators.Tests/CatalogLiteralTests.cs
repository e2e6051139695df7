using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// The catalogue's text constant is built from many parts (name, checksum, type name, SQL of each migration) without
/// formatting the whole text again: each part must be escaped exactly as the compiler's own literal formatting does.
/// </summary>
public sealed class CatalogLiteralTests
{
    [Theory]
    [InlineData("create_books")]
    [InlineData("import \"legacy\" users from C:\\old\\users.csv")]
    [InlineData("-- tabbed\there\r\nCREATE TABLE x (note TEXT DEFAULT '\0');\n")]
    [InlineData("é ü 中文 😀 and a line separator \u2028 and a paragraph separator \u2029 and next line \u0085")]
    [InlineData("a lone high surrogate \uD83D here and a lone low one \uDE00 there, and DEL \u007F")]
    public void A_part_of_the_text_is_escaped_so_the_compiler_reads_back_the_same_string(string value)
    {
        var whole = new StringBuilder();
        MigrationGenerator.Emitter.AppendLiteralContent(whole, value, 0, value.Length);
        Assert.Equal(SymbolDisplay.FormatLiteral(value, quote: true), "\"" + whole + "\"");

        // Split at every position, so an escape or a surrogate pair across two parts is covered too.
        for (var split = 0; split <= value.Length; split++)
        {
            var literal = new StringBuilder("\"");
            MigrationGenerator.Emitter.AppendLiteralContent(literal, value, 0, split);
            MigrationGenerator.Emitter.AppendLiteralContent(literal, value, split, value.Length - split);
            var token = SyntaxFactory.ParseToken(literal.Append('"').ToString());

            Assert.False(token.ContainsDiagnostics);
            Assert.Equal(value, token.ValueText);
        }
    }
}
