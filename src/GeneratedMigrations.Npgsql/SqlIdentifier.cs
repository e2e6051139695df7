namespace GeneratedMigrations.Npgsql;

/// <summary>Validates and quotes schema and table names that come from configuration.</summary>
internal static class SqlIdentifier
{
    // PostgreSQL truncates identifiers to NAMEDATALEN - 1 = 63 bytes; a truncated name would silently
    // point at another table, so longer names are refused instead.
    public const int MaxSchemaLength = 63;

    // Leaves room for the "_meta" suffix of the derived table.
    public const int MaxTableLength = 58;

    public static string QuoteSchema(string name)
    {
        Validate(name, MaxSchemaLength, "schema");
        if (name.StartsWith("pg_", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{name}' is not a valid ledger schema name: the prefix 'pg_' is reserved for PostgreSQL's system schemas.", nameof(name));
        }
        if (name.Equals("information_schema", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{name}' is not a valid ledger schema name: it is the SQL standard's catalogue schema, which PostgreSQL manages itself.", nameof(name));
        }
        return Quote(name);
    }

    /// <summary>Validates a configured table name and quotes it, or the name derived from it with <paramref name="suffix"/>.</summary>
    public static string QuoteTable(string name, string suffix = "")
    {
        Validate(name, MaxTableLength, "table");
        return Quote(name + suffix);
    }

    // Only letters, digits and underscores pass validation, so there is never a quote to escape.
    private static string Quote(string name) => "\"" + name + "\"";

    private static void Validate(string name, int maxLength, string what)
    {
        ArgumentNullException.ThrowIfNull(name);
        var valid = name.Length is > 0 && name.Length <= maxLength && (char.IsAsciiLetter(name[0]) || name[0] == '_');
        for (var i = 1; valid && i < name.Length; i++)
        {
            valid = char.IsAsciiLetterOrDigit(name[i]) || name[i] == '_';
        }
        if (!valid)
        {
            throw new ArgumentException(
                $"'{name}' is not a valid ledger {what} name: use 1 to {maxLength} ASCII letters, digits or underscores, starting with a letter or underscore.",
                nameof(name));
        }
    }
}
