// Written by make_trivial_migrations.py: 1,000 trivial migrations for the whole-process benchmarks. Do not edit.
#if FIRST20
namespace Catalog20;
#else
namespace Catalog1000;
#endif

[global::GeneratedMigrations.Migration(1, "create_t0001")]
public sealed class M0001 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0001 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(2, "create_t0002")]
public sealed class M0002 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0002 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(3, "create_t0003")]
public sealed class M0003 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0003 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(4, "create_t0004")]
public sealed class M0004 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0004 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(5, "create_t0005")]
public sealed class M0005 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0005 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(6, "create_t0006")]
public sealed class M0006 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0006 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(7, "create_t0007")]
public sealed class M0007 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0007 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(8, "create_t0008")]
public sealed class M0008 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0008 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(9, "create_t0009")]
public sealed class M0009 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0009 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(10, "create_t0010")]
public sealed class M0010 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0010 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(11, "create_t0011")]
public sealed class M0011 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0011 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(12, "create_t0012")]
public sealed class M0012 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0012 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(13, "create_t0013")]
public sealed class M0013 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0013 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(14, "create_t0014")]
public sealed class M0014 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0014 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(15, "create_t0015")]
public sealed class M0015 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0015 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(16, "create_t0016")]
public sealed class M0016 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0016 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(17, "create_t0017")]
public sealed class M0017 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0017 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(18, "create_t0018")]
public sealed class M0018 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0018 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(19, "create_t0019")]
public sealed class M0019 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0019 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(20, "create_t0020")]
public sealed class M0020 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0020 (id INTEGER PRIMARY KEY)", ct);
}

