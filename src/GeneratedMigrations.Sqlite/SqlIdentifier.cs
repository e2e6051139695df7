namespace GeneratedMigrations.Sqlite;

/// <summary>Validates and quotes table names that come from configuration.</summary>
internal static class SqlIdentifier
{
    // Short enough that the derived "_meta" and "_lock" names stay within common identifier limits.
    public const int MaxLength = 55;

    public static string Quote(string name)
    {
        Validate(name);
        return "\"" + name + "\"";
    }

    public static void Validate(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var valid = name.Length is > 0 and <= MaxLength && (char.IsAsciiLetter(name[0]) || name[0] == '_');
        for (var i = 1; valid && i < name.Length; i++)
        {
            valid = char.IsAsciiLetterOrDigit(name[i]) || name[i] == '_';
        }
        if (!valid)
        {
            throw new ArgumentException(
                $"'{name}' is not a valid ledger table name: use 1 to {MaxLength} ASCII letters, digits or underscores, starting with a letter or underscore.",
                nameof(name));
        }
    }
}
