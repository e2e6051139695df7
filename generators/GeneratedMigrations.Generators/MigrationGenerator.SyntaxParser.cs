using System.Collections.Generic;
using System.Collections.Immutable;
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
        /// <summary>
        /// Reads a [Migration] class from its syntax alone, so that its model is cached with its syntax tree: an edit
        /// in one file re-parses that file's classes only, where a transform that asks the semantic model re-runs for
        /// every class after any edit (measured: 1.1–1.35 s at 10,000 classes, even for a transform that returns only
        /// the name). What the syntax cannot decide for certain (a constant expression as the order, a base class, a
        /// partial or generic type, an alias the file does not declare) is left to <see cref="ResolveWithSemanticModel"/>,
        /// which runs the symbol-based <see cref="Parser"/> for those classes only.
        /// </summary>
        internal static class SyntaxParser
        {
            private const string RuntimeNamespace = "GeneratedMigrations";

            private enum NameMatch
            {
                None,

                /// <summary><c>Migration</c> or <c>IMigration</c> as a simple name: ours if the runtime's namespace is imported.</summary>
                Simple,

                /// <summary>Qualified with <c>GeneratedMigrations</c>, or an alias of the file that names our attribute.</summary>
                Certain,
            }

            /// <summary>The syntax provider's predicate: a class or record class with an attribute named like ours.</summary>
            public static bool IsCandidate(SyntaxNode node, CancellationToken cancellationToken)
            {
                if (node is not (ClassDeclarationSyntax or RecordDeclarationSyntax)) return false;
                var declaration = (TypeDeclarationSyntax)node;
                if (declaration.AttributeLists.Count == 0) return false;
                return FindAttribute(declaration, out _) is not null;
            }

            /// <summary>A <c>global using GeneratedMigrations;</c> anywhere in the compilation imports it for every file.</summary>
            public static bool IsGlobalRuntimeImport(SyntaxNode node, CancellationToken cancellationToken) =>
                node is UsingDirectiveSyntax { Alias: null } directive
                && directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)
                && !directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword)
                && IsRuntimeNamespace(directive.Name);

            public static ParsedMigration? Parse(TypeDeclarationSyntax declaration, CancellationToken cancellationToken)
            {
                // A record struct cannot carry [Migration] (AttributeTargets.Class); the compiler reports that.
                if (declaration is RecordDeclarationSyntax record && record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword)) return null;
                var attribute = FindAttribute(declaration, out var match);
                if (attribute is null || LocationInfo.From(attribute.GetLocation()) is not { } location) return null;
                var bind = new ParsedMigration(null, location, MigrationResolution.SemanticModel);

                if (!TryReadArguments(attribute, out var order, out var name, out var allowOutOfOrder, out var transactional, out var disabled, out var baselineThrough, out var backwardCompatible)) return bind;
                if (!TryReadTypeName(declaration, out var displayName)) return bind;
                if (declaration.Modifiers.Any(SyntaxKind.PartialKeyword)) return bind;
                if (!TryReadInterfaces(declaration, out var implementsMigration, out var isReversible, out var interfaceMatch)) return bind;
                if (!TryReadSuppressedIds(declaration, out var suppressedIds)) return bind;

                var problems = new List<DiagnosticInfo>();
                if (order <= 0)
                {
                    problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOrder, location, displayName, order.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
                if (Parser.NameProblem(name) is { } nameProblem)
                {
                    problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidName, location, displayName, nameProblem));
                }

                var migration = new MigrationInfo(
                    order,
                    name ?? "",
                    "global::" + displayName,
                    displayName,
                    Parser.Hash(Parser.ChecksumText(declaration)),
                    isReversible,
                    allowOutOfOrder,
                    transactional,
                    disabled,
                    baselineThrough,
                    null,
                    null,
                    location,
                    problems.ToEquatableArray(),
                    suppressedIds,
                    implementsMigration && CanBeCreated(declaration),
                    backwardCompatible);
                var imported = (match != NameMatch.Simple && interfaceMatch != NameMatch.Simple) || ImportsRuntime(declaration);
                return new ParsedMigration(migration, location, imported ? MigrationResolution.None : MigrationResolution.GlobalImport);
            }

            /// <summary>
            /// The classes the syntax left open, read from their symbols; a class whose attribute turns out not to be
            /// ours (another library's [Migration]) is dropped. Runs on every compilation change, but does work only
            /// for the classes handed to it, which in a typical project are none.
            /// </summary>
            public static EquatableArray<MigrationInfo> ResolveWithSemanticModel(EquatableArray<ParsedMigration> candidates, Compilation compilation, CancellationToken cancellationToken)
            {
                if (candidates.Count == 0) return EquatableArray<MigrationInfo>.Empty;
                var trees = new Dictionary<string, SyntaxTree>(System.StringComparer.Ordinal);
                foreach (var tree in compilation.SyntaxTrees) trees[tree.FilePath] = tree;
                var migrations = new List<MigrationInfo>();
                foreach (var candidate in candidates)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var location = candidate.AttributeLocation;
                    if (!trees.TryGetValue(location.FilePath, out var tree) || location.TextSpan.End > tree.Length) continue;
                    var attributeSyntax = tree.GetRoot(cancellationToken).FindNode(location.TextSpan).FirstAncestorOrSelf<AttributeSyntax>();
                    if (attributeSyntax?.Parent?.Parent is not TypeDeclarationSyntax declaration) continue;
                    if (compilation.GetSemanticModel(tree).GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol type) continue;
                    foreach (var attribute in type.GetAttributes())
                    {
                        if (attribute.ApplicationSyntaxReference is not { } reference
                            || reference.SyntaxTree != tree
                            || reference.Span != attributeSyntax.Span
                            || attribute.AttributeClass?.ToDisplayString() != Parser.AttributeName)
                        {
                            continue;
                        }
                        if (Parser.Parse(type, attribute, location, cancellationToken) is { } migration) migrations.Add(migration);
                        break;
                    }
                }
                return migrations.ToEquatableArray();
            }

            private static AttributeSyntax? FindAttribute(TypeDeclarationSyntax declaration, out NameMatch match)
            {
                foreach (var list in declaration.AttributeLists)
                {
                    foreach (var attribute in list.Attributes)
                    {
                        match = MatchAttributeName(attribute.Name, declaration);
                        if (match != NameMatch.None) return attribute;
                    }
                }
                match = NameMatch.None;
                return null;
            }

            private static NameMatch MatchAttributeName(NameSyntax name, SyntaxNode scope)
            {
                switch (name)
                {
                    case IdentifierNameSyntax { Identifier.ValueText: "Migration" or "MigrationAttribute" }:
                        return NameMatch.Simple;
                    case IdentifierNameSyntax identifier:
                        return IsLocalAliasOfAttribute(identifier.Identifier.ValueText, scope) ? NameMatch.Certain : NameMatch.None;
                    case QualifiedNameSyntax { Right.Identifier.ValueText: "Migration" or "MigrationAttribute" } qualified when IsRuntimeNamespace(qualified.Left):
                        return NameMatch.Certain;
                    case AliasQualifiedNameSyntax { Alias.Identifier.ValueText: "global", Name.Identifier.ValueText: "Migration" or "MigrationAttribute" }:
                        // global::Migration names a type in the global namespace, not ours.
                        return NameMatch.None;
                    default:
                        return NameMatch.None;
                }
            }

            /// <summary><c>using Alias = GeneratedMigrations.MigrationAttribute;</c> in this file, around the class.</summary>
            private static bool IsLocalAliasOfAttribute(string alias, SyntaxNode scope)
            {
                for (var node = scope.Parent; node is not null; node = node.Parent)
                {
                    var usings = node switch
                    {
                        CompilationUnitSyntax unit => unit.Usings,
                        BaseNamespaceDeclarationSyntax ns => ns.Usings,
                        _ => default,
                    };
                    foreach (var directive in usings)
                    {
                        if (directive.Alias?.Name.Identifier.ValueText == alias
                            && directive.Name is QualifiedNameSyntax { Right.Identifier.ValueText: "MigrationAttribute" } target
                            && IsRuntimeNamespace(target.Left))
                        {
                            return true;
                        }
                    }
                }
                return false;
            }

            /// <summary><c>GeneratedMigrations</c> or <c>global::GeneratedMigrations</c>.</summary>
            private static bool IsRuntimeNamespace(NameSyntax? name) => name switch
            {
                IdentifierNameSyntax { Identifier.ValueText: RuntimeNamespace } => true,
                AliasQualifiedNameSyntax { Alias.Identifier.ValueText: "global", Name.Identifier.ValueText: RuntimeNamespace } => true,
                _ => false,
            };

            /// <summary><c>using GeneratedMigrations;</c> in this file around the class, or the class inside that namespace.</summary>
            private static bool ImportsRuntime(SyntaxNode scope)
            {
                for (var node = scope.Parent; node is not null; node = node.Parent)
                {
                    SyntaxList<UsingDirectiveSyntax> usings;
                    if (node is BaseNamespaceDeclarationSyntax ns)
                    {
                        if (TryReadDottedName(ns.Name, out var nsName)
                            && (nsName == RuntimeNamespace || nsName.StartsWith(RuntimeNamespace + ".", System.StringComparison.Ordinal)))
                        {
                            return true;
                        }
                        usings = ns.Usings;
                    }
                    else if (node is CompilationUnitSyntax unit)
                    {
                        usings = unit.Usings;
                    }
                    else
                    {
                        continue;
                    }
                    foreach (var directive in usings)
                    {
                        if (directive.Alias is null && !directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) && IsRuntimeNamespace(directive.Name)) return true;
                    }
                }
                return false;
            }

            /// <summary>
            /// The attribute's order, name and settings when every argument is a literal the syntax gives the value of;
            /// false for anything else (constants, expressions, <c>name:</c> arguments, a wrong count), which binding decides.
            /// </summary>
            private static bool TryReadArguments(
                AttributeSyntax attribute, out long order, out string? name, out bool allowOutOfOrder, out bool transactional, out bool disabled, out long baselineThrough,
                out bool backwardCompatible)
            {
                order = 0;
                backwardCompatible = false;
                name = null;
                allowOutOfOrder = false;
                transactional = true;
                disabled = false;
                baselineThrough = 0;
                if (attribute.ArgumentList is not { } list) return false;
                var positional = 0;
                foreach (var argument in list.Arguments)
                {
                    if (argument.NameColon is not null) return false;
                    if (argument.NameEquals is null)
                    {
                        var read = positional switch
                        {
                            0 => TryReadLong(argument.Expression, out order),
                            1 => TryReadString(argument.Expression, out name),
                            _ => false,
                        };
                        if (!read) return false;
                        positional++;
                        continue;
                    }
                    var ok = argument.NameEquals.Name.Identifier.ValueText switch
                    {
                        "AllowOutOfOrder" => TryReadBool(argument.Expression, out allowOutOfOrder),
                        "Transactional" => TryReadBool(argument.Expression, out transactional),
                        "Disabled" => TryReadBool(argument.Expression, out disabled),
                        "BaselineThrough" => TryReadLong(argument.Expression, out baselineThrough),
                        "BackwardCompatible" => TryReadBool(argument.Expression, out backwardCompatible),
                        // A setting this reader does not know: the symbol-based parser reads what it means.
                        _ => false,
                    };
                    if (!ok) return false;
                }
                return positional == 2;
            }

            private static bool TryReadLong(ExpressionSyntax expression, out long value)
            {
                value = 0;
                var negate = false;
                if (expression is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } minus)
                {
                    negate = true;
                    expression = minus.Operand;
                }
                if (expression is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } literal) return false;
                // The literal's own type, as the compiler gives it: int, uint and long convert to the long parameter; others do not.
                switch (literal.Token.Value)
                {
                    case int number: value = number; break;
                    case uint number: value = number; break;
                    case long number: value = number; break;
                    default: return false;
                }
                if (negate)
                {
                    // -9223372036854775808 is an ulong literal negated: leave such corners to the compiler's binding.
                    if (literal.Token.Value is long && value == long.MinValue) return false;
                    value = -value;
                }
                return true;
            }

            private static bool TryReadString(ExpressionSyntax expression, out string? value)
            {
                value = null;
                switch (expression)
                {
                    case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal:
                        value = literal.Token.ValueText;
                        return true;
                    case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression }:
                        return true;
                    default:
                        return false;
                }
            }

            private static bool TryReadBool(ExpressionSyntax expression, out bool value)
            {
                value = expression.IsKind(SyntaxKind.TrueLiteralExpression);
                return expression.IsKind(SyntaxKind.TrueLiteralExpression) || expression.IsKind(SyntaxKind.FalseLiteralExpression);
            }

            /// <summary>
            /// <c>Namespace.Outer.Name</c> as <see cref="ISymbol.ToDisplayString(SymbolDisplayFormat?)"/> writes it; false for a
            /// generic type (or one nested in a generic type) and for escaped identifiers, whose display binding decides.
            /// </summary>
            private static bool TryReadTypeName(TypeDeclarationSyntax declaration, out string displayName)
            {
                displayName = "";
                var parts = new List<string>();
                for (SyntaxNode? node = declaration; node is not null; node = node.Parent)
                {
                    if (node is TypeDeclarationSyntax type)
                    {
                        if (type.TypeParameterList is not null || type.Identifier.Text != type.Identifier.ValueText) return false;
                        parts.Add(type.Identifier.ValueText);
                    }
                    else if (node is BaseNamespaceDeclarationSyntax ns)
                    {
                        if (!TryReadDottedName(ns.Name, out var nsName)) return false;
                        parts.Add(nsName);
                    }
                    else if (node is not CompilationUnitSyntax)
                    {
                        // A class inside anything else (a delegate? broken code): let binding decide.
                        return false;
                    }
                }
                parts.Reverse();
                displayName = string.Join(".", parts);
                return true;
            }

            private static bool TryReadDottedName(NameSyntax name, out string text)
            {
                switch (name)
                {
                    case IdentifierNameSyntax identifier when identifier.Identifier.Text == identifier.Identifier.ValueText:
                        text = identifier.Identifier.ValueText;
                        return true;
                    case QualifiedNameSyntax qualified when TryReadDottedName(qualified.Left, out var left) && TryReadDottedName(qualified.Right, out var right):
                        text = left + "." + right;
                        return true;
                    default:
                        text = "";
                        return false;
                }
            }

            /// <summary>
            /// Whether the class implements IMigration and IReversibleMigration, when its base list says so for certain:
            /// it names only those interfaces (or none at all). A base class could bring either, so binding decides then.
            /// </summary>
            private static bool TryReadInterfaces(TypeDeclarationSyntax declaration, out bool implementsMigration, out bool isReversible, out NameMatch match)
            {
                implementsMigration = false;
                isReversible = false;
                match = NameMatch.Certain;
                if (declaration.BaseList is not { } baseList) return true;
                foreach (var baseType in baseList.Types)
                {
                    if (baseType is not SimpleBaseTypeSyntax) return false;
                    string interfaceName;
                    switch (baseType.Type)
                    {
                        case IdentifierNameSyntax identifier:
                            interfaceName = identifier.Identifier.ValueText;
                            match = NameMatch.Simple;
                            break;
                        case QualifiedNameSyntax qualified when IsRuntimeNamespace(qualified.Left):
                            interfaceName = qualified.Right.Identifier.ValueText;
                            break;
                        default:
                            return false;
                    }
                    if (interfaceName == "IReversibleMigration") isReversible = true;
                    else if (interfaceName != "IMigration") return false;
                    implementsMigration = true;
                }
                return true;
            }

            /// <summary>The GM IDs of <c>[SuppressMessage]</c> on the class, as <see cref="Parser"/> reads them from the symbol.</summary>
            private static bool TryReadSuppressedIds(TypeDeclarationSyntax declaration, out EquatableArray<string> ids)
            {
                ids = EquatableArray<string>.Empty;
                List<string>? found = null;
                foreach (var list in declaration.AttributeLists)
                {
                    foreach (var attribute in list.Attributes)
                    {
                        var simpleName = attribute.Name switch
                        {
                            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                            AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
                            _ => "",
                        };
                        if (simpleName is not ("SuppressMessage" or "SuppressMessageAttribute")) continue;
                        var positional = new List<AttributeArgumentSyntax>();
                        foreach (var argument in attribute.ArgumentList?.Arguments ?? default)
                        {
                            if (argument.NameColon is not null) return false;
                            if (argument.NameEquals is null) positional.Add(argument);
                        }
                        if (positional.Count != 2) continue;
                        if (!TryReadString(positional[1].Expression, out var checkId)) return false;
                        if (checkId is null) continue;
                        var colon = checkId.IndexOf(':');
                        var id = (colon < 0 ? checkId : checkId.Substring(0, colon)).Trim();
                        if (id.StartsWith("GM", System.StringComparison.Ordinal)) (found ??= new List<string>()).Add(id);
                    }
                }
                if (found is not null) ids = found.ToEquatableArray();
                return true;
            }

            /// <summary>
            /// The syntax half of <see cref="Parser.TypeProblems"/> for a non-partial, non-generic class: not static or
            /// abstract, a public parameterless constructor (declared or implicit), and visible from the catalogue.
            /// </summary>
            private static bool CanBeCreated(TypeDeclarationSyntax declaration)
            {
                if (declaration.Modifiers.Any(SyntaxKind.StaticKeyword) || declaration.Modifiers.Any(SyntaxKind.AbstractKeyword)) return false;
                var hasConstructor = false;
                var hasPublicParameterless = false;
                if (declaration.ParameterList is { } primary)
                {
                    hasConstructor = true;
                    hasPublicParameterless = primary.Parameters.Count == 0;
                }
                foreach (var member in declaration.Members)
                {
                    if (member is not ConstructorDeclarationSyntax constructor || constructor.Modifiers.Any(SyntaxKind.StaticKeyword)) continue;
                    hasConstructor = true;
                    if (constructor.ParameterList.Parameters.Count == 0 && constructor.Modifiers.Any(SyntaxKind.PublicKeyword)) hasPublicParameterless = true;
                }
                if (hasConstructor && !hasPublicParameterless) return false;
                for (SyntaxNode? node = declaration; node is TypeDeclarationSyntax type; node = node.Parent)
                {
                    var modifiers = type.Modifiers;
                    if (modifiers.Any(SyntaxKind.FileKeyword)) return false;
                    var isPrivate = modifiers.Any(SyntaxKind.PrivateKeyword);
                    var isProtected = modifiers.Any(SyntaxKind.ProtectedKeyword);
                    var isInternal = modifiers.Any(SyntaxKind.InternalKeyword);
                    var isPublic = modifiers.Any(SyntaxKind.PublicKeyword);
                    if (isPrivate || (isProtected && !isInternal)) return false;
                    // A nested type without an accessibility modifier is private; a top-level one is internal.
                    if (!isPublic && !isInternal && !isProtected && type.Parent is TypeDeclarationSyntax) return false;
                }
                return true;
            }
        }
    }
}
