using Microsoft.CodeAnalysis;

namespace GeneratedMigrations.Generators
{
    /// <summary>Every diagnostic the generator reports. Each ID has a section in the README that <c>helpLinkUri</c> points to.</summary>
    internal static class DiagnosticDescriptors
    {
        public const string Category = "GeneratedMigrations";
        private const string HelpLinkBase = "https://github.com/generated-migrations/GeneratedMigrations/blob/main/README.md#";

        public static readonly DiagnosticDescriptor DuplicateOrder = Error(
            "GM0001",
            "Duplicate migration order",
            "Migration order {0} of '{1}' is also used by {2}; give each migration a unique order");

        public static readonly DiagnosticDescriptor DuplicateName = Error(
            "GM0002",
            "Duplicate migration name",
            "Migration name '{0}' of '{1}' is also used by {2}; give each migration a unique name");

        public static readonly DiagnosticDescriptor InvalidMigrationType = Error(
            "GM0003",
            "Invalid migration type",
            "'{0}' cannot be a migration: it {1}");

        public static readonly DiagnosticDescriptor InvalidOrder = Error(
            "GM0004",
            "Invalid migration order",
            "Migration '{0}' has order {1}; a migration order must be greater than zero");

        public static readonly DiagnosticDescriptor InvalidName = Error(
            "GM0005",
            "Invalid migration name",
            "Migration '{0}' has an invalid name: {1}");

        private static DiagnosticDescriptor Error(string id, string title, string message) =>
            new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
                helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
    }
}
