using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace GeneratedMigrations.Tasks;

/// <summary>
/// Writes the next migration (dotnet msbuild -t:NewMigration -p:MigrationName="…" [-p:MigrationKind=Sql]): the next
/// free order above the lock and every class and .sql migration of the project, the name in snake_case, and the
/// naming and namespace of the C# migrations already in the folder. It reads the project's files as text, so it works
/// before the project builds, and it refuses a name that is already used.
/// </summary>
public sealed class GeneratedMigrationsNewMigration : Task
{
    private const string LockHint = "dotnet build -p:UpdateMigrationsLock=true";

    private static readonly Regex MigrationAttribute = new(
        @"\[\s*(?:global::)?(?:GeneratedMigrations\s*\.\s*)?Migration(?:Attribute)?\s*\(\s*(?:order\s*:\s*)?(?<order>[0-9]+)[lL]?\s*,\s*(?:name\s*:\s*)?@?""(?<name>(?:[^""\\]|\\.)*)""",
        RegexOptions.CultureInvariant);

    private static readonly Regex SqlFileName = new(@"^(?<order>[0-9]+)_(?<name>.+?)\.sql$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex LockLine = new(@"^\s*([0-9]+)\s+[0-9a-fA-F]+\s+(\S.*?)\s*$", RegexOptions.CultureInvariant);

    /// <summary>The new migration's name, in any words ("add loan due date", "AddLoanDueDate").</summary>
    public string? MigrationName { get; set; }

    /// <summary>Sql for an NNNN_name.sql file; empty, CSharp, cs or Class for a C# migration.</summary>
    public string? MigrationKind { get; set; }

    [Required]
    public string ProjectDirectory { get; set; } = "";

    /// <summary>The migrations folder, relative to the project directory.</summary>
    [Required]
    public string MigrationsFolder { get; set; } = "";

    [Required]
    public string LockFile { get; set; } = "";

    public string? RootNamespace { get; set; }

    /// <summary>The project's ImplicitUsings: without them the new class spells out its usings.</summary>
    public string? ImplicitUsings { get; set; }

    /// <summary>The project's C# files, searched for [Migration] attributes.</summary>
    public ITaskItem[] SourceFiles { get; set; } = [];

    /// <summary>The project's .sql migration files.</summary>
    public ITaskItem[] SqlFiles { get; set; } = [];

    /// <summary>The file written.</summary>
    [Output]
    public string? WrittenFile { get; set; }

    public override bool Execute()
    {
        var kind = (MigrationKind ?? "").Trim();
        bool sql;
        if (kind.Length == 0 || kind.Equals("CSharp", StringComparison.OrdinalIgnoreCase) || kind.Equals("cs", StringComparison.OrdinalIgnoreCase) || kind.Equals("Class", StringComparison.OrdinalIgnoreCase)) sql = false;
        else if (kind.Equals("Sql", StringComparison.OrdinalIgnoreCase)) sql = true;
        else
        {
            Log.LogError("GeneratedMigrations: MigrationKind '" + kind + "' is not known; use -p:MigrationKind=Sql for an NNNN_name.sql file, or leave it out for a C# migration.");
            return false;
        }

        // The name in snake_case: words split at spaces, punctuation and camel-case humps ("AddLoanDueDate" too).
        var spaced = Regex.Replace(MigrationName ?? "", "([a-z0-9])([A-Z])", "$1 $2");
        var words = Regex.Split(spaced.ToLowerInvariant(), "[^a-z0-9]+").Where(w => w.Length > 0).ToList();
        var name = string.Join("_", words);
        if (name.Length == 0 || name.Length > 200)
        {
            Log.LogError("GeneratedMigrations: give the new migration a name of letters and digits (at most 200 characters): dotnet msbuild -t:NewMigration -p:MigrationName=\"add loan due date\"");
            return false;
        }
        var className = string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));
        if (char.IsDigit(className[0])) className = "Migration" + className;

