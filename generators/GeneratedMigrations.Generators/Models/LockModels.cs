using GeneratedMigrations.Generators.Helpers;

namespace GeneratedMigrations.Generators.Models
{
    /// <summary>One valid line of migrations.lock.</summary>
    /// <param name="Text">The line exactly as written, so an update never rewrites it.</param>
    internal sealed record LockEntry(long Order, string Checksum, string Name, int LineNumber, LocationInfo Location, string Text);

    /// <summary>The parsed lock file: its valid lines, and what is wrong with the others.</summary>
    /// <param name="MalformedOrders">Orders readable on malformed lines: their migrations are not judged as new while the line is broken.</param>
    /// <param name="MalformedNames">Names readable on malformed lines, likewise.</param>
    /// <param name="Text">The whole file with LF line endings: an update inserts into it, keeping every line (comments too).</param>
    internal sealed record LockFileInfo(
        string Path,
        string Text,
        EquatableArray<LockEntry> Entries,
        EquatableArray<DiagnosticInfo> Errors,
        EquatableArray<long> MalformedOrders = default,
        EquatableArray<string> MalformedNames = default);

    /// <summary>The MSBuild switches that govern the lock rules.</summary>
    /// <param name="LockPath">Where the lock file is (or would be), for messages and the code fix.</param>
    /// <param name="LockedMode">CI or explicit: a missing or out-of-date lock is an error.</param>
    /// <param name="Update">UpdateMigrationsLock: emit the updated lock for the build to write.</param>
    /// <param name="AcceptChanges">AcceptMigrationsLockChanges: rewrite locked entries to match the code, reporting each change.</param>
    /// <param name="EditsAreWarnings">MigrationsLockEditsAsWarnings: an edited locked migration is a warning, not an error.</param>
    internal sealed record LockSettings(string LockPath, bool LockedMode, bool Update, bool AcceptChanges, bool EditsAreWarnings);

    /// <summary>What the lock rules found, and the lock text to write when updating.</summary>
    internal sealed record LockRulesResult(EquatableArray<DiagnosticInfo> Diagnostics, string? UpdatedLock);
}
