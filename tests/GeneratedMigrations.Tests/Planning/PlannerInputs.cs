namespace GeneratedMigrations.Tests.Planning;

/// <summary>Catalogues and ledgers written inline, for the pure planner tests: nothing here ever runs.</summary>
internal static class PlannerInputs
{
    public static readonly DateTimeOffset AppliedAt = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    /// <summary>A catalogue of migrations named <c>m{order}</c> with checksum <c>sum{order}</c>.</summary>
    public static MigrationCatalog Catalog(params long[] orders) =>
        new(orders.Select(order => Migration(order)).ToList(), "App", "1.0.0");

    public static MigrationDescriptor Migration(long order, string? name = null, string? checksum = null) =>
        new(order, name ?? Name(order), checksum ?? Checksum(order), isReversible: false, typeName: "App.M" + order,
            static () => throw new InvalidOperationException("The planner must never run a migration."));

    /// <summary>A ledger row that matches <see cref="Migration"/> unless told otherwise.</summary>
    public static LedgerEntry Entry(long order, LedgerStatus status = LedgerStatus.Completed, string? name = null, string? checksum = null) =>
        new(order, name ?? Name(order), checksum ?? Checksum(order), status, AppliedAt, TimeSpan.FromMilliseconds(12), "host/App 1.0.0");

    public static LedgerEntry[] Completed(params long[] orders) => orders.Select(order => Entry(order)).ToArray();

    public static long[] Orders(IEnumerable<MigrationDescriptor> migrations) => migrations.Select(m => m.Order).ToArray();

    public static string Name(long order) => "m" + order;

    public static string Checksum(long order) => "sum" + order;
}
