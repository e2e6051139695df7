using GeneratedMigrations.Generators.Helpers;
using Microsoft.CodeAnalysis;

namespace GeneratedMigrations.Generators.Models
{
    /// <summary>A diagnostic to report, as plain values; turned into a <see cref="Diagnostic"/> only at output.</summary>
    internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
            new(descriptor, location, arguments.ToEquatableArray());

        public Diagnostic ToDiagnostic()
        {
            var arguments = new object[Arguments.Count];
            for (var i = 0; i < arguments.Length; i++) arguments[i] = Arguments[i];
            return Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, arguments);
        }
    }
}