#if !FIRST20
[global::GeneratedMigrations.Migration(21, "create_t0021")]
public sealed class M0021 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0021 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(22, "create_t0022")]
public sealed class M0022 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0022 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(23, "create_t0023")]
public sealed class M0023 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0023 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(24, "create_t0024")]
public sealed class M0024 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0024 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(25, "create_t0025")]
public sealed class M0025 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0025 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(26, "create_t0026")]
public sealed class M0026 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0026 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(27, "create_t0027")]
public sealed class M0027 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0027 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(28, "create_t0028")]
public sealed class M0028 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0028 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(29, "create_t0029")]
public sealed class M0029 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0029 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(30, "create_t0030")]
public sealed class M0030 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0030 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(31, "create_t0031")]
public sealed class M0031 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0031 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(32, "create_t0032")]
public sealed class M0032 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0032 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(33, "create_t0033")]
public sealed class M0033 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0033 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(34, "create_t0034")]
public sealed class M0034 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0034 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(35, "create_t0035")]
public sealed class M0035 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0035 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(36, "create_t0036")]
public sealed class M0036 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0036 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(37, "create_t0037")]
public sealed class M0037 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0037 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(38, "create_t0038")]
public sealed class M0038 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0038 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(39, "create_t0039")]
public sealed class M0039 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0039 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(40, "create_t0040")]
public sealed class M0040 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0040 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(41, "create_t0041")]
public sealed class M0041 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0041 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(42, "create_t0042")]
public sealed class M0042 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0042 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(43, "create_t0043")]
public sealed class M0043 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0043 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(44, "create_t0044")]
public sealed class M0044 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0044 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(45, "create_t0045")]
public sealed class M0045 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0045 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(46, "create_t0046")]
public sealed class M0046 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0046 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(47, "create_t0047")]
public sealed class M0047 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0047 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(48, "create_t0048")]
public sealed class M0048 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0048 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(49, "create_t0049")]
public sealed class M0049 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0049 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(50, "create_t0050")]
public sealed class M0050 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0050 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(51, "create_t0051")]
public sealed class M0051 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0051 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(52, "create_t0052")]
public sealed class M0052 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0052 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(53, "create_t0053")]
public sealed class M0053 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0053 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(54, "create_t0054")]
public sealed class M0054 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0054 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(55, "create_t0055")]
public sealed class M0055 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0055 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(56, "create_t0056")]
public sealed class M0056 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0056 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(57, "create_t0057")]
public sealed class M0057 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0057 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(58, "create_t0058")]
public sealed class M0058 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0058 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(59, "create_t0059")]
public sealed class M0059 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0059 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(60, "create_t0060")]
public sealed class M0060 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0060 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(61, "create_t0061")]
public sealed class M0061 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0061 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(62, "create_t0062")]
public sealed class M0062 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0062 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(63, "create_t0063")]
public sealed class M0063 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0063 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(64, "create_t0064")]
public sealed class M0064 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0064 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(65, "create_t0065")]
public sealed class M0065 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0065 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(66, "create_t0066")]
public sealed class M0066 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0066 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(67, "create_t0067")]
public sealed class M0067 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0067 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(68, "create_t0068")]
public sealed class M0068 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0068 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(69, "create_t0069")]
public sealed class M0069 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0069 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(70, "create_t0070")]
public sealed class M0070 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0070 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(71, "create_t0071")]
public sealed class M0071 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0071 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(72, "create_t0072")]
public sealed class M0072 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0072 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(73, "create_t0073")]
public sealed class M0073 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0073 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(74, "create_t0074")]
public sealed class M0074 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0074 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(75, "create_t0075")]
public sealed class M0075 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0075 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(76, "create_t0076")]
public sealed class M0076 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0076 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(77, "create_t0077")]
public sealed class M0077 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0077 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(78, "create_t0078")]
public sealed class M0078 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0078 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(79, "create_t0079")]
public sealed class M0079 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0079 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(80, "create_t0080")]
public sealed class M0080 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0080 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(81, "create_t0081")]
public sealed class M0081 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0081 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(82, "create_t0082")]
public sealed class M0082 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0082 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(83, "create_t0083")]
public sealed class M0083 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0083 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(84, "create_t0084")]
public sealed class M0084 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0084 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(85, "create_t0085")]
public sealed class M0085 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0085 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(86, "create_t0086")]
public sealed class M0086 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0086 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(87, "create_t0087")]
public sealed class M0087 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0087 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(88, "create_t0088")]
public sealed class M0088 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0088 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(89, "create_t0089")]
public sealed class M0089 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0089 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(90, "create_t0090")]
public sealed class M0090 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0090 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(91, "create_t0091")]
public sealed class M0091 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0091 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(92, "create_t0092")]
public sealed class M0092 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0092 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(93, "create_t0093")]
public sealed class M0093 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0093 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(94, "create_t0094")]
public sealed class M0094 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0094 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(95, "create_t0095")]
public sealed class M0095 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0095 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(96, "create_t0096")]
public sealed class M0096 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0096 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(97, "create_t0097")]
public sealed class M0097 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0097 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(98, "create_t0098")]
public sealed class M0098 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0098 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(99, "create_t0099")]
public sealed class M0099 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0099 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(100, "create_t0100")]
public sealed class M0100 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0100 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(101, "create_t0101")]
public sealed class M0101 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0101 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(102, "create_t0102")]
public sealed class M0102 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0102 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(103, "create_t0103")]
public sealed class M0103 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0103 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(104, "create_t0104")]
public sealed class M0104 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0104 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(105, "create_t0105")]
public sealed class M0105 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0105 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(106, "create_t0106")]
public sealed class M0106 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0106 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(107, "create_t0107")]
public sealed class M0107 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0107 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(108, "create_t0108")]
public sealed class M0108 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0108 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(109, "create_t0109")]
public sealed class M0109 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0109 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(110, "create_t0110")]
public sealed class M0110 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0110 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(111, "create_t0111")]
public sealed class M0111 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0111 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(112, "create_t0112")]
public sealed class M0112 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0112 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(113, "create_t0113")]
public sealed class M0113 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0113 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(114, "create_t0114")]
public sealed class M0114 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0114 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(115, "create_t0115")]
public sealed class M0115 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0115 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(116, "create_t0116")]
public sealed class M0116 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0116 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(117, "create_t0117")]
public sealed class M0117 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0117 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(118, "create_t0118")]
public sealed class M0118 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0118 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(119, "create_t0119")]
public sealed class M0119 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0119 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(120, "create_t0120")]
public sealed class M0120 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0120 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(121, "create_t0121")]
public sealed class M0121 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0121 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(122, "create_t0122")]
public sealed class M0122 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0122 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(123, "create_t0123")]
public sealed class M0123 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0123 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(124, "create_t0124")]
public sealed class M0124 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0124 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(125, "create_t0125")]
public sealed class M0125 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0125 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(126, "create_t0126")]
public sealed class M0126 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0126 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(127, "create_t0127")]
public sealed class M0127 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0127 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(128, "create_t0128")]
public sealed class M0128 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0128 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(129, "create_t0129")]
public sealed class M0129 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0129 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(130, "create_t0130")]
public sealed class M0130 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0130 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(131, "create_t0131")]
public sealed class M0131 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0131 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(132, "create_t0132")]
public sealed class M0132 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0132 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(133, "create_t0133")]
public sealed class M0133 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0133 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(134, "create_t0134")]
public sealed class M0134 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0134 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(135, "create_t0135")]
public sealed class M0135 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0135 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(136, "create_t0136")]
public sealed class M0136 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0136 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(137, "create_t0137")]
public sealed class M0137 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0137 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(138, "create_t0138")]
public sealed class M0138 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0138 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(139, "create_t0139")]
public sealed class M0139 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0139 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(140, "create_t0140")]
public sealed class M0140 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0140 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(141, "create_t0141")]
public sealed class M0141 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0141 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(142, "create_t0142")]
public sealed class M0142 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0142 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(143, "create_t0143")]
public sealed class M0143 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0143 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(144, "create_t0144")]
public sealed class M0144 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0144 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(145, "create_t0145")]
public sealed class M0145 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0145 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(146, "create_t0146")]
public sealed class M0146 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0146 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(147, "create_t0147")]
public sealed class M0147 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0147 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(148, "create_t0148")]
public sealed class M0148 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0148 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(149, "create_t0149")]
public sealed class M0149 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0149 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(150, "create_t0150")]
public sealed class M0150 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0150 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(151, "create_t0151")]
public sealed class M0151 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0151 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(152, "create_t0152")]
public sealed class M0152 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0152 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(153, "create_t0153")]
public sealed class M0153 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0153 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(154, "create_t0154")]
public sealed class M0154 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0154 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(155, "create_t0155")]
public sealed class M0155 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0155 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(156, "create_t0156")]
public sealed class M0156 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0156 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(157, "create_t0157")]
public sealed class M0157 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0157 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(158, "create_t0158")]
public sealed class M0158 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0158 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(159, "create_t0159")]
public sealed class M0159 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0159 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(160, "create_t0160")]
public sealed class M0160 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0160 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(161, "create_t0161")]
public sealed class M0161 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0161 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(162, "create_t0162")]
public sealed class M0162 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0162 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(163, "create_t0163")]
public sealed class M0163 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0163 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(164, "create_t0164")]
public sealed class M0164 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0164 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(165, "create_t0165")]
public sealed class M0165 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0165 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(166, "create_t0166")]
public sealed class M0166 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0166 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(167, "create_t0167")]
public sealed class M0167 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0167 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(168, "create_t0168")]
public sealed class M0168 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0168 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(169, "create_t0169")]
public sealed class M0169 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0169 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(170, "create_t0170")]
public sealed class M0170 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0170 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(171, "create_t0171")]
public sealed class M0171 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0171 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(172, "create_t0172")]
public sealed class M0172 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0172 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(173, "create_t0173")]
public sealed class M0173 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0173 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(174, "create_t0174")]
public sealed class M0174 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0174 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(175, "create_t0175")]
public sealed class M0175 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0175 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(176, "create_t0176")]
public sealed class M0176 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0176 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(177, "create_t0177")]
public sealed class M0177 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0177 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(178, "create_t0178")]
public sealed class M0178 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0178 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(179, "create_t0179")]
public sealed class M0179 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0179 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(180, "create_t0180")]
public sealed class M0180 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0180 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(181, "create_t0181")]
public sealed class M0181 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0181 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(182, "create_t0182")]
public sealed class M0182 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0182 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(183, "create_t0183")]
public sealed class M0183 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0183 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(184, "create_t0184")]
public sealed class M0184 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0184 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(185, "create_t0185")]
public sealed class M0185 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0185 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(186, "create_t0186")]
public sealed class M0186 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0186 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(187, "create_t0187")]
public sealed class M0187 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0187 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(188, "create_t0188")]
public sealed class M0188 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0188 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(189, "create_t0189")]
public sealed class M0189 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0189 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(190, "create_t0190")]
public sealed class M0190 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0190 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(191, "create_t0191")]
public sealed class M0191 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0191 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(192, "create_t0192")]
public sealed class M0192 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0192 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(193, "create_t0193")]
public sealed class M0193 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0193 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(194, "create_t0194")]
public sealed class M0194 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0194 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(195, "create_t0195")]
public sealed class M0195 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0195 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(196, "create_t0196")]
public sealed class M0196 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0196 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(197, "create_t0197")]
public sealed class M0197 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0197 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(198, "create_t0198")]
public sealed class M0198 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0198 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(199, "create_t0199")]
public sealed class M0199 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0199 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(200, "create_t0200")]
public sealed class M0200 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0200 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(201, "create_t0201")]
public sealed class M0201 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0201 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(202, "create_t0202")]
public sealed class M0202 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0202 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(203, "create_t0203")]
public sealed class M0203 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0203 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(204, "create_t0204")]
public sealed class M0204 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0204 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(205, "create_t0205")]
public sealed class M0205 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0205 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(206, "create_t0206")]
public sealed class M0206 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0206 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(207, "create_t0207")]
public sealed class M0207 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0207 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(208, "create_t0208")]
public sealed class M0208 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0208 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(209, "create_t0209")]
public sealed class M0209 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0209 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(210, "create_t0210")]
public sealed class M0210 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0210 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(211, "create_t0211")]
public sealed class M0211 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0211 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(212, "create_t0212")]
public sealed class M0212 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0212 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(213, "create_t0213")]
public sealed class M0213 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0213 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(214, "create_t0214")]
public sealed class M0214 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0214 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(215, "create_t0215")]
public sealed class M0215 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0215 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(216, "create_t0216")]
public sealed class M0216 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0216 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(217, "create_t0217")]
public sealed class M0217 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0217 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(218, "create_t0218")]
public sealed class M0218 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0218 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(219, "create_t0219")]
public sealed class M0219 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0219 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(220, "create_t0220")]
public sealed class M0220 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0220 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(221, "create_t0221")]
public sealed class M0221 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0221 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(222, "create_t0222")]
public sealed class M0222 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0222 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(223, "create_t0223")]
public sealed class M0223 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0223 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(224, "create_t0224")]
public sealed class M0224 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0224 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(225, "create_t0225")]
public sealed class M0225 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0225 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(226, "create_t0226")]
public sealed class M0226 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0226 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(227, "create_t0227")]
public sealed class M0227 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0227 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(228, "create_t0228")]
public sealed class M0228 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0228 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(229, "create_t0229")]
public sealed class M0229 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0229 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(230, "create_t0230")]
public sealed class M0230 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0230 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(231, "create_t0231")]
public sealed class M0231 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0231 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(232, "create_t0232")]
public sealed class M0232 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0232 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(233, "create_t0233")]
public sealed class M0233 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0233 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(234, "create_t0234")]
public sealed class M0234 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0234 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(235, "create_t0235")]
public sealed class M0235 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0235 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(236, "create_t0236")]
public sealed class M0236 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0236 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(237, "create_t0237")]
public sealed class M0237 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0237 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(238, "create_t0238")]
public sealed class M0238 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0238 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(239, "create_t0239")]
public sealed class M0239 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0239 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(240, "create_t0240")]
public sealed class M0240 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0240 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(241, "create_t0241")]
public sealed class M0241 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0241 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(242, "create_t0242")]
public sealed class M0242 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0242 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(243, "create_t0243")]
public sealed class M0243 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0243 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(244, "create_t0244")]
public sealed class M0244 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0244 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(245, "create_t0245")]
public sealed class M0245 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0245 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(246, "create_t0246")]
public sealed class M0246 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0246 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(247, "create_t0247")]
public sealed class M0247 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0247 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(248, "create_t0248")]
public sealed class M0248 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0248 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(249, "create_t0249")]
public sealed class M0249 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0249 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(250, "create_t0250")]
public sealed class M0250 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0250 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(251, "create_t0251")]
public sealed class M0251 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0251 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(252, "create_t0252")]
public sealed class M0252 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0252 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(253, "create_t0253")]
public sealed class M0253 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0253 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(254, "create_t0254")]
public sealed class M0254 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0254 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(255, "create_t0255")]
public sealed class M0255 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0255 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(256, "create_t0256")]
public sealed class M0256 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0256 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(257, "create_t0257")]
public sealed class M0257 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0257 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(258, "create_t0258")]
public sealed class M0258 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0258 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(259, "create_t0259")]
public sealed class M0259 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0259 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(260, "create_t0260")]
public sealed class M0260 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0260 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(261, "create_t0261")]
public sealed class M0261 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0261 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(262, "create_t0262")]
public sealed class M0262 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0262 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(263, "create_t0263")]
public sealed class M0263 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0263 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(264, "create_t0264")]
public sealed class M0264 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0264 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(265, "create_t0265")]
public sealed class M0265 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0265 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(266, "create_t0266")]
public sealed class M0266 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0266 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(267, "create_t0267")]
public sealed class M0267 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0267 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(268, "create_t0268")]
public sealed class M0268 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0268 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(269, "create_t0269")]
public sealed class M0269 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0269 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(270, "create_t0270")]
public sealed class M0270 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0270 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(271, "create_t0271")]
public sealed class M0271 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0271 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(272, "create_t0272")]
public sealed class M0272 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0272 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(273, "create_t0273")]
public sealed class M0273 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0273 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(274, "create_t0274")]
public sealed class M0274 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0274 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(275, "create_t0275")]
public sealed class M0275 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0275 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(276, "create_t0276")]
public sealed class M0276 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0276 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(277, "create_t0277")]
public sealed class M0277 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0277 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(278, "create_t0278")]
public sealed class M0278 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0278 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(279, "create_t0279")]
public sealed class M0279 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0279 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(280, "create_t0280")]
public sealed class M0280 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0280 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(281, "create_t0281")]
public sealed class M0281 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0281 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(282, "create_t0282")]
public sealed class M0282 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0282 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(283, "create_t0283")]
public sealed class M0283 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0283 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(284, "create_t0284")]
public sealed class M0284 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0284 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(285, "create_t0285")]
public sealed class M0285 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0285 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(286, "create_t0286")]
public sealed class M0286 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0286 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(287, "create_t0287")]
public sealed class M0287 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0287 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(288, "create_t0288")]
public sealed class M0288 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0288 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(289, "create_t0289")]
public sealed class M0289 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0289 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(290, "create_t0290")]
public sealed class M0290 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0290 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(291, "create_t0291")]
public sealed class M0291 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0291 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(292, "create_t0292")]
public sealed class M0292 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0292 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(293, "create_t0293")]
public sealed class M0293 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0293 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(294, "create_t0294")]
public sealed class M0294 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0294 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(295, "create_t0295")]
public sealed class M0295 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0295 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(296, "create_t0296")]
public sealed class M0296 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0296 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(297, "create_t0297")]
public sealed class M0297 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0297 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(298, "create_t0298")]
public sealed class M0298 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0298 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(299, "create_t0299")]
public sealed class M0299 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0299 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(300, "create_t0300")]
public sealed class M0300 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0300 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(301, "create_t0301")]
public sealed class M0301 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0301 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(302, "create_t0302")]
public sealed class M0302 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0302 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(303, "create_t0303")]
public sealed class M0303 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0303 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(304, "create_t0304")]
public sealed class M0304 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0304 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(305, "create_t0305")]
public sealed class M0305 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0305 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(306, "create_t0306")]
public sealed class M0306 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0306 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(307, "create_t0307")]
public sealed class M0307 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0307 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(308, "create_t0308")]
public sealed class M0308 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0308 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(309, "create_t0309")]
public sealed class M0309 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0309 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(310, "create_t0310")]
public sealed class M0310 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0310 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(311, "create_t0311")]
public sealed class M0311 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0311 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(312, "create_t0312")]
public sealed class M0312 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0312 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(313, "create_t0313")]
public sealed class M0313 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0313 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(314, "create_t0314")]
public sealed class M0314 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0314 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(315, "create_t0315")]
public sealed class M0315 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0315 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(316, "create_t0316")]
public sealed class M0316 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0316 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(317, "create_t0317")]
public sealed class M0317 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0317 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(318, "create_t0318")]
public sealed class M0318 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0318 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(319, "create_t0319")]
public sealed class M0319 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0319 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(320, "create_t0320")]
public sealed class M0320 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0320 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(321, "create_t0321")]
public sealed class M0321 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0321 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(322, "create_t0322")]
public sealed class M0322 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0322 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(323, "create_t0323")]
public sealed class M0323 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0323 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(324, "create_t0324")]
public sealed class M0324 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0324 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(325, "create_t0325")]
public sealed class M0325 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0325 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(326, "create_t0326")]
public sealed class M0326 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0326 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(327, "create_t0327")]
public sealed class M0327 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0327 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(328, "create_t0328")]
public sealed class M0328 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0328 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(329, "create_t0329")]
public sealed class M0329 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0329 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(330, "create_t0330")]
public sealed class M0330 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0330 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(331, "create_t0331")]
public sealed class M0331 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0331 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(332, "create_t0332")]
public sealed class M0332 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0332 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(333, "create_t0333")]
public sealed class M0333 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0333 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(334, "create_t0334")]
public sealed class M0334 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0334 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(335, "create_t0335")]
public sealed class M0335 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0335 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(336, "create_t0336")]
public sealed class M0336 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0336 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(337, "create_t0337")]
public sealed class M0337 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0337 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(338, "create_t0338")]
public sealed class M0338 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0338 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(339, "create_t0339")]
public sealed class M0339 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0339 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(340, "create_t0340")]
public sealed class M0340 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0340 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(341, "create_t0341")]
public sealed class M0341 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0341 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(342, "create_t0342")]
public sealed class M0342 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0342 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(343, "create_t0343")]
public sealed class M0343 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0343 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(344, "create_t0344")]
public sealed class M0344 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0344 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(345, "create_t0345")]
public sealed class M0345 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0345 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(346, "create_t0346")]
public sealed class M0346 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0346 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(347, "create_t0347")]
public sealed class M0347 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0347 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(348, "create_t0348")]
public sealed class M0348 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0348 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(349, "create_t0349")]
public sealed class M0349 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0349 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(350, "create_t0350")]
public sealed class M0350 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0350 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(351, "create_t0351")]
public sealed class M0351 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0351 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(352, "create_t0352")]
public sealed class M0352 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0352 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(353, "create_t0353")]
public sealed class M0353 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0353 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(354, "create_t0354")]
public sealed class M0354 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0354 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(355, "create_t0355")]
public sealed class M0355 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0355 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(356, "create_t0356")]
public sealed class M0356 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0356 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(357, "create_t0357")]
public sealed class M0357 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0357 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(358, "create_t0358")]
public sealed class M0358 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0358 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(359, "create_t0359")]
public sealed class M0359 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0359 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(360, "create_t0360")]
public sealed class M0360 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0360 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(361, "create_t0361")]
public sealed class M0361 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0361 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(362, "create_t0362")]
public sealed class M0362 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0362 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(363, "create_t0363")]
public sealed class M0363 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0363 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(364, "create_t0364")]
public sealed class M0364 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0364 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(365, "create_t0365")]
public sealed class M0365 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0365 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(366, "create_t0366")]
public sealed class M0366 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0366 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(367, "create_t0367")]
public sealed class M0367 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0367 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(368, "create_t0368")]
public sealed class M0368 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0368 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(369, "create_t0369")]
public sealed class M0369 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0369 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(370, "create_t0370")]
public sealed class M0370 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0370 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(371, "create_t0371")]
public sealed class M0371 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0371 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(372, "create_t0372")]
public sealed class M0372 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0372 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(373, "create_t0373")]
public sealed class M0373 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0373 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(374, "create_t0374")]
public sealed class M0374 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0374 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(375, "create_t0375")]
public sealed class M0375 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0375 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(376, "create_t0376")]
public sealed class M0376 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0376 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(377, "create_t0377")]
public sealed class M0377 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0377 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(378, "create_t0378")]
public sealed class M0378 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0378 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(379, "create_t0379")]
public sealed class M0379 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0379 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(380, "create_t0380")]
public sealed class M0380 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0380 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(381, "create_t0381")]
public sealed class M0381 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0381 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(382, "create_t0382")]
public sealed class M0382 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0382 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(383, "create_t0383")]
public sealed class M0383 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0383 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(384, "create_t0384")]
public sealed class M0384 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0384 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(385, "create_t0385")]
public sealed class M0385 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0385 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(386, "create_t0386")]
public sealed class M0386 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0386 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(387, "create_t0387")]
public sealed class M0387 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0387 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(388, "create_t0388")]
public sealed class M0388 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0388 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(389, "create_t0389")]
public sealed class M0389 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0389 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(390, "create_t0390")]
public sealed class M0390 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0390 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(391, "create_t0391")]
public sealed class M0391 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0391 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(392, "create_t0392")]
public sealed class M0392 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0392 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(393, "create_t0393")]
public sealed class M0393 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0393 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(394, "create_t0394")]
public sealed class M0394 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0394 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(395, "create_t0395")]
public sealed class M0395 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0395 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(396, "create_t0396")]
public sealed class M0396 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0396 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(397, "create_t0397")]
public sealed class M0397 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0397 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(398, "create_t0398")]
public sealed class M0398 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0398 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(399, "create_t0399")]
public sealed class M0399 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0399 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(400, "create_t0400")]
public sealed class M0400 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0400 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(401, "create_t0401")]
public sealed class M0401 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0401 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(402, "create_t0402")]
public sealed class M0402 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0402 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(403, "create_t0403")]
public sealed class M0403 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0403 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(404, "create_t0404")]
public sealed class M0404 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0404 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(405, "create_t0405")]
public sealed class M0405 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0405 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(406, "create_t0406")]
public sealed class M0406 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0406 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(407, "create_t0407")]
public sealed class M0407 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0407 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(408, "create_t0408")]
public sealed class M0408 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0408 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(409, "create_t0409")]
public sealed class M0409 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0409 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(410, "create_t0410")]
public sealed class M0410 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0410 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(411, "create_t0411")]
public sealed class M0411 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0411 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(412, "create_t0412")]
public sealed class M0412 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0412 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(413, "create_t0413")]
public sealed class M0413 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0413 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(414, "create_t0414")]
public sealed class M0414 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0414 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(415, "create_t0415")]
public sealed class M0415 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0415 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(416, "create_t0416")]
public sealed class M0416 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0416 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(417, "create_t0417")]
public sealed class M0417 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0417 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(418, "create_t0418")]
public sealed class M0418 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0418 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(419, "create_t0419")]
public sealed class M0419 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0419 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(420, "create_t0420")]
public sealed class M0420 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0420 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(421, "create_t0421")]
public sealed class M0421 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0421 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(422, "create_t0422")]
public sealed class M0422 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0422 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(423, "create_t0423")]
public sealed class M0423 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0423 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(424, "create_t0424")]
public sealed class M0424 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0424 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(425, "create_t0425")]
public sealed class M0425 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0425 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(426, "create_t0426")]
public sealed class M0426 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0426 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(427, "create_t0427")]
public sealed class M0427 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0427 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(428, "create_t0428")]
public sealed class M0428 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0428 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(429, "create_t0429")]
public sealed class M0429 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0429 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(430, "create_t0430")]
public sealed class M0430 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0430 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(431, "create_t0431")]
public sealed class M0431 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0431 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(432, "create_t0432")]
public sealed class M0432 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0432 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(433, "create_t0433")]
public sealed class M0433 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0433 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(434, "create_t0434")]
public sealed class M0434 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0434 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(435, "create_t0435")]
public sealed class M0435 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0435 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(436, "create_t0436")]
public sealed class M0436 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0436 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(437, "create_t0437")]
public sealed class M0437 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0437 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(438, "create_t0438")]
public sealed class M0438 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0438 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(439, "create_t0439")]
public sealed class M0439 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0439 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(440, "create_t0440")]
public sealed class M0440 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0440 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(441, "create_t0441")]
public sealed class M0441 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0441 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(442, "create_t0442")]
public sealed class M0442 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0442 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(443, "create_t0443")]
public sealed class M0443 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0443 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(444, "create_t0444")]
public sealed class M0444 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0444 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(445, "create_t0445")]
public sealed class M0445 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0445 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(446, "create_t0446")]
public sealed class M0446 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0446 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(447, "create_t0447")]
public sealed class M0447 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0447 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(448, "create_t0448")]
public sealed class M0448 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0448 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(449, "create_t0449")]
public sealed class M0449 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0449 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(450, "create_t0450")]
public sealed class M0450 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0450 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(451, "create_t0451")]
public sealed class M0451 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0451 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(452, "create_t0452")]
public sealed class M0452 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0452 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(453, "create_t0453")]
public sealed class M0453 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0453 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(454, "create_t0454")]
public sealed class M0454 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0454 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(455, "create_t0455")]
public sealed class M0455 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0455 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(456, "create_t0456")]
public sealed class M0456 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0456 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(457, "create_t0457")]
public sealed class M0457 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0457 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(458, "create_t0458")]
public sealed class M0458 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0458 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(459, "create_t0459")]
public sealed class M0459 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0459 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(460, "create_t0460")]
public sealed class M0460 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0460 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(461, "create_t0461")]
public sealed class M0461 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0461 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(462, "create_t0462")]
public sealed class M0462 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0462 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(463, "create_t0463")]
public sealed class M0463 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0463 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(464, "create_t0464")]
public sealed class M0464 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0464 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(465, "create_t0465")]
public sealed class M0465 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0465 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(466, "create_t0466")]
public sealed class M0466 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0466 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(467, "create_t0467")]
public sealed class M0467 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0467 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(468, "create_t0468")]
public sealed class M0468 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0468 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(469, "create_t0469")]
public sealed class M0469 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0469 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(470, "create_t0470")]
public sealed class M0470 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0470 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(471, "create_t0471")]
public sealed class M0471 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0471 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(472, "create_t0472")]
public sealed class M0472 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0472 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(473, "create_t0473")]
public sealed class M0473 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0473 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(474, "create_t0474")]
public sealed class M0474 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0474 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(475, "create_t0475")]
public sealed class M0475 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0475 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(476, "create_t0476")]
public sealed class M0476 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0476 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(477, "create_t0477")]
public sealed class M0477 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0477 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(478, "create_t0478")]
public sealed class M0478 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0478 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(479, "create_t0479")]
public sealed class M0479 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0479 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(480, "create_t0480")]
public sealed class M0480 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0480 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(481, "create_t0481")]
public sealed class M0481 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0481 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(482, "create_t0482")]
public sealed class M0482 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0482 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(483, "create_t0483")]
public sealed class M0483 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0483 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(484, "create_t0484")]
public sealed class M0484 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0484 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(485, "create_t0485")]
public sealed class M0485 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0485 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(486, "create_t0486")]
public sealed class M0486 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0486 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(487, "create_t0487")]
public sealed class M0487 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0487 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(488, "create_t0488")]
public sealed class M0488 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0488 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(489, "create_t0489")]
public sealed class M0489 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0489 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(490, "create_t0490")]
public sealed class M0490 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0490 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(491, "create_t0491")]
public sealed class M0491 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0491 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(492, "create_t0492")]
public sealed class M0492 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0492 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(493, "create_t0493")]
public sealed class M0493 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0493 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(494, "create_t0494")]
public sealed class M0494 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0494 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(495, "create_t0495")]
public sealed class M0495 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0495 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(496, "create_t0496")]
public sealed class M0496 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0496 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(497, "create_t0497")]
public sealed class M0497 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0497 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(498, "create_t0498")]
public sealed class M0498 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0498 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(499, "create_t0499")]
public sealed class M0499 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0499 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(500, "create_t0500")]
public sealed class M0500 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0500 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(501, "create_t0501")]
public sealed class M0501 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0501 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(502, "create_t0502")]
public sealed class M0502 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0502 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(503, "create_t0503")]
public sealed class M0503 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0503 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(504, "create_t0504")]
public sealed class M0504 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0504 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(505, "create_t0505")]
public sealed class M0505 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0505 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(506, "create_t0506")]
public sealed class M0506 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0506 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(507, "create_t0507")]
public sealed class M0507 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0507 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(508, "create_t0508")]
public sealed class M0508 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0508 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(509, "create_t0509")]
public sealed class M0509 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0509 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(510, "create_t0510")]
public sealed class M0510 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0510 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(511, "create_t0511")]
public sealed class M0511 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0511 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(512, "create_t0512")]
public sealed class M0512 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0512 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(513, "create_t0513")]
public sealed class M0513 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0513 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(514, "create_t0514")]
public sealed class M0514 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0514 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(515, "create_t0515")]
public sealed class M0515 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0515 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(516, "create_t0516")]
public sealed class M0516 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0516 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(517, "create_t0517")]
public sealed class M0517 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0517 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(518, "create_t0518")]
public sealed class M0518 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0518 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(519, "create_t0519")]
public sealed class M0519 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0519 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(520, "create_t0520")]
public sealed class M0520 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0520 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(521, "create_t0521")]
public sealed class M0521 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0521 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(522, "create_t0522")]
public sealed class M0522 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0522 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(523, "create_t0523")]
public sealed class M0523 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0523 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(524, "create_t0524")]
public sealed class M0524 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0524 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(525, "create_t0525")]
public sealed class M0525 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0525 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(526, "create_t0526")]
public sealed class M0526 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0526 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(527, "create_t0527")]
public sealed class M0527 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0527 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(528, "create_t0528")]
public sealed class M0528 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0528 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(529, "create_t0529")]
public sealed class M0529 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0529 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(530, "create_t0530")]
public sealed class M0530 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0530 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(531, "create_t0531")]
public sealed class M0531 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0531 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(532, "create_t0532")]
public sealed class M0532 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0532 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(533, "create_t0533")]
public sealed class M0533 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0533 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(534, "create_t0534")]
public sealed class M0534 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0534 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(535, "create_t0535")]
public sealed class M0535 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0535 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(536, "create_t0536")]
public sealed class M0536 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0536 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(537, "create_t0537")]
public sealed class M0537 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0537 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(538, "create_t0538")]
public sealed class M0538 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0538 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(539, "create_t0539")]
public sealed class M0539 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0539 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(540, "create_t0540")]
public sealed class M0540 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0540 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(541, "create_t0541")]
public sealed class M0541 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0541 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(542, "create_t0542")]
public sealed class M0542 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0542 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(543, "create_t0543")]
public sealed class M0543 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0543 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(544, "create_t0544")]
public sealed class M0544 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0544 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(545, "create_t0545")]
public sealed class M0545 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0545 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(546, "create_t0546")]
public sealed class M0546 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0546 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(547, "create_t0547")]
public sealed class M0547 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0547 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(548, "create_t0548")]
public sealed class M0548 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0548 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(549, "create_t0549")]
public sealed class M0549 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0549 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(550, "create_t0550")]
public sealed class M0550 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0550 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(551, "create_t0551")]
public sealed class M0551 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0551 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(552, "create_t0552")]
public sealed class M0552 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0552 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(553, "create_t0553")]
public sealed class M0553 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0553 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(554, "create_t0554")]
public sealed class M0554 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0554 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(555, "create_t0555")]
public sealed class M0555 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0555 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(556, "create_t0556")]
public sealed class M0556 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0556 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(557, "create_t0557")]
public sealed class M0557 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0557 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(558, "create_t0558")]
public sealed class M0558 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0558 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(559, "create_t0559")]
public sealed class M0559 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0559 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(560, "create_t0560")]
public sealed class M0560 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0560 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(561, "create_t0561")]
public sealed class M0561 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0561 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(562, "create_t0562")]
public sealed class M0562 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0562 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(563, "create_t0563")]
public sealed class M0563 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0563 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(564, "create_t0564")]
public sealed class M0564 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0564 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(565, "create_t0565")]
public sealed class M0565 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0565 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(566, "create_t0566")]
public sealed class M0566 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0566 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(567, "create_t0567")]
public sealed class M0567 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0567 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(568, "create_t0568")]
public sealed class M0568 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0568 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(569, "create_t0569")]
public sealed class M0569 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0569 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(570, "create_t0570")]
public sealed class M0570 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0570 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(571, "create_t0571")]
public sealed class M0571 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0571 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(572, "create_t0572")]
public sealed class M0572 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0572 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(573, "create_t0573")]
public sealed class M0573 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0573 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(574, "create_t0574")]
public sealed class M0574 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0574 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(575, "create_t0575")]
public sealed class M0575 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0575 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(576, "create_t0576")]
public sealed class M0576 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0576 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(577, "create_t0577")]
public sealed class M0577 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0577 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(578, "create_t0578")]
public sealed class M0578 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0578 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(579, "create_t0579")]
public sealed class M0579 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0579 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(580, "create_t0580")]
public sealed class M0580 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0580 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(581, "create_t0581")]
public sealed class M0581 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0581 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(582, "create_t0582")]
public sealed class M0582 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0582 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(583, "create_t0583")]
public sealed class M0583 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0583 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(584, "create_t0584")]
public sealed class M0584 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0584 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(585, "create_t0585")]
public sealed class M0585 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0585 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(586, "create_t0586")]
public sealed class M0586 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0586 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(587, "create_t0587")]
public sealed class M0587 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0587 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(588, "create_t0588")]
public sealed class M0588 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0588 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(589, "create_t0589")]
public sealed class M0589 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0589 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(590, "create_t0590")]
public sealed class M0590 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0590 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(591, "create_t0591")]
public sealed class M0591 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0591 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(592, "create_t0592")]
public sealed class M0592 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0592 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(593, "create_t0593")]
public sealed class M0593 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0593 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(594, "create_t0594")]
public sealed class M0594 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0594 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(595, "create_t0595")]
public sealed class M0595 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0595 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(596, "create_t0596")]
public sealed class M0596 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0596 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(597, "create_t0597")]
public sealed class M0597 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0597 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(598, "create_t0598")]
public sealed class M0598 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0598 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(599, "create_t0599")]
public sealed class M0599 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0599 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(600, "create_t0600")]
public sealed class M0600 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0600 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(601, "create_t0601")]
public sealed class M0601 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0601 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(602, "create_t0602")]
public sealed class M0602 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0602 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(603, "create_t0603")]
public sealed class M0603 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0603 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(604, "create_t0604")]
public sealed class M0604 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0604 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(605, "create_t0605")]
public sealed class M0605 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0605 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(606, "create_t0606")]
public sealed class M0606 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0606 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(607, "create_t0607")]
public sealed class M0607 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0607 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(608, "create_t0608")]
public sealed class M0608 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0608 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(609, "create_t0609")]
public sealed class M0609 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0609 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(610, "create_t0610")]
public sealed class M0610 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0610 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(611, "create_t0611")]
public sealed class M0611 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0611 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(612, "create_t0612")]
public sealed class M0612 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0612 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(613, "create_t0613")]
public sealed class M0613 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0613 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(614, "create_t0614")]
public sealed class M0614 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0614 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(615, "create_t0615")]
public sealed class M0615 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0615 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(616, "create_t0616")]
public sealed class M0616 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0616 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(617, "create_t0617")]
public sealed class M0617 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0617 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(618, "create_t0618")]
public sealed class M0618 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0618 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(619, "create_t0619")]
public sealed class M0619 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0619 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(620, "create_t0620")]
public sealed class M0620 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0620 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(621, "create_t0621")]
public sealed class M0621 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0621 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(622, "create_t0622")]
public sealed class M0622 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0622 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(623, "create_t0623")]
public sealed class M0623 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0623 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(624, "create_t0624")]
public sealed class M0624 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0624 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(625, "create_t0625")]
public sealed class M0625 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0625 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(626, "create_t0626")]
public sealed class M0626 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0626 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(627, "create_t0627")]
public sealed class M0627 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0627 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(628, "create_t0628")]
public sealed class M0628 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0628 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(629, "create_t0629")]
public sealed class M0629 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0629 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(630, "create_t0630")]
public sealed class M0630 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0630 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(631, "create_t0631")]
public sealed class M0631 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0631 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(632, "create_t0632")]
public sealed class M0632 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0632 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(633, "create_t0633")]
public sealed class M0633 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0633 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(634, "create_t0634")]
public sealed class M0634 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0634 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(635, "create_t0635")]
public sealed class M0635 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0635 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(636, "create_t0636")]
public sealed class M0636 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0636 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(637, "create_t0637")]
public sealed class M0637 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0637 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(638, "create_t0638")]
public sealed class M0638 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0638 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(639, "create_t0639")]
public sealed class M0639 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0639 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(640, "create_t0640")]
public sealed class M0640 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0640 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(641, "create_t0641")]
public sealed class M0641 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0641 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(642, "create_t0642")]
public sealed class M0642 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0642 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(643, "create_t0643")]
public sealed class M0643 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0643 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(644, "create_t0644")]
public sealed class M0644 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0644 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(645, "create_t0645")]
public sealed class M0645 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0645 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(646, "create_t0646")]
public sealed class M0646 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0646 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(647, "create_t0647")]
public sealed class M0647 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0647 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(648, "create_t0648")]
public sealed class M0648 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0648 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(649, "create_t0649")]
public sealed class M0649 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0649 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(650, "create_t0650")]
public sealed class M0650 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0650 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(651, "create_t0651")]
public sealed class M0651 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0651 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(652, "create_t0652")]
public sealed class M0652 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0652 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(653, "create_t0653")]
public sealed class M0653 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0653 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(654, "create_t0654")]
public sealed class M0654 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0654 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(655, "create_t0655")]
public sealed class M0655 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0655 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(656, "create_t0656")]
public sealed class M0656 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0656 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(657, "create_t0657")]
public sealed class M0657 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0657 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(658, "create_t0658")]
public sealed class M0658 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0658 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(659, "create_t0659")]
public sealed class M0659 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0659 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(660, "create_t0660")]
public sealed class M0660 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0660 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(661, "create_t0661")]
public sealed class M0661 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0661 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(662, "create_t0662")]
public sealed class M0662 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0662 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(663, "create_t0663")]
public sealed class M0663 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0663 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(664, "create_t0664")]
public sealed class M0664 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0664 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(665, "create_t0665")]
public sealed class M0665 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0665 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(666, "create_t0666")]
public sealed class M0666 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0666 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(667, "create_t0667")]
public sealed class M0667 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0667 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(668, "create_t0668")]
public sealed class M0668 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0668 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(669, "create_t0669")]
public sealed class M0669 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0669 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(670, "create_t0670")]
public sealed class M0670 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0670 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(671, "create_t0671")]
public sealed class M0671 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0671 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(672, "create_t0672")]
public sealed class M0672 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0672 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(673, "create_t0673")]
public sealed class M0673 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0673 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(674, "create_t0674")]
public sealed class M0674 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0674 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(675, "create_t0675")]
public sealed class M0675 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0675 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(676, "create_t0676")]
public sealed class M0676 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0676 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(677, "create_t0677")]
public sealed class M0677 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0677 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(678, "create_t0678")]
public sealed class M0678 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0678 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(679, "create_t0679")]
public sealed class M0679 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0679 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(680, "create_t0680")]
public sealed class M0680 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0680 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(681, "create_t0681")]
public sealed class M0681 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0681 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(682, "create_t0682")]
public sealed class M0682 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0682 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(683, "create_t0683")]
public sealed class M0683 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0683 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(684, "create_t0684")]
public sealed class M0684 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0684 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(685, "create_t0685")]
public sealed class M0685 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0685 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(686, "create_t0686")]
public sealed class M0686 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0686 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(687, "create_t0687")]
public sealed class M0687 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0687 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(688, "create_t0688")]
public sealed class M0688 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0688 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(689, "create_t0689")]
public sealed class M0689 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0689 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(690, "create_t0690")]
public sealed class M0690 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0690 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(691, "create_t0691")]
public sealed class M0691 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0691 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(692, "create_t0692")]
public sealed class M0692 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0692 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(693, "create_t0693")]
public sealed class M0693 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0693 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(694, "create_t0694")]
public sealed class M0694 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0694 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(695, "create_t0695")]
public sealed class M0695 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0695 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(696, "create_t0696")]
public sealed class M0696 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0696 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(697, "create_t0697")]
public sealed class M0697 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0697 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(698, "create_t0698")]
public sealed class M0698 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0698 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(699, "create_t0699")]
public sealed class M0699 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0699 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(700, "create_t0700")]
public sealed class M0700 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0700 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(701, "create_t0701")]
public sealed class M0701 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0701 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(702, "create_t0702")]
public sealed class M0702 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0702 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(703, "create_t0703")]
public sealed class M0703 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0703 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(704, "create_t0704")]
public sealed class M0704 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0704 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(705, "create_t0705")]
public sealed class M0705 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0705 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(706, "create_t0706")]
public sealed class M0706 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0706 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(707, "create_t0707")]
public sealed class M0707 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0707 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(708, "create_t0708")]
public sealed class M0708 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0708 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(709, "create_t0709")]
public sealed class M0709 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0709 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(710, "create_t0710")]
public sealed class M0710 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0710 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(711, "create_t0711")]
public sealed class M0711 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0711 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(712, "create_t0712")]
public sealed class M0712 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0712 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(713, "create_t0713")]
public sealed class M0713 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0713 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(714, "create_t0714")]
public sealed class M0714 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0714 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(715, "create_t0715")]
public sealed class M0715 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0715 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(716, "create_t0716")]
public sealed class M0716 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0716 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(717, "create_t0717")]
public sealed class M0717 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0717 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(718, "create_t0718")]
public sealed class M0718 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0718 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(719, "create_t0719")]
public sealed class M0719 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0719 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(720, "create_t0720")]
public sealed class M0720 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0720 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(721, "create_t0721")]
public sealed class M0721 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0721 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(722, "create_t0722")]
public sealed class M0722 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0722 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(723, "create_t0723")]
public sealed class M0723 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0723 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(724, "create_t0724")]
public sealed class M0724 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0724 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(725, "create_t0725")]
public sealed class M0725 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0725 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(726, "create_t0726")]
public sealed class M0726 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0726 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(727, "create_t0727")]
public sealed class M0727 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0727 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(728, "create_t0728")]
public sealed class M0728 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0728 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(729, "create_t0729")]
public sealed class M0729 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0729 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(730, "create_t0730")]
public sealed class M0730 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0730 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(731, "create_t0731")]
public sealed class M0731 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0731 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(732, "create_t0732")]
public sealed class M0732 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0732 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(733, "create_t0733")]
public sealed class M0733 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0733 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(734, "create_t0734")]
public sealed class M0734 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0734 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(735, "create_t0735")]
public sealed class M0735 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0735 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(736, "create_t0736")]
public sealed class M0736 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0736 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(737, "create_t0737")]
public sealed class M0737 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0737 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(738, "create_t0738")]
public sealed class M0738 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0738 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(739, "create_t0739")]
public sealed class M0739 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0739 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(740, "create_t0740")]
public sealed class M0740 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0740 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(741, "create_t0741")]
public sealed class M0741 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0741 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(742, "create_t0742")]
public sealed class M0742 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0742 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(743, "create_t0743")]
public sealed class M0743 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0743 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(744, "create_t0744")]
public sealed class M0744 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0744 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(745, "create_t0745")]
public sealed class M0745 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0745 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(746, "create_t0746")]
public sealed class M0746 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0746 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(747, "create_t0747")]
public sealed class M0747 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0747 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(748, "create_t0748")]
public sealed class M0748 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0748 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(749, "create_t0749")]
public sealed class M0749 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0749 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(750, "create_t0750")]
public sealed class M0750 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0750 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(751, "create_t0751")]
public sealed class M0751 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0751 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(752, "create_t0752")]
public sealed class M0752 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0752 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(753, "create_t0753")]
public sealed class M0753 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0753 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(754, "create_t0754")]
public sealed class M0754 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0754 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(755, "create_t0755")]
public sealed class M0755 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0755 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(756, "create_t0756")]
public sealed class M0756 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0756 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(757, "create_t0757")]
public sealed class M0757 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0757 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(758, "create_t0758")]
public sealed class M0758 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0758 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(759, "create_t0759")]
public sealed class M0759 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0759 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(760, "create_t0760")]
public sealed class M0760 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0760 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(761, "create_t0761")]
public sealed class M0761 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0761 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(762, "create_t0762")]
public sealed class M0762 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0762 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(763, "create_t0763")]
public sealed class M0763 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0763 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(764, "create_t0764")]
public sealed class M0764 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0764 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(765, "create_t0765")]
public sealed class M0765 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0765 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(766, "create_t0766")]
public sealed class M0766 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0766 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(767, "create_t0767")]
public sealed class M0767 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0767 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(768, "create_t0768")]
public sealed class M0768 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0768 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(769, "create_t0769")]
public sealed class M0769 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0769 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(770, "create_t0770")]
public sealed class M0770 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0770 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(771, "create_t0771")]
public sealed class M0771 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0771 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(772, "create_t0772")]
public sealed class M0772 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0772 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(773, "create_t0773")]
public sealed class M0773 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0773 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(774, "create_t0774")]
public sealed class M0774 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0774 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(775, "create_t0775")]
public sealed class M0775 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0775 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(776, "create_t0776")]
public sealed class M0776 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0776 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(777, "create_t0777")]
public sealed class M0777 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0777 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(778, "create_t0778")]
public sealed class M0778 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0778 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(779, "create_t0779")]
public sealed class M0779 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0779 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(780, "create_t0780")]
public sealed class M0780 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0780 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(781, "create_t0781")]
public sealed class M0781 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0781 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(782, "create_t0782")]
public sealed class M0782 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0782 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(783, "create_t0783")]
public sealed class M0783 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0783 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(784, "create_t0784")]
public sealed class M0784 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0784 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(785, "create_t0785")]
public sealed class M0785 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0785 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(786, "create_t0786")]
public sealed class M0786 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0786 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(787, "create_t0787")]
public sealed class M0787 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0787 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(788, "create_t0788")]
public sealed class M0788 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0788 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(789, "create_t0789")]
public sealed class M0789 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0789 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(790, "create_t0790")]
public sealed class M0790 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0790 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(791, "create_t0791")]
public sealed class M0791 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0791 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(792, "create_t0792")]
public sealed class M0792 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0792 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(793, "create_t0793")]
public sealed class M0793 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0793 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(794, "create_t0794")]
public sealed class M0794 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0794 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(795, "create_t0795")]
public sealed class M0795 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0795 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(796, "create_t0796")]
public sealed class M0796 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0796 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(797, "create_t0797")]
public sealed class M0797 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0797 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(798, "create_t0798")]
public sealed class M0798 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0798 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(799, "create_t0799")]
public sealed class M0799 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0799 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(800, "create_t0800")]
public sealed class M0800 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0800 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(801, "create_t0801")]
public sealed class M0801 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0801 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(802, "create_t0802")]
public sealed class M0802 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0802 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(803, "create_t0803")]
public sealed class M0803 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0803 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(804, "create_t0804")]
public sealed class M0804 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0804 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(805, "create_t0805")]
public sealed class M0805 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0805 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(806, "create_t0806")]
public sealed class M0806 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0806 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(807, "create_t0807")]
public sealed class M0807 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0807 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(808, "create_t0808")]
public sealed class M0808 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0808 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(809, "create_t0809")]
public sealed class M0809 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0809 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(810, "create_t0810")]
public sealed class M0810 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0810 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(811, "create_t0811")]
public sealed class M0811 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0811 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(812, "create_t0812")]
public sealed class M0812 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0812 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(813, "create_t0813")]
public sealed class M0813 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0813 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(814, "create_t0814")]
public sealed class M0814 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0814 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(815, "create_t0815")]
public sealed class M0815 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0815 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(816, "create_t0816")]
public sealed class M0816 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0816 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(817, "create_t0817")]
public sealed class M0817 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0817 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(818, "create_t0818")]
public sealed class M0818 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0818 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(819, "create_t0819")]
public sealed class M0819 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0819 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(820, "create_t0820")]
public sealed class M0820 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0820 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(821, "create_t0821")]
public sealed class M0821 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0821 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(822, "create_t0822")]
public sealed class M0822 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0822 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(823, "create_t0823")]
public sealed class M0823 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0823 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(824, "create_t0824")]
public sealed class M0824 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0824 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(825, "create_t0825")]
public sealed class M0825 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0825 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(826, "create_t0826")]
public sealed class M0826 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0826 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(827, "create_t0827")]
public sealed class M0827 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0827 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(828, "create_t0828")]
public sealed class M0828 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0828 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(829, "create_t0829")]
public sealed class M0829 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0829 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(830, "create_t0830")]
public sealed class M0830 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0830 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(831, "create_t0831")]
public sealed class M0831 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0831 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(832, "create_t0832")]
public sealed class M0832 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0832 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(833, "create_t0833")]
public sealed class M0833 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0833 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(834, "create_t0834")]
public sealed class M0834 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0834 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(835, "create_t0835")]
public sealed class M0835 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0835 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(836, "create_t0836")]
public sealed class M0836 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0836 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(837, "create_t0837")]
public sealed class M0837 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0837 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(838, "create_t0838")]
public sealed class M0838 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0838 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(839, "create_t0839")]
public sealed class M0839 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0839 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(840, "create_t0840")]
public sealed class M0840 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0840 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(841, "create_t0841")]
public sealed class M0841 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0841 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(842, "create_t0842")]
public sealed class M0842 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0842 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(843, "create_t0843")]
public sealed class M0843 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0843 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(844, "create_t0844")]
public sealed class M0844 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0844 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(845, "create_t0845")]
public sealed class M0845 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0845 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(846, "create_t0846")]
public sealed class M0846 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0846 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(847, "create_t0847")]
public sealed class M0847 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0847 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(848, "create_t0848")]
public sealed class M0848 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0848 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(849, "create_t0849")]
public sealed class M0849 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0849 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(850, "create_t0850")]
public sealed class M0850 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0850 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(851, "create_t0851")]
public sealed class M0851 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0851 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(852, "create_t0852")]
public sealed class M0852 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0852 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(853, "create_t0853")]
public sealed class M0853 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0853 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(854, "create_t0854")]
public sealed class M0854 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0854 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(855, "create_t0855")]
public sealed class M0855 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0855 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(856, "create_t0856")]
public sealed class M0856 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0856 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(857, "create_t0857")]
public sealed class M0857 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0857 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(858, "create_t0858")]
public sealed class M0858 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0858 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(859, "create_t0859")]
public sealed class M0859 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0859 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(860, "create_t0860")]
public sealed class M0860 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0860 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(861, "create_t0861")]
public sealed class M0861 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0861 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(862, "create_t0862")]
public sealed class M0862 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0862 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(863, "create_t0863")]
public sealed class M0863 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0863 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(864, "create_t0864")]
public sealed class M0864 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0864 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(865, "create_t0865")]
public sealed class M0865 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0865 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(866, "create_t0866")]
public sealed class M0866 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0866 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(867, "create_t0867")]
public sealed class M0867 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0867 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(868, "create_t0868")]
public sealed class M0868 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0868 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(869, "create_t0869")]
public sealed class M0869 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0869 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(870, "create_t0870")]
public sealed class M0870 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0870 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(871, "create_t0871")]
public sealed class M0871 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0871 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(872, "create_t0872")]
public sealed class M0872 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0872 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(873, "create_t0873")]
public sealed class M0873 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0873 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(874, "create_t0874")]
public sealed class M0874 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0874 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(875, "create_t0875")]
public sealed class M0875 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0875 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(876, "create_t0876")]
public sealed class M0876 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0876 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(877, "create_t0877")]
public sealed class M0877 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0877 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(878, "create_t0878")]
public sealed class M0878 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0878 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(879, "create_t0879")]
public sealed class M0879 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0879 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(880, "create_t0880")]
public sealed class M0880 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0880 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(881, "create_t0881")]
public sealed class M0881 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0881 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(882, "create_t0882")]
public sealed class M0882 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0882 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(883, "create_t0883")]
public sealed class M0883 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0883 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(884, "create_t0884")]
public sealed class M0884 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0884 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(885, "create_t0885")]
public sealed class M0885 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0885 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(886, "create_t0886")]
public sealed class M0886 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0886 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(887, "create_t0887")]
public sealed class M0887 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0887 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(888, "create_t0888")]
public sealed class M0888 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0888 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(889, "create_t0889")]
public sealed class M0889 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0889 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(890, "create_t0890")]
public sealed class M0890 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0890 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(891, "create_t0891")]
public sealed class M0891 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0891 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(892, "create_t0892")]
public sealed class M0892 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0892 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(893, "create_t0893")]
public sealed class M0893 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0893 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(894, "create_t0894")]
public sealed class M0894 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0894 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(895, "create_t0895")]
public sealed class M0895 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0895 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(896, "create_t0896")]
public sealed class M0896 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0896 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(897, "create_t0897")]
public sealed class M0897 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0897 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(898, "create_t0898")]
public sealed class M0898 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0898 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(899, "create_t0899")]
public sealed class M0899 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0899 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(900, "create_t0900")]
public sealed class M0900 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0900 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(901, "create_t0901")]
public sealed class M0901 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0901 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(902, "create_t0902")]
public sealed class M0902 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0902 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(903, "create_t0903")]
public sealed class M0903 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0903 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(904, "create_t0904")]
public sealed class M0904 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0904 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(905, "create_t0905")]
public sealed class M0905 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0905 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(906, "create_t0906")]
public sealed class M0906 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0906 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(907, "create_t0907")]
public sealed class M0907 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0907 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(908, "create_t0908")]
public sealed class M0908 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0908 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(909, "create_t0909")]
public sealed class M0909 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0909 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(910, "create_t0910")]
public sealed class M0910 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0910 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(911, "create_t0911")]
public sealed class M0911 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0911 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(912, "create_t0912")]
public sealed class M0912 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0912 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(913, "create_t0913")]
public sealed class M0913 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0913 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(914, "create_t0914")]
public sealed class M0914 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0914 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(915, "create_t0915")]
public sealed class M0915 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0915 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(916, "create_t0916")]
public sealed class M0916 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0916 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(917, "create_t0917")]
public sealed class M0917 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0917 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(918, "create_t0918")]
public sealed class M0918 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0918 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(919, "create_t0919")]
public sealed class M0919 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0919 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(920, "create_t0920")]
public sealed class M0920 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0920 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(921, "create_t0921")]
public sealed class M0921 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0921 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(922, "create_t0922")]
public sealed class M0922 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0922 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(923, "create_t0923")]
public sealed class M0923 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0923 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(924, "create_t0924")]
public sealed class M0924 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0924 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(925, "create_t0925")]
public sealed class M0925 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0925 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(926, "create_t0926")]
public sealed class M0926 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0926 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(927, "create_t0927")]
public sealed class M0927 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0927 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(928, "create_t0928")]
public sealed class M0928 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0928 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(929, "create_t0929")]
public sealed class M0929 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0929 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(930, "create_t0930")]
public sealed class M0930 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0930 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(931, "create_t0931")]
public sealed class M0931 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0931 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(932, "create_t0932")]
public sealed class M0932 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0932 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(933, "create_t0933")]
public sealed class M0933 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0933 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(934, "create_t0934")]
public sealed class M0934 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0934 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(935, "create_t0935")]
public sealed class M0935 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0935 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(936, "create_t0936")]
public sealed class M0936 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0936 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(937, "create_t0937")]
public sealed class M0937 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0937 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(938, "create_t0938")]
public sealed class M0938 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0938 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(939, "create_t0939")]
public sealed class M0939 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0939 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(940, "create_t0940")]
public sealed class M0940 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0940 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(941, "create_t0941")]
public sealed class M0941 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0941 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(942, "create_t0942")]
public sealed class M0942 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0942 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(943, "create_t0943")]
public sealed class M0943 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0943 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(944, "create_t0944")]
public sealed class M0944 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0944 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(945, "create_t0945")]
public sealed class M0945 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0945 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(946, "create_t0946")]
public sealed class M0946 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0946 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(947, "create_t0947")]
public sealed class M0947 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0947 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(948, "create_t0948")]
public sealed class M0948 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0948 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(949, "create_t0949")]
public sealed class M0949 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0949 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(950, "create_t0950")]
public sealed class M0950 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0950 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(951, "create_t0951")]
public sealed class M0951 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0951 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(952, "create_t0952")]
public sealed class M0952 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0952 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(953, "create_t0953")]
public sealed class M0953 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0953 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(954, "create_t0954")]
public sealed class M0954 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0954 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(955, "create_t0955")]
public sealed class M0955 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0955 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(956, "create_t0956")]
public sealed class M0956 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0956 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(957, "create_t0957")]
public sealed class M0957 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0957 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(958, "create_t0958")]
public sealed class M0958 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0958 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(959, "create_t0959")]
public sealed class M0959 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0959 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(960, "create_t0960")]
public sealed class M0960 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0960 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(961, "create_t0961")]
public sealed class M0961 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0961 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(962, "create_t0962")]
public sealed class M0962 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0962 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(963, "create_t0963")]
public sealed class M0963 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0963 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(964, "create_t0964")]
public sealed class M0964 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0964 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(965, "create_t0965")]
public sealed class M0965 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0965 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(966, "create_t0966")]
public sealed class M0966 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0966 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(967, "create_t0967")]
public sealed class M0967 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0967 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(968, "create_t0968")]
public sealed class M0968 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0968 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(969, "create_t0969")]
public sealed class M0969 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0969 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(970, "create_t0970")]
public sealed class M0970 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0970 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(971, "create_t0971")]
public sealed class M0971 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0971 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(972, "create_t0972")]
public sealed class M0972 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0972 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(973, "create_t0973")]
public sealed class M0973 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0973 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(974, "create_t0974")]
public sealed class M0974 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0974 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(975, "create_t0975")]
public sealed class M0975 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0975 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(976, "create_t0976")]
public sealed class M0976 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0976 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(977, "create_t0977")]
public sealed class M0977 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0977 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(978, "create_t0978")]
public sealed class M0978 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0978 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(979, "create_t0979")]
public sealed class M0979 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0979 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(980, "create_t0980")]
public sealed class M0980 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0980 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(981, "create_t0981")]
public sealed class M0981 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0981 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(982, "create_t0982")]
public sealed class M0982 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0982 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(983, "create_t0983")]
public sealed class M0983 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0983 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(984, "create_t0984")]
public sealed class M0984 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0984 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(985, "create_t0985")]
public sealed class M0985 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0985 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(986, "create_t0986")]
public sealed class M0986 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0986 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(987, "create_t0987")]
public sealed class M0987 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0987 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(988, "create_t0988")]
public sealed class M0988 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0988 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(989, "create_t0989")]
public sealed class M0989 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0989 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(990, "create_t0990")]
public sealed class M0990 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0990 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(991, "create_t0991")]
public sealed class M0991 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0991 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(992, "create_t0992")]
public sealed class M0992 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0992 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(993, "create_t0993")]
public sealed class M0993 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0993 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(994, "create_t0994")]
public sealed class M0994 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0994 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(995, "create_t0995")]
public sealed class M0995 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0995 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(996, "create_t0996")]
public sealed class M0996 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0996 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(997, "create_t0997")]
public sealed class M0997 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0997 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(998, "create_t0998")]
public sealed class M0998 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0998 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(999, "create_t0999")]
public sealed class M0999 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t0999 (id INTEGER PRIMARY KEY)", ct);
}

[global::GeneratedMigrations.Migration(1000, "create_t1000")]
public sealed class M1000 : global::GeneratedMigrations.IMigration
{
    public Task UpAsync(global::GeneratedMigrations.MigrationContext db, CancellationToken ct) => db.ExecuteAsync("CREATE TABLE t1000 (id INTEGER PRIMARY KEY)", ct);
}

#endif