        // Every order and name the project already uses: the class migrations, the .sql files, the lock.
        var used = new List<long>();
        var usedBy = new Dictionary<string, string>(StringComparer.Ordinal); // name -> where
        void Use(long order, string migrationName, string where)
        {
            used.Add(order);
            if (!usedBy.ContainsKey(migrationName)) usedBy[migrationName] = where;
        }
        var classFiles = new List<KeyValuePair<long, string>>(); // order, path of a file holding a class migration
        foreach (var item in SourceFiles)
        {
            var path = item.GetMetadata("FullPath");
            if (!File.Exists(path)) continue;
            foreach (Match m in MigrationAttribute.Matches(File.ReadAllText(path)))
            {
                if (!long.TryParse(m.Groups["order"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var order)) continue;
                Use(order, m.Groups["name"].Value, Path.GetFileName(path));
                classFiles.Add(new KeyValuePair<long, string>(order, path));
            }
        }
        var sqlWidth = 4;
        foreach (var item in SqlFiles)
        {
            var fileName = Path.GetFileName(item.ItemSpec);
            if (fileName.EndsWith(".down.sql", StringComparison.OrdinalIgnoreCase)) continue; // the up file names the migration
            var m = SqlFileName.Match(fileName);
            if (!m.Success || !long.TryParse(m.Groups["order"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var order)) continue;
            Use(order, m.Groups["name"].Value, fileName);
            sqlWidth = Math.Max(sqlWidth, m.Groups["order"].Value.Length);
        }

        // Last, so that a name is reported at its migration's file rather than at the lock.
        if (File.Exists(LockFile))
        {
            foreach (var line in File.ReadAllLines(LockFile))
            {
                var m = LockLine.Match(line);
                if (m.Success && long.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var order))
                    Use(order, m.Groups[2].Value, Path.GetFileName(LockFile));
            }
        }

        if (usedBy.TryGetValue(name, out var where))
        {
            Log.LogError("GeneratedMigrations: a migration named '" + name + "' already exists (" + where + "); choose another name.");
            return false;
        }
        var next = used.Count == 0 ? 1 : used.Max() + 1;
        var folder = Path.GetFullPath(Path.Combine(ProjectDirectory, MigrationsFolder));
        Directory.CreateDirectory(folder);

        var file = sql
            ? Path.Combine(folder, next.ToString("D" + sqlWidth.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "_" + name + ".sql")
            : Path.Combine(folder, ClassFileName(folder, classFiles, next, className) + ".cs");
        var text = sql ? SqlMigrationText(next, name, file) : ClassMigrationText(folder, next, name, className);
        if (File.Exists(file))
        {
            Log.LogError("GeneratedMigrations: " + file + " already exists; choose another name.");
            return false;
        }
        File.WriteAllText(file, text, new UTF8Encoding(false));
        WrittenFile = file;
        Log.LogMessage(MessageImportance.High, "Created " + file + " (migration " + next.ToString(CultureInfo.InvariantCulture) + " " + name + ").");
        Log.LogMessage(MessageImportance.High, "Write it, build and run it; before you release it, lock it: " + LockHint + " (then commit " + Path.GetFileName(LockFile) + ").");
        return true;
    }

    private static string SqlMigrationText(long order, string name, string file) =>
        "-- Migration " + order.ToString(CultureInfo.InvariantCulture) + " " + name + ": write its SQL below; statements end with ';'.\n"
        + "-- A file " + Path.GetFileNameWithoutExtension(file) + ".down.sql beside it makes it reversible.\n";

    /// <summary>The naming of the newest C# migration in the folder: prefix, zero-padded order, separator (M0007_AddBookIsbn.cs).</summary>
    private static string ClassFileName(string folder, List<KeyValuePair<long, string>> classFiles, long order, string className)
    {
        string? prefix = "M";
        var width = 4;
        var separator = "_";
        var newest = classFiles.Where(c => string.Equals(Path.GetDirectoryName(c.Value), folder.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
                               .OrderByDescending(c => c.Key).Select(c => Path.GetFileName(c.Value)).FirstOrDefault();
        if (newest != null)
        {
            var style = Regex.Match(newest, @"^(?<prefix>[A-Za-z]*)(?<digits>[0-9]+)(?<separator>[_\-.]?)[A-Za-z]");
            if (style.Success) { prefix = style.Groups["prefix"].Value; width = style.Groups["digits"].Value.Length; separator = style.Groups["separator"].Value; }
            else { prefix = null; }
        }
        return prefix == null ? className : prefix + order.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + separator + className;
    }

    private string ClassMigrationText(string folder, long next, string name, string className)
    {
        // The namespace the IDE would give a new file in that folder: the root namespace and the folder path.
        var projectDirectory = ProjectDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var relative = folder.Length > projectDirectory.Length && folder.StartsWith(projectDirectory, StringComparison.Ordinal)
            ? folder.Substring(projectDirectory.Length).Trim(Path.DirectorySeparatorChar)
            : "";
        var parts = new[] { RootNamespace ?? "" }.Concat(relative.Split(Path.DirectorySeparatorChar))
            .Select(p => Regex.Replace(p, @"[^A-Za-z0-9_.]", "_").Trim('.'))
            .Where(p => p.Length > 0)
            .Select(p => char.IsDigit(p[0]) ? "_" + p : p);
        var ns = string.Join(".", parts);
        var order = next.ToString(CultureInfo.InvariantCulture);
        var implicitUsings = string.Equals(ImplicitUsings, "enable", StringComparison.OrdinalIgnoreCase) || string.Equals(ImplicitUsings, "true", StringComparison.OrdinalIgnoreCase);
        var b = new StringBuilder();
        if (!implicitUsings) b.Append("using System;\nusing System.Threading;\nusing System.Threading.Tasks;\n");
        b.Append("using GeneratedMigrations;\n\n");
        if (ns.Length > 0) b.Append("namespace ").Append(ns).Append(";\n\n");
        b.Append("[Migration(").Append(order).Append(", \"").Append(name).Append("\")]\n");
        b.Append("public sealed class ").Append(className).Append(" : IMigration          // IReversibleMigration adds DownAsync\n");
        b.Append("{\n");
        b.Append("    public Task UpAsync(MigrationContext db, CancellationToken ct)\n");
        b.Append("    {\n");
        b.Append("        // Write the migration here, for example:\n");
        b.Append("        //     return db.ExecuteAsync(\"ALTER TABLE books ADD COLUMN due_date TEXT\", ct);\n");
        b.Append("        throw new NotImplementedException(\"Migration ").Append(order).Append(" '").Append(name).Append("' is not written yet.\");\n");
        b.Append("    }\n");
        b.Append("}\n");
        return b.ToString();
    }
}
