using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GeneratedMigrations.Generators
{
    public sealed partial class MigrationGenerator
    {
        /// <summary>
        /// The compilation facts the catalogue records (assembly name and version) and needs (the runtime is referenced),
        /// read without the source assembly's symbol: asking for <c>compilation.Assembly.Identity</c> or a type by metadata
        /// name makes the compiler merge the declarations of every file, which after each edit cost 0.1–0.3 s at 10,000 files.
        /// </summary>
        internal static class AssemblyFacts
        {
            /// <summary>Marks an <c>[assembly: AssemblyVersion]</c> whose version the syntax does not give (a constant, a wildcard).</summary>
            public const string Unreadable = "?";

            public static bool IsRuntimeReference(MetadataReference reference) => reference switch
            {
                PortableExecutableReference { FilePath: { } path } => string.Equals(System.IO.Path.GetFileNameWithoutExtension(path), "GeneratedMigrations", System.StringComparison.OrdinalIgnoreCase),
                CompilationReference { Compilation.AssemblyName: "GeneratedMigrations" } => true,
                _ => false,
            };

            /// <summary>The predicate: an <c>[assembly: ...]</c> attribute list naming AssemblyVersion.</summary>
            public static bool IsAssemblyVersionList(SyntaxNode node, CancellationToken cancellationToken) =>
                node is AttributeListSyntax { Target.Identifier.RawKind: (int)SyntaxKind.AssemblyKeyword } list && Find(list) is not null;

            /// <summary>The version as <c>Identity.Version.ToString()</c> gives it (four parts), or <see cref="Unreadable"/>.</summary>
            public static string ReadVersion(AttributeListSyntax list)
            {
                var arguments = Find(list)?.ArgumentList?.Arguments ?? default;
                if (arguments.Count != 1
                    || arguments[0] is not { NameEquals: null, NameColon: null, Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal })
                {
                    return Unreadable;
                }
                var parts = literal.Token.ValueText.Split('.');
                if (parts.Length is < 1 or > 4) return Unreadable;
                var numbers = new ushort[4];
                for (var i = 0; i < parts.Length; i++)
                {
                    // 65535 is not a valid part; '*' (a build-time version) is left to the compiler.
                    if (!ushort.TryParse(parts[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out numbers[i]) || numbers[i] == ushort.MaxValue)
                    {
                        return Unreadable;
                    }
                }
                return string.Join(".", numbers);
            }

            /// <summary>
            /// The assembly version from the attributes found: none is 0.0.0.0, one readable is its value; anything else
            /// (unreadable, or more than one) asks the compilation, which happens only for such projects.
            /// </summary>
            public static string Version(ImmutableArray<string> found, Compilation compilation) => found.Length switch
            {
                0 => "0.0.0.0",
                1 when found[0] != Unreadable => found[0],
                _ => compilation.Assembly.Identity.Version.ToString(),
            };

            private static AttributeSyntax? Find(AttributeListSyntax list)
            {
                foreach (var attribute in list.Attributes)
                {
                    var name = attribute.Name switch
                    {
                        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
                        _ => "",
                    };
                    if (name is "AssemblyVersion" or "AssemblyVersionAttribute") return attribute;
                }
                return null;
            }
        }
    }
}
