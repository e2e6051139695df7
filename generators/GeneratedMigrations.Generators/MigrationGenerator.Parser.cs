using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using GeneratedMigrations.Generators.Helpers;
using GeneratedMigrations.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GeneratedMigrations.Generators
{
    public sealed partial class MigrationGenerator
    {
        /// <summary>Turns symbols and syntax into plain models; nothing from Roslyn survives past here.</summary>
        internal static class Parser
        {
            public const string AttributeName = "GeneratedMigrations.MigrationAttribute";
            public const string MigrationInterface = "GeneratedMigrations.IMigration";
            public const string ReversibleInterface = "GeneratedMigrations.IReversibleMigration";
            public const int MaxNameLength = 200;

            /// <summary>
            /// The model of a class from its symbol: the slow path, for the classes whose syntax alone does not say
            /// everything (see <see cref="SyntaxParser"/>), and the reference the syntax path must agree with.
            /// </summary>
            public static MigrationInfo? Parse(INamedTypeSymbol type, AttributeData attribute, LocationInfo? fallbackLocation, CancellationToken cancellationToken)
            {
                // A record struct cannot carry [Migration] (AttributeTargets.Class); the compiler reports that.
                if (type.TypeKind != TypeKind.Class) return null;
                // With compile errors in the arguments the compiler already reports; say nothing more.
                if (attribute.ConstructorArguments.Length != 2
                    || attribute.ConstructorArguments[0].Value is not long order
                    || attribute.ConstructorArguments[1].Kind == TypedConstantKind.Error)
                {
                    return null;
                }
                var name = attribute.ConstructorArguments[1].Value as string;
                var location = LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation()) ?? fallbackLocation;
                var displayName = type.ToDisplayString();

                // What is wrong with the class itself (GM0003) is the analyzer's to report, at the class, where it can be suppressed.
                var problems = new List<DiagnosticInfo>();
                if (order <= 0)
                {
                    problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOrder, location, displayName, order.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
                if (NameProblem(name) is { } nameProblem)
                {
                    problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidName, location, displayName, nameProblem));
                }

                return new MigrationInfo(
                    order,
                    name ?? "",
                    type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                    displayName,
                    Checksum(type, cancellationToken),
                    type.AllInterfaces.Any(i => i.ToDisplayString() == ReversibleInterface),
                    NamedBool(attribute, "AllowOutOfOrder", false),
                    NamedBool(attribute, "Transactional", true),
                    NamedBool(attribute, "Disabled", false),
                    NamedLong(attribute, "BaselineThrough"),
                    null,
                    null,
                    location,
                    problems.ToEquatableArray(),
                    SuppressedIds(type),
                    !TypeProblems(type).Any(),
                    BackwardCompatible: NamedBool(attribute, "BackwardCompatible", false));
            }

            /// <summary>
            /// The GM IDs of the class's <c>[SuppressMessage]</c> attributes. The compiler applies that attribute to
            /// analyzers only, so the generator honours it itself for the diagnostics it reports on the class.
            /// </summary>
            private static EquatableArray<string> SuppressedIds(INamedTypeSymbol type)
            {
                List<string>? ids = null;
                foreach (var attribute in type.GetAttributes())
                {
                    if (attribute.AttributeClass?.ToDisplayString() != "System.Diagnostics.CodeAnalysis.SuppressMessageAttribute"
                        || attribute.ConstructorArguments.Length != 2
                        || attribute.ConstructorArguments[1].Value is not string checkId)
                    {
                        continue;
                    }
                    // As the compiler reads it: the ID, optionally followed by ':' and a title.
                    var colon = checkId.IndexOf(':');
                    var id = (colon < 0 ? checkId : checkId.Substring(0, colon)).Trim();
                    if (id.StartsWith("GM", System.StringComparison.Ordinal)) (ids ??= new List<string>()).Add(id);
                }
                return ids is null ? EquatableArray<string>.Empty : ids.ToEquatableArray();
            }

            private static bool NamedBool(AttributeData attribute, string name, bool defaultValue)
            {
                foreach (var argument in attribute.NamedArguments)
                {
                    if (argument.Key == name && argument.Value.Value is bool value) return value;
                }
                return defaultValue;
            }

            private static long NamedLong(AttributeData attribute, string name)
            {
                foreach (var argument in attribute.NamedArguments)
                {
                    if (argument.Key == name && argument.Value.Value is long value) return value;
                }
                return 0;
            }

            /// <summary>Why the generated <c>static () =&gt; new T()</c> could not work for this type.</summary>
            public static IEnumerable<string> TypeProblems(INamedTypeSymbol type)
            {
                if (type.IsStatic) yield return "is static; make it a non-static class";
                else if (type.IsAbstract) yield return "is abstract; make it a concrete class";
                for (var current = type; current is not null; current = current.ContainingType)
                {
                    // Not IsGenericType: that is also true for a non-generic class nested in a generic one.
                    if (current.TypeParameters.Length > 0)
                    {
                        yield return current.Equals(type, SymbolEqualityComparer.Default)
                            ? "is generic; make it a non-generic class"
                            : $"is nested in generic type '{current.ToDisplayString()}'; move it out";
                        break;
                    }
                }
                // An abstract class's implicit constructor is protected only because the class is abstract: it becomes
                // public with the fix reported above, so asking for a constructor as well would send the user astray.
                if (!type.IsStatic && !type.InstanceConstructors.Any(c => c.Parameters.Length == 0
                        && (c.DeclaredAccessibility == Accessibility.Public || (type.IsAbstract && c.IsImplicitlyDeclared))))
                {
                    yield return "has no public parameterless constructor; add one";
                }
                if (!type.AllInterfaces.Any(i => i.ToDisplayString() == MigrationInterface))
                {
                    yield return "does not implement GeneratedMigrations.IMigration; implement IMigration or IReversibleMigration";
                }
                for (var current = type; current is not null; current = current.ContainingType)
                {
                    if (current.IsFileLocal)
                    {
                        yield return current.Equals(type, SymbolEqualityComparer.Default)
                            ? "is file-local; the generated catalogue cannot see it, so remove the 'file' modifier"
                            : $"is nested in file-local type '{current.ToDisplayString()}'; the generated catalogue cannot see it, so remove the 'file' modifier";
                        break;
                    }
                }
                for (var current = type; current is not null; current = current.ContainingType)
                {
                    if (current.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
                    {
                        yield return current.Equals(type, SymbolEqualityComparer.Default)
                            ? $"is {AccessibilityText(current)}; the generated catalogue cannot see it, so make it internal or public"
                            : $"is nested in {AccessibilityText(current)} type '{current.ToDisplayString()}'; the generated catalogue cannot see it, so make that type internal or public";
                        break;
                    }
                }
            }

            private static string AccessibilityText(INamedTypeSymbol type) => type.DeclaredAccessibility switch
            {
                Microsoft.CodeAnalysis.Accessibility.Private => "private",
                Microsoft.CodeAnalysis.Accessibility.Protected => "protected",
                _ => "private protected",
            };

            /// <summary>Null when the name is usable; otherwise what is wrong with it and how to fix it.</summary>
            public static string? NameProblem(string? name)
            {
                if (name is null || name.Length == 0) return "the name is empty; give it a short descriptive name such as \"create_books\"";
                if (string.IsNullOrWhiteSpace(name)) return "the name is only whitespace; give it a short descriptive name such as \"create_books\"";
                if (HasControlCharacter(name)) return "the name contains a control character (such as a tab or line break); remove it";
                if (name.Length > MaxNameLength) return $"the name has {name.Length} characters, more than the {MaxNameLength} allowed; shorten it";
                return null;
            }

            // A loop, not LINQ: the catalogue and the lock rules ask this of every migration after every edit.
            private static bool HasControlCharacter(string name)
            {
                foreach (var c in name)
                {
                    if (char.IsControl(c)) return true;
                }
                return false;
            }

            /// <summary>
            /// A stable fingerprint of the class source: its tokens without trivia (so whitespace, comments and
            /// line endings do not count) and without the class's own attributes (an order or name change is
            /// reported as such, not as an edit). Line endings inside literals are normalised to \n, and the
            /// indentation of multi-line raw strings, which is not part of their value, does not count.
            /// </summary>
            public static string Checksum(INamedTypeSymbol type, CancellationToken cancellationToken)
            {
                var declarations = new List<string>();
                foreach (var reference in type.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration) declarations.Add(ChecksumText(declaration));
                }
                // Partial declarations in a fixed order, independent of file names and paths.
                declarations.Sort(System.StringComparer.Ordinal);
                return Hash(string.Join("\n", declarations));
            }

            /// <summary>One declaration as the checksum reads it: its tokens after its own attribute lists, trivia left out.</summary>
            public static string ChecksumText(TypeDeclarationSyntax declaration)
            {
                var text = new StringBuilder();
                // The type's own attribute lists come first in the declaration; skip everything up to their end.
                var attributesEnd = declaration.AttributeLists.Count > 0 ? declaration.AttributeLists[declaration.AttributeLists.Count - 1].Span.End : -1;
                foreach (var token in declaration.DescendantTokens())
                {
                    if (token.SpanStart < attributesEnd) continue;
                    text.Append(ChecksumText(token).Replace("\r\n", "\n").Replace('\r', '\n')).Append(' ');
                }
                return text.ToString();
            }

            /// <summary>First 16 bytes of SHA-256 over UTF-8, as 32 lowercase hex digits.</summary>
            public static string Hash(string text)
            {
                using var sha = SHA256.Create();
                var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
                var hex = new StringBuilder(32);
                for (var i = 0; i < 16; i++) hex.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                return hex.ToString();
            }

            /// <summary>
            /// The token as the checksum sees it. A multi-line raw string's content is indented to its closing
            /// quotes and the compiler strips that indentation, so use the value: re-indenting the class (say, a
            /// switch to a file-scoped namespace) then leaves the checksum alone, while any change of the string does not.
            /// </summary>
            private static string ChecksumText(SyntaxToken token)
            {
                switch (token.Kind())
                {
                    case SyntaxKind.MultiLineRawStringLiteralToken:
                        return token.ValueText;
                    case SyntaxKind.InterpolatedStringTextToken
                        when token.Parent?.Parent is InterpolatedStringExpressionSyntax { StringStartToken.RawKind: (int)SyntaxKind.InterpolatedMultiLineRawStringStartToken }:
                        return token.ValueText;
                    case SyntaxKind.InterpolatedRawStringEndToken:
                        // Holds the line break and indentation before the closing quotes.
                        return token.Text.Trim();
                    default:
                        return token.Text;
                }
            }
        }
    }
}
