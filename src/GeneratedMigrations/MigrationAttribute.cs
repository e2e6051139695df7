namespace GeneratedMigrations;

/// <summary>
/// Marks a class as a migration. The source generator finds every class with this attribute at
/// compile time and adds it to the assembly's catalogue (<c>AppMigrations.Catalog</c>).
/// </summary>
/// <remarks>
/// The class must be a non-abstract, non-generic class with a public parameterless constructor that
/// implements <see cref="IMigration"/> (or <see cref="IReversibleMigration"/>). Mistakes are build errors.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class MigrationAttribute : Attribute
{
    /// <summary>Declares a migration.</summary>
    /// <param name="order">Position in the history; unique and greater than zero. Migrations run in ascending order.</param>
    /// <param name="name">Short, unique, human-readable name, such as <c>"create_books"</c>. At most 200 characters.</param>
    public MigrationAttribute(long order, string name)
    {
        Order = order;
        Name = name;
    }

    /// <summary>Position in the history; migrations run in ascending order.</summary>
    public long Order { get; }

    /// <summary>Unique, human-readable name recorded in the ledger.</summary>
    public string Name { get; }

    /// <summary>
    /// Lets this migration have an order below migrations that are already locked (released), and lets it
    /// run on databases that already applied those. Without it both the build (GM0104) and the runner refuse.
    /// Use it for a fix that must slot into released history, knowing that databases will run it late.
    /// </summary>
    public bool AllowOutOfOrder { get; set; }

    /// <summary>
    /// False for a migration that cannot run inside a transaction (for example <c>CREATE INDEX CONCURRENTLY</c>).
    /// Its ledger row is written STARTED before it runs and COMPLETED or FAILED after; a run that finds it
    /// STARTED or FAILED refuses until it is repaired. Default: true.
    /// </summary>
    public bool Transactional { get; set; } = true;

    /// <summary>
    /// Keeps the migration in the catalogue and the lock but never runs it; the ledger records it as SKIPPED,
    /// so enabling it later is an explicit decision (repair: forget the skip). For a step superseded by a later one.
    /// </summary>
    public bool Disabled { get; set; }

    /// <summary>
    /// Makes this a baseline (squash) migration: on an empty database it runs instead of every migration
    /// with an order up to and including this value, and the ledger records those as BASELINED. A database
    /// that already has migrations ignores it (records it SKIPPED). Must be below this migration's own order.
    /// </summary>
    public long BaselineThrough { get; set; }

    /// <summary>
    /// Declares the migration backward compatible (an expand step: it only adds what older code ignores, such as a
    /// nullable column, a table or an index). The ledger records the flag, so a build that does not know this
    /// migration may keep running against a database that has it (a rolling deploy); a database ahead by any
    /// migration without the flag is still refused. In a <c>.sql</c> file: <c>-- gm: backward-compatible</c>.
    /// </summary>
    public bool BackwardCompatible { get; set; }
}
