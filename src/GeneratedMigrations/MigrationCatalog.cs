namespace GeneratedMigrations;

/// <summary>
/// The ordered list of an application's migrations. The source generator emits one per assembly as
/// <c>AppMigrations.Catalog</c>; it is checked at compile time, and checked again here so that a
/// hand-made catalogue cannot be wrong either.
/// </summary>
public sealed class MigrationCatalog
{
    /// <summary>Creates a catalogue from migrations in ascending order.</summary>
    /// <param name="migrations">The migrations, sorted by order, with unique orders and names.</param>
    /// <param name="assemblyName">The assembly the catalogue was compiled into, recorded in the ledger as who applied a migration.</param>
    /// <param name="assemblyVersion">That assembly's version.</param>
    /// <exception cref="ArgumentException">The list is not sorted, or an order or name appears twice.</exception>
    public MigrationCatalog(IReadOnlyList<MigrationDescriptor> migrations, string assemblyName = "", string assemblyVersion = "")
    {
        ArgumentNullException.ThrowIfNull(migrations);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < migrations.Count; i++)
        {
            var migration = migrations[i] ?? throw new ArgumentException($"Migration at index {i} is null.", nameof(migrations));
            if (i > 0 && migrations[i - 1].Order >= migration.Order)
            {
                throw new ArgumentException(
                    $"Migrations must be in strictly ascending order: '{migrations[i - 1]}' is followed by '{migration}'.", nameof(migrations));
            }
            if (!names.Add(migration.Name))
            {
                throw new ArgumentException($"Migration name '{migration.Name}' is used twice.", nameof(migrations));
            }
        }
        Migrations = migrations.ToArray();
        AssemblyName = assemblyName;
        AssemblyVersion = assemblyVersion;
    }

    /// <summary>The migrations, in ascending order.</summary>
    public IReadOnlyList<MigrationDescriptor> Migrations { get; }

    /// <summary>The assembly the catalogue was compiled into.</summary>
    public string AssemblyName { get; }

    /// <summary>The version of that assembly.</summary>
    public string AssemblyVersion { get; }

    /// <summary>Finds a migration by order.</summary>
    public MigrationDescriptor? Find(long order)
    {
        // Binary search: the catalogue is sorted, and large catalogues are checked on every start-up.
        int low = 0, high = Migrations.Count - 1;
        while (low <= high)
        {
            var mid = low + ((high - low) >> 1);
            var candidate = Migrations[mid];
            if (candidate.Order == order) return candidate;
            if (candidate.Order < order) low = mid + 1; else high = mid - 1;
        }
        return null;
    }
}
