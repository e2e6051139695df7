using System.Text;

namespace GeneratedMigrations;

/// <summary>
/// One module of a modular app: its own catalogue (from its own assembly) and a store on the shared database with the
/// module's own ledger table (and so its own lock), such as <c>new SqliteMigrationStoreOptions { TableName = "__orders_ledger" }</c>.
/// </summary>
public sealed class MigrationModule
{
    /// <summary>Describes a module.</summary>
    /// <param name="name">The module's name, for results and messages (<c>orders</c>).</param>
    /// <param name="catalog">The module's catalogue, e.g. <c>OrdersMigrations.Catalog</c>.</param>
    /// <param name="store">The shared database, with a ledger table of the module's own; disposed with the <see cref="ModuleMigrator"/>.</param>
    /// <param name="options">The module's runner settings; defaults when omitted.</param>
    public MigrationModule(string name, MigrationCatalog catalog, MigrationStore store, MigratorOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        Store = store ?? throw new ArgumentNullException(nameof(store));
        Options = options ?? new MigratorOptions();
    }

    /// <summary>The module's name.</summary>
    public string Name { get; }

    /// <summary>The module's catalogue.</summary>
    public MigrationCatalog Catalog { get; }

    /// <summary>The module's store (its ledger table on the shared database).</summary>
    public MigrationStore Store { get; }

    /// <summary>The module's runner settings.</summary>
    public MigratorOptions Options { get; }
}

/// <summary>
/// Migrates several modules that share one database, each with its own catalogue, ledger table and lock, in the order
/// the app declares (a module whose tables reference another's comes after it), with one call. Each module runs as a
/// <see cref="Migrator"/> of its own, so instances starting together wait on each module's lock separately.
/// </summary>
/// <example>
/// <code>
/// await using var modules = new ModuleMigrator(
///     new MigrationModule("orders", OrdersMigrations.Catalog, new SqliteMigrationStore(cs, new() { TableName = "__orders_ledger" })),
///     new MigrationModule("billing", BillingMigrations.Catalog, new SqliteMigrationStore(cs, new() { TableName = "__billing_ledger" })));
/// await modules.MigrateAsync();
/// </code>
/// </example>
public sealed class ModuleMigrator : IAsyncDisposable
{
    private readonly (MigrationModule Module, Migrator Migrator)[] _modules;

    /// <summary>Creates a runner for modules, in the order they are to be migrated.</summary>
    /// <param name="modules">The modules, first to last; names must be unique.</param>
    /// <exception cref="ArgumentException">No module, or a name used twice.</exception>
    public ModuleMigrator(params MigrationModule[] modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        if (modules.Length == 0) throw new ArgumentException("Give at least one module.", nameof(modules));
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            ArgumentNullException.ThrowIfNull(module, nameof(modules));
            if (!names.Add(module.Name)) throw new ArgumentException($"Module name '{module.Name}' is used twice.", nameof(modules));
        }
        _modules = [.. modules.Select(m => (m, new Migrator(m.Catalog, m.Store, m.Options)))];
    }

    /// <summary>The modules, in the order they are migrated.</summary>
    public IReadOnlyList<MigrationModule> Modules => [.. _modules.Select(m => m.Module)];

    /// <summary>
    /// Migrates each module to its latest migration, in order. The first module that fails stops the call (a later module
    /// may build on it): its exception is thrown, and the modules before it stay migrated.
    /// </summary>
    /// <exception cref="MigrationException">A module's run failed or was refused; see <see cref="Migrator.MigrateAsync(CancellationToken)"/>.</exception>
    public async Task<IReadOnlyList<ModuleRunResult>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var results = new List<ModuleRunResult>(_modules.Length);
        foreach (var (module, migrator) in _modules)
        {
            results.Add(new ModuleRunResult(module.Name, await migrator.MigrateAsync(cancellationToken).ConfigureAwait(false)));
        }
        return results;
    }

    /// <summary>Verifies each module, in order; throws for the first one that does not match this build or has pending migrations.</summary>
    /// <exception cref="MigrationPlanException">A module's ledger and catalogue disagree, or migrations are pending.</exception>
    public async Task VerifyAsync(CancellationToken cancellationToken = default)
    {
        foreach (var (_, migrator) in _modules) await migrator.VerifyAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the plan of every module. Changes nothing.</summary>
    public async Task<ModuleStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var plans = new List<ModulePlan>(_modules.Length);
        foreach (var (module, migrator) in _modules)
        {
            plans.Add(new ModulePlan(module.Name, await migrator.GetStatusAsync(cancellationToken).ConfigureAwait(false)));
        }
        return new ModuleStatus(plans);
    }

    /// <summary>Disposes every module's store.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var (_, migrator) in _modules) await migrator.DisposeAsync().ConfigureAwait(false);
    }
}

/// <summary>What a module's run did.</summary>
/// <param name="Module">The module's name.</param>
/// <param name="Result">Its run.</param>
public sealed record ModuleRunResult(string Module, MigrationRunResult Result);

/// <summary>A module's plan.</summary>
/// <param name="Module">The module's name.</param>
/// <param name="Plan">Its plan up to the latest migration.</param>
public sealed record ModulePlan(string Module, MigrationPlan Plan);

/// <summary>The status of every module of a shared database.</summary>
public sealed class ModuleStatus
{
    internal ModuleStatus(IReadOnlyList<ModulePlan> modules) => Modules = modules;

    /// <summary>One plan per module, in the declared order.</summary>
    public IReadOnlyList<ModulePlan> Modules { get; }

    /// <summary>True when every module is up to date.</summary>
    public bool IsUpToDate => Modules.All(m => m.Plan.IsUpToDate);

    /// <summary>Each module's plan as text, headed by its name.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var module in Modules)
        {
            if (text.Length > 0) text.Append('\n');
            text.Append("[").Append(module.Module).Append("] ").Append(module.Plan.Describe());
        }
        return text.ToString();
    }
}
