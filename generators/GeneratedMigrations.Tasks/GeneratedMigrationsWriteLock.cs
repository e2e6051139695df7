using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace GeneratedMigrations.Tasks;

/// <summary>
/// Writes migrations.lock from the generator's proposal (dotnet build -p:UpdateMigrationsLock=true). The generator
/// cannot write files, so in update mode it emits the new lock as a raw string constant in a generated source file,
/// which this task reads back and writes when it differs from the file on disk.
/// </summary>
public sealed class GeneratedMigrationsWriteLock : Task
{
    /// <summary>The generated source file that holds the proposed lock.</summary>
    [Required]
    public string GeneratedFile { get; set; } = "";

    /// <summary>The lock file to write.</summary>
    [Required]
    public string LockFile { get; set; } = "";

    public override bool Execute()
    {
        if (!File.Exists(GeneratedFile))
        {
            Log.LogError("GeneratedMigrations: the generator did not propose a lock file (" + GeneratedFile + "). Fix the errors above and run again.");
            return false;
        }
        // The proposal is a raw string constant: the text between the line that opens it and the line that closes it.
        var lines = File.ReadAllText(GeneratedFile).Replace("\r\n", "\n").Split('\n');
        var open = Array.FindIndex(lines, l => l.Contains("internal const string Text = \"\"\""));
        var close = open < 0 ? -1 : Array.FindIndex(lines, open + 1, l => l.StartsWith("\"\"\"", StringComparison.Ordinal) && l.TrimEnd().EndsWith(";", StringComparison.Ordinal));
        if (open < 0 || close < 0)
        {
            Log.LogError("GeneratedMigrations: could not read the proposed lock from " + GeneratedFile + ".");
            return false;
        }
        var proposed = string.Concat(lines.Skip(open + 1).Take(close - open - 1).Select(l => l + "\n"));
        var current = File.Exists(LockFile) ? File.ReadAllText(LockFile) : null;
        var name = Path.GetFileName(LockFile);
        var proposedLines = proposed.Split('\n');
        // A project with no migrations has nothing to lock: do not start a lock file it would only have to delete.
        if (current == null && !proposedLines.Any(IsEntry))
        {
            Log.LogMessage(MessageImportance.High, "The project has no migrations: no " + name + " written.");
            return true;
        }
        if (current != null && current.Replace("\r\n", "\n") == proposed)
        {
            Log.LogMessage(MessageImportance.High, name + " is up to date.");
            return true;
        }
        var before = new HashSet<string>((current ?? "").Replace("\r\n", "\n").Split('\n'), StringComparer.Ordinal);
        foreach (var line in proposedLines.Where(l => IsEntry(l) && !before.Contains(l)))
        {
            Log.LogMessage(MessageImportance.High, name + ": locked " + line);
        }
        var after = new HashSet<string>(proposedLines, StringComparer.Ordinal);
        foreach (var line in before.Where(l => IsEntry(l) && !after.Contains(l)))
        {
            Log.LogMessage(MessageImportance.High, name + ": removed " + line);
        }
        File.WriteAllText(LockFile, proposed, new UTF8Encoding(false));
        Log.LogMessage(MessageImportance.High, (current == null ? "Created " : "Updated ") + LockFile + "; commit it.");
        return true;
    }

    /// <summary>A lock line that names a migration (not blank, not a # comment).</summary>
    private static bool IsEntry(string line) => line.Length > 0 && !line.StartsWith("#", StringComparison.Ordinal);
}
