using GeneratedMigrations.Generators.Helpers;

namespace GeneratedMigrations.Generators.Models
{
    /// <summary>One class marked [Migration], as the parser saw it.</summary>
    /// <param name="Order">The order argument.</param>
    /// <param name="Name">The name argument.</param>
    /// <param name="TypeName">Fully qualified with <c>global::</c>, for generated code.</param>
    /// <param name="DisplayTypeName">Fully qualified without <c>global::</c>, for messages.</param>
    /// <param name="Checksum">Hash of the class's tokens, trivia ignored.</param>
    /// <param name="IsReversible">Implements IReversibleMigration.</param>
    /// <param name="AllowOutOfOrder">The attribute opts in to an order below already locked migrations.</param>
    /// <param name="Transactional">False: runs outside a transaction.</param>
    /// <param name="Disabled">Kept in the catalogue, never run.</param>
    /// <param name="BaselineThrough">Greater than zero for a baseline replacing orders up to this one.</param>
    /// <param name="UpSql">The text of a .sql migration; null for a class.</param>
    /// <param name="DownSql">The text of its .down.sql file, if any.</param>
    /// <param name="Location">The [Migration] attribute, where diagnostics point.</param>
    /// <param name="Problems">What is wrong with this migration on its own (type, order, name).</param>
    /// <param name="SuppressedIds">GM IDs named by <c>[SuppressMessage]</c> on the class: its diagnostics with these IDs are not reported.</param>
    /// <param name="CanBeCreated">The generated <c>static () =&gt; new T()</c> can create it. When false the class is left out of the
    /// catalogue silently: the analyzer (<see cref="MigrationTypeAnalyzer"/>) reports why (GM0003) at the class.</param>
    /// <param name="BackwardCompatible">BackwardCompatible = true (or <c>-- gm: backward-compatible</c>): older builds may run against a database that has it.</param>
    internal sealed record MigrationInfo(
        long Order,
        string Name,
        string TypeName,
        string DisplayTypeName,
        string Checksum,
        bool IsReversible,
        bool AllowOutOfOrder,
        bool Transactional,
        bool Disabled,
        long BaselineThrough,
        string? UpSql,
        string? DownSql,
        LocationInfo? Location,
        EquatableArray<DiagnosticInfo> Problems,
        EquatableArray<string> SuppressedIds = default,
        bool CanBeCreated = true,
        bool BackwardCompatible = false)
    {
        /// <summary>How messages name this migration: <c>'CreateBooks' (CreateBooks.cs:12)</c>.</summary>
        public string Describe() => Location is null || UpSql is not null ? $"'{DisplayTypeName}'" : $"'{DisplayTypeName}' ({Location.ShortDisplay})";

        public bool IsSql => UpSql is not null;
    }

    /// <summary>What a parse from syntax alone left open.</summary>
    internal enum MigrationResolution
    {
        /// <summary>The syntax said everything: the model is final.</summary>
        None,

        /// <summary>The model is final if the runtime's namespace is imported by a <c>global using</c> somewhere in the compilation
        /// (the file itself names <c>Migration</c> or <c>IMigration</c> without importing <c>GeneratedMigrations</c>).</summary>
        GlobalImport,

        /// <summary>The syntax is not enough (a constant expression, a base class, a partial or generic type): bind it.</summary>
        SemanticModel,
    }

    /// <summary>One class whose attribute is named like [Migration], as its syntax alone shows it.</summary>
    /// <param name="Migration">The model; null when <paramref name="Needs"/> is <see cref="MigrationResolution.SemanticModel"/>.</param>
    /// <param name="AttributeLocation">The attribute, so the semantic step can find the class again.</param>
    internal sealed record ParsedMigration(MigrationInfo? Migration, LocationInfo AttributeLocation, MigrationResolution Needs);
}
