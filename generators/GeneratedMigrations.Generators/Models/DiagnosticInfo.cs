using System.Collections.Generic;
using System.Collections.Immutable;
using GeneratedMigrations.Generators.Helpers;
using Microsoft.CodeAnalysis;

namespace GeneratedMigrations.Generators.Models
{
    /// <summary>A key/value carried on a diagnostic, read by the code fix (for example the lock line to add).</summary>
    internal sealed record DiagnosticProperty(string Key, string Value);

    /// <summary>A diagnostic to report, as plain values; turned into a <see cref="Diagnostic"/> only at output.</summary>
    /// <param name="Severity">Overrides the descriptor's default severity when a project setting changes it.</param>
    internal sealed record DiagnosticInfo(
        DiagnosticDescriptor Descriptor,
        LocationInfo? Location,
        EquatableArray<string> Arguments,
        DiagnosticSeverity? Severity = null,
        EquatableArray<DiagnosticProperty> Properties = default)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
            new(descriptor, location, arguments.ToEquatableArray());

        /// <param name="tree">The compilation's syntax tree at <see cref="Location"/>'s path, if it is a C# file: the
        /// diagnostic then gets a real source location, which <c>#pragma</c> and per-file severities apply to.</param>
        public Diagnostic ToDiagnostic(SyntaxTree? tree = null)
        {
            var arguments = new object[Arguments.Count];
            for (var i = 0; i < arguments.Length; i++) arguments[i] = Arguments[i];
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            foreach (var property in Properties) properties[property.Key] = property.Value;
            return Diagnostic.Create(
                Descriptor,
                Location is null ? Microsoft.CodeAnalysis.Location.None
                    : tree is not null && Location.TextSpan.End <= tree.Length ? Microsoft.CodeAnalysis.Location.Create(tree, Location.TextSpan)
                    : Location.ToLocation(),
                Severity ?? Descriptor.DefaultSeverity,
                additionalLocations: null,
                properties: properties.ToImmutable(),
                messageArgs: arguments);
        }
    }
}
