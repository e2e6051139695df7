using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace GeneratedMigrations.Tasks;

/// <summary>
/// Names the migrations not yet locked in one message per project build. "Not yet locked" (GM0100) is an info
/// diagnostic, which a build at normal verbosity does not print; the compiler's SARIF log holds it. A message, not a
/// warning, so that projects with warnings as errors still build.
/// </summary>
public sealed class GeneratedMigrationsReportUnlocked : Task
{
    // The GM0100 message, as the generator words it; in SARIF 1 and 2 alike it is a JSON string.
    private static readonly Regex Unlocked = new(@"Migration (?<order>[0-9]+) '(?<name>(?:[^""\\]|\\.)*?)' is not yet locked in ", RegexOptions.CultureInvariant);

    /// <summary>The compiler's SARIF log of this compilation.</summary>
    [Required]
    public string ErrorLog { get; set; } = "";

    /// <summary>The lock file, named in the message.</summary>
    [Required]
    public string LockFile { get; set; } = "";

    public override bool Execute()
    {
        if (!File.Exists(ErrorLog)) return true;
        var unlocked = Unlocked.Matches(File.ReadAllText(ErrorLog))
            .Cast<Match>()
            .Select(m => (Order: long.Parse(m.Groups["order"].Value, System.Globalization.CultureInfo.InvariantCulture), Name: Regex.Unescape(m.Groups["name"].Value)))
            .Distinct()
            .OrderBy(m => m.Order)
            .Select(m => m.Order.ToString(System.Globalization.CultureInfo.InvariantCulture) + " '" + m.Name + "'")
            .ToList();
        if (unlocked.Count == 0) return true;
        Log.LogMessage(MessageImportance.High, "GeneratedMigrations: " + (unlocked.Count == 1 ? "migration " : "migrations ") + string.Join(", ", unlocked)
            + " not yet locked in " + Path.GetFileName(LockFile) + "; before you release, run 'dotnet build -p:UpdateMigrationsLock=true' and commit it.");
        return true;
    }
}
