namespace GeneratedMigrations.Tests.Processes.Scenarios;

/// <summary>
/// One fresh database of one engine, as the process scenarios see it: how to point the TestHost at it, and how to
/// look at it from outside the host. Shared (as linked source) by the SQLite and the PostgreSQL test projects.
/// </summary>
public interface IProcessDatabase : IAsyncDisposable
{
    /// <summary>The TestHost arguments that select this database, e.g. <c>--db path</c>.</summary>
    IReadOnlyList<string> HostArguments { get; }

    /// <summary>The ledger rows, in order.</summary>
    Task<IReadOnlyList<LedgerLine>> ReadLedgerAsync();

    /// <summary>Whether a table exists.</summary>
    Task<bool> TableExistsAsync(string table);

    /// <summary>Whether an index exists (and, on PostgreSQL, is valid).</summary>
    Task<bool> IndexExistsAsync(string index);

    /// <summary>Rows in a table.</summary>
    Task<long> CountAsync(string table);

    /// <summary>
    /// Everything a migration run could change, as text: the ledger, the schema's tables and indexes, and on
    /// PostgreSQL the next transaction id (which any write moves). The lock's own bookkeeping is left out.
    /// </summary>
    Task<string> DescribeStateAsync();
}

/// <summary>One ledger row as the scenarios compare it.</summary>
public sealed record LedgerLine(long Order, string Name, string Checksum, string Status);
