using System.Globalization;

namespace GeneratedMigrations;

/// <summary>
/// The version of the ledger's own layout, stored by every store beside the ledger (key <c>schema_version</c>)
/// so that a later release can upgrade the ledger, and this one can refuse a ledger it does not understand.
/// </summary>
internal static class LedgerSchema
{
    /// <summary>
    /// The ledger layout this release reads and writes. Version 1 later gained the <c>backward_compatible</c> column, added
    /// in place with a default: not a new version, because releases from before it name their columns and keep reading and
    /// writing such a ledger, and a new version would make them refuse it in the middle of a rolling deploy.
    /// </summary>
    public const int CurrentVersion = 1;

    /// <summary>Refuses a stored version newer than <see cref="CurrentVersion"/> (or unreadable); <see langword="null"/> means no ledger yet.</summary>
    /// <exception cref="MigrationLedgerException">A newer release wrote the ledger.</exception>
    public static void EnsureSupported(string? storedVersion)
    {
        if (storedVersion is null) return;
        if (!int.TryParse(storedVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > CurrentVersion)
        {
            throw new MigrationLedgerException(
                $"The ledger has schema version '{storedVersion}', newer than this release understands ({CurrentVersion}). " +
                "A newer version of GeneratedMigrations migrated this database: upgrade the package.");
        }
    }
}
