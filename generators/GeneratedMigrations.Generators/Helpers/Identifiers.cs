using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace GeneratedMigrations.Generators.Helpers
{
    /// <summary>Turns MSBuild property values (a project name with dashes, say) into valid C# names.</summary>
    internal static class Identifiers
    {
        public static string Namespace(string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return "";
            return string.Join(".", value!.Trim().Split('.').Where(part => part.Length > 0).Select(Sanitize));
        }

        public static string Sanitize(string value)
        {
            var text = new StringBuilder(value.Length + 1);
            foreach (var c in value) text.Append(SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
            if (text.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(text[0])) text.Insert(0, '_');
            var result = text.ToString();
            return SyntaxFacts.GetKeywordKind(result) != SyntaxKind.None ? "@" + result : result;
        }
    }
}
