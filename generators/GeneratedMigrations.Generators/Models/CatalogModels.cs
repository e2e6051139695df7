using GeneratedMigrations.Generators.Helpers;

namespace GeneratedMigrations.Generators.Models
{
    /// <summary>One catalogue entry as emitted: no locations, so moving code around does not re-emit.</summary>
    internal sealed record CatalogEntry(
        long Order, string Name, string Checksum, bool IsReversible, bool AllowOutOfOrder, string TypeName,
        bool Transactional, bool Disabled, long BaselineThrough, string? UpSql, string? DownSql, bool BackwardCompatible = false);

    /// <summary>The checked, sorted migrations of the compilation and what was wrong with them.</summary>
    internal sealed record CatalogResult(EquatableArray<CatalogEntry> Entries, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>Facts about the compilation the catalogue needs.</summary>
    /// <param name="AssemblyName">Recorded in the ledger as who applied a migration.</param>
    /// <param name="AssemblyVersion">Likewise.</param>
    /// <param name="ReferencesRuntime">The GeneratedMigrations runtime is referenced; without it the catalogue cannot compile.</param>
    internal sealed record CompilationInfo(string AssemblyName, string AssemblyVersion, bool ReferencesRuntime);

    /// <summary>Where the catalogue class goes, from MSBuild properties.</summary>
    /// <param name="IsPublic">MigrationsCatalogPublic=true: the catalogue class is public, so an app can use the catalogue of a referenced class library.</param>
    internal sealed record CatalogSettings(string Namespace, string ClassName, bool IsPublic);

    /// <summary>Everything the emitter needs.</summary>
    internal sealed record CatalogModel(CatalogSettings Settings, CompilationInfo Compilation, EquatableArray<CatalogEntry> Entries);
}
