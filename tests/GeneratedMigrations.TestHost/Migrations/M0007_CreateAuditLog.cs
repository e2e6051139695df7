using GeneratedMigrations;

namespace GeneratedMigrations.TestHost.Migrations;

/// <summary>
/// A transactional migration in two visible steps: a process killed between them (<c>--hang-in 7</c>) must
/// leave neither the table nor a ledger row behind.
/// </summary>
[Migration(7, "create_audit_log")]
public sealed class CreateAuditLog : IMigration
{
    public async Task UpAsync(MigrationContext db, CancellationToken ct)
    {
        await db.ExecuteAsync("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, note TEXT NOT NULL)", ct);
        await HostBehaviour.HangIfAskedAsync(7, ct);
        await db.ExecuteAsync("INSERT INTO audit_log (id, note) VALUES (1, 'created')", ct);
    }
}
