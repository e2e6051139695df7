namespace GeneratedMigrations;

/// <summary>
/// One entry of a <see cref="MigrationCatalog"/>: everything the runner needs to know about a migration
/// without reflection. The source generator creates these; tests and tools may create them by hand.
/// </summary>
public sealed class MigrationDescriptor
{
    private readonly Func<IMigration> _factory;
    private readonly long _baselineThrough;

    /// <summary>Describes a migration. Settings beyond these (out of order, transaction, disabled, baseline, SQL) are
    /// init-only properties, so that a catalogue compiled against this version keeps working when a later version adds one.</summary>
    /// <param name="order">Position in the history, greater than zero.</param>
    /// <param name="name">Unique name recorded in the ledger.</param>
    /// <param name="checksum">Fingerprint of the migration's source, compared with the ledger to detect edits after release.</param>
    /// <param name="isReversible">Whether the migration implements <see cref="IReversibleMigration"/>.</param>
    /// <param name="typeName">Fully qualified name of the migration class, for messages.</param>
    /// <param name="factory">Creates the migration, typically <c>static () =&gt; new T()</c>.</param>
    public MigrationDescriptor(long order, string name, string checksum, bool isReversible, string typeName, Func<IMigration> factory)
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

    /// <summary>Whether the migration may run after migrations with a higher order (see <see cref="MigrationAttribute.AllowOutOfOrder"/>).</summary>
    public bool AllowOutOfOrder { get; init; }

    /// <summary>Whether the migration and its ledger row share a transaction (default true). False: tracked as STARTED, then
    /// COMPLETED or FAILED (see <see cref="MigrationAttribute.Transactional"/>).</summary>
    public bool RunsInTransaction { get; init; } = true;

    /// <summary>Whether the migration is disabled: kept in the catalogue, recorded as SKIPPED, never run (see <see cref="MigrationAttribute.Disabled"/>).</summary>
    public bool IsDisabled { get; init; }

    /// <summary>When greater than zero, the highest order this baseline replaces on an empty database (see
    /// <see cref="MigrationAttribute.BaselineThrough"/>); it must be below the migration's own order.</summary>
    public long BaselineThrough
    {
        get => _baselineThrough;
        init
        {
            if (value < 0 || (value > 0 && value >= Order))
            {
                throw new ArgumentOutOfRangeException(nameof(BaselineThrough), value, "A baseline replaces orders below its own order.");
            }
            _baselineThrough = value;
        }
    }

    /// <summary>Whether builds that do not know this migration may run against a database that has it (see
    /// <see cref="MigrationAttribute.BackwardCompatible"/>); recorded in its ledger row.</summary>
    public bool IsBackwardCompatible { get; init; }

    /// <summary>Whether this is a baseline (squash) migration.</summary>
    public bool IsBaseline => BaselineThrough > 0;

    /// <summary>The SQL of a <c>.sql</c> migration, shown by scripts; <see langword="null"/> for a class migration.</summary>
    public string? UpSql { get; init; }

    /// <summary>The SQL of a <c>.down.sql</c> file; <see langword="null"/> when there is none.</summary>
    public string? DownSql { get; init; }

    /// <summary>Creates a new instance of the migration.</summary>
    public IMigration CreateMigration() => _factory();

    /// <summary>Returns <c>order name</c>, as people read it in messages.</summary>
    public override string ToString() => $"{Order} {Name}";
}
