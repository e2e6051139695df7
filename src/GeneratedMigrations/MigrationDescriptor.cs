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
    /// <param name="runsInTransaction">False for a migration that must run outside a transaction (see <see cref="MigrationAttribute.Transactional"/>).</param>
    /// <param name="isDisabled">The migration is skipped and recorded as such (see <see cref="MigrationAttribute.Disabled"/>).</param>
    /// <param name="baselineThrough">When greater than zero, the migration replaces orders up to this one on an empty database (see <see cref="MigrationAttribute.BaselineThrough"/>).</param>
    /// <param name="upSql">For a <c>.sql</c> migration, its SQL; shown by scripts.</param>
    /// <param name="downSql">For a <c>.sql</c> migration with a <c>.down.sql</c> file, the SQL that reverts it.</param>
    public MigrationDescriptor(
        long order, string name, string checksum, bool isReversible, string typeName, Func<IMigration> factory,
        bool allowOutOfOrder = false, bool runsInTransaction = true, bool isDisabled = false, long baselineThrough = 0,
        string? upSql = null, string? downSql = null)
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
        if (baselineThrough < 0 || (baselineThrough > 0 && baselineThrough >= order))
        {
            throw new ArgumentOutOfRangeException(nameof(baselineThrough), baselineThrough, "A baseline replaces orders below its own order.");
        }
        AllowOutOfOrder = allowOutOfOrder;
        RunsInTransaction = runsInTransaction;
        IsDisabled = isDisabled;
        BaselineThrough = baselineThrough;
        UpSql = upSql;
        DownSql = downSql;
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

    /// <summary>Whether the migration and its ledger row share a transaction. False: tracked as STARTED, then COMPLETED or FAILED.</summary>
    public bool RunsInTransaction { get; }

    /// <summary>Whether the migration is disabled: kept in the catalogue, recorded as SKIPPED, never run.</summary>
    public bool IsDisabled { get; }

    /// <summary>When greater than zero, the highest order this baseline replaces on an empty database.</summary>
    public long BaselineThrough { get; }

    /// <summary>Whether this is a baseline (squash) migration.</summary>
    public bool IsBaseline => BaselineThrough > 0;

    /// <summary>The SQL of a <c>.sql</c> migration; <see langword="null"/> for a class migration.</summary>
    public string? UpSql { get; }

    /// <summary>The SQL of a <c>.down.sql</c> file; <see langword="null"/> when there is none.</summary>
    public string? DownSql { get; }

    /// <summary>Creates a new instance of the migration.</summary>
    public IMigration CreateMigration() => _factory();

    /// <summary>Returns <c>order name</c>, as people read it in messages.</summary>
    public override string ToString() => $"{Order} {Name}";
}
