using System.Data.Common;
using BenchmarkDotNet.Attributes;
using GeneratedMigrations;
using GeneratedMigrations.Sqlite;
using Microsoft.Extensions.Logging;

namespace MigrationBenchmarks;

/// <summary>
/// The cost of the runtime itself, without SQL: a hand-made catalogue of 2,000 migrations and an in-memory ledger.
/// Catalogue construction (the generated static array is checked once per process), planning in the three shapes a
/// start-up meets (up to date, half pending, fresh database), and a whole no-op MigrateAsync over an in-memory store.
/// One more row reads a 2,000-row ledger from an SQLite file, to show what a long history costs for real.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(QuickConfig))]
public class PlannerBenchmarks
{
    private const int Count = 2_000;
    private MigrationDescriptor[] _descriptors = [];
    private MigrationCatalog _catalog = null!;
    private LedgerEntry[] _ledger = [];
    private LedgerEntry[] _halfLedger = [];
    private TempDatabases? _databases;
    private string _sqlite = "";

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _descriptors = new MigrationDescriptor[Count];
        _ledger = new LedgerEntry[Count];
        var appliedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < Count; i++)
        {
            var order = 202501010000L + i;
            var name = $"migration_{i:D4}";
            var checksum = ((ulong)i * 0x9E3779B97F4A7C15UL).ToString("x16") + ((ulong)i).ToString("x16");
            _descriptors[i] = new MigrationDescriptor(order, name, checksum, isReversible: true, $"App.Migrations.M{i:D4}", static () => NoOp.Instance);
            _ledger[i] = new LedgerEntry(order, name, checksum, LedgerStatus.Completed, appliedAt.AddMinutes(i), TimeSpan.FromMilliseconds(3), "bench/App 1.0.0");
        }
        _catalog = new MigrationCatalog(_descriptors, "App", "1.0.0");
        _halfLedger = _ledger[..(Count / 2)];

        // The same 2,000 migrations applied to an SQLite file (in one transaction, to keep the set-up short).
        _databases = new TempDatabases("planner");
        _sqlite = _databases.Fresh("ledger2000");
        await using var migrator = new Migrator(_catalog, new SqliteMigrationStore(_sqlite), new MigratorOptions { SingleTransaction = true });
        var applied = (await migrator.MigrateAsync()).Applied.Count;
        if (applied != Count) throw new InvalidOperationException($"Applied {applied} of {Count} migrations.");
    }

    [GlobalCleanup]
    public void CleanUp() => _databases?.Dispose();

    [Benchmark]
    public MigrationCatalog BuildCatalog() => new(_descriptors, "App", "1.0.0");

    [Benchmark]
    public MigrationPlan PlanUp_up_to_date() => MigrationPlanner.PlanUp(_catalog, _ledger);

    [Benchmark]
    public MigrationPlan PlanUp_half_pending() => MigrationPlanner.PlanUp(_catalog, _halfLedger);

    [Benchmark]
    public MigrationPlan PlanUp_fresh_database() => MigrationPlanner.PlanUp(_catalog, []);

    [Benchmark]
    public MigrationPlan PlanDown_everything() => MigrationPlanner.PlanDown(_catalog, _ledger, MigrationTarget.ToOrder(0));

    [Benchmark]
    public async Task<MigrationRunResult> MigrateAsync_up_to_date_in_memory()
    {
        await using var migrator = new Migrator(_catalog, new InMemoryStore(_ledger));
        return await migrator.MigrateAsync();
    }

    [Benchmark]
    public async Task<MigrationRunResult> MigrateAsync_up_to_date_sqlite()
    {
        await using var migrator = new Migrator(_catalog, new SqliteMigrationStore(_sqlite));
        return await migrator.MigrateAsync();
    }

    private sealed class NoOp : IReversibleMigration
    {
        public static readonly NoOp Instance = new();

        public Task UpAsync(MigrationContext context, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task DownAsync(MigrationContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>A store whose ledger is a list in memory; it can only be read, which is all an up-to-date start does.</summary>
    private sealed class InMemoryStore(IReadOnlyList<LedgerEntry> ledger) : MigrationStore
    {
        public override string DisplayName => "memory";

        public override Task<IReadOnlyList<LedgerEntry>> ReadLedgerAsync(CancellationToken cancellationToken) => Task.FromResult(ledger);

        public override Task<MigrationLock> OpenLockAsync(MigrationLockOptions options, ILogger logger, CancellationToken cancellationToken) => throw Unexpected();

        public override Task EnsureLedgerAsync(ILogger logger, CancellationToken cancellationToken) => throw Unexpected();

        public override Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => throw Unexpected();

        public override Task<DbTransaction> BeginTransactionAsync(DbConnection connection, CancellationToken cancellationToken) => throw Unexpected();

        public override Task InsertLedgerEntryAsync(DbConnection connection, DbTransaction? transaction, LedgerEntry entry, CancellationToken cancellationToken) => throw Unexpected();

        public override Task<bool> UpdateLedgerEntryAsync(DbConnection connection, DbTransaction? transaction, LedgerEntry entry, LedgerStatus expected, CancellationToken cancellationToken) => throw Unexpected();

        public override Task<bool> DeleteLedgerEntryAsync(DbConnection connection, DbTransaction? transaction, long order, CancellationToken cancellationToken) => throw Unexpected();

        public override string ScriptLedgerEntry(LedgerEntry entry, LedgerStatus? replaces = null) => throw Unexpected();

        private static NotSupportedException Unexpected() => new("An up-to-date run only reads the ledger.");
    }
}
