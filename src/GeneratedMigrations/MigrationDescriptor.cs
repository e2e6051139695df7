namespace GeneratedMigrations;

/// <summary>
/// One entry of a <see cref="MigrationCatalog"/>: everything the runner needs to know about a migration
/// without reflection. The source generator creates these; tests and tools may create them by hand.
/// </summary>
public sealed class MigrationDescriptor
{
    private readonly Func<IMigration> _factory;

    /// <summary>Describes a migration.</summary>
    /// <param name="order">Position in the history, greater than zero.</param>
    /// <param name="name">Unique name recorded in the ledger.</param>
    /// <param name="checksum">Fingerprint of the migration's source, compared with the ledger to detect edits after release.</param>
    /// <param name="isReversible">Whether the migration implements <see cref="IReversibleMigration"/>.</param>
    /// <param name="typeName">Fully qualified name of the migration class, for messages.</param>
    /// <param name="factory">Creates the migration, typically <c>static () =&gt; new T()</c>.</param>
    /// <param name="allowOutOfOrder">The migration may run after migrations with a higher order (see <see cref="MigrationAttribute.AllowOutOfOrder"/>).</param>
    public MigrationDescriptor(long order, string name, string checksum, bool isReversible, string typeName, Func<IMigration> factory, bool allowOutOfOrder = false)
    {
        if (order <= 0) throw new ArgumentOutOfRangeException(nameof(order), order, "A migration order must be greater than zero.");
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(checksum);
        ArgumentNullException.ThrowIfNull(typeName);
        ArgumentNullException.ThrowIfNull(factory);
        Order = order;
        Name = name;
        Checksum = checksum;
        IsReversible = isReversible;
        TypeName = typeName;
        AllowOutOfOrder = allowOutOfOrder;
        _factory = factory;
    }

    /// <summary>Position in the history.</summary>
    public long Order { get; }

    /// <summary>Unique name recorded in the ledger.</summary>
    public string Name { get; }

    /// <summary>Fingerprint of the migration's source at compile time.</summary>
    public string Checksum { get; }

    /// <summary>Whether the migration can be reverted.</summary>
    public bool IsReversible { get; }

    /// <summary>Fully qualified name of the migration class.</summary>
    public string TypeName { get; }

    /// <summary>Whether the migration may run after migrations with a higher order.</summary>
    public bool AllowOutOfOrder { get; }

    /// <summary>Creates a new instance of the migration.</summary>
    public IMigration CreateMigration() => _factory();

    /// <summary>Returns <c>order name</c>, as people read it in messages.</summary>
    public override string ToString() => $"{Order} {Name}";
}
