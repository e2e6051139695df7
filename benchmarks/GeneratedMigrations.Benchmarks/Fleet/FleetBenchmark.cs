using System.Diagnostics;
using System.Globalization;
using System.Text;
using GeneratedMigrations;
using GeneratedMigrations.Npgsql;
using GeneratedMigrations.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MigrationBenchmarks.Fleet;

/// <summary>
/// A fleet of databases (one per tenant) migrated and verified by <see cref="MigrationFleet"/> at parallelism 1 and 4:
/// 200 SQLite files, and 50 PostgreSQL databases when <c>GM_BENCH_POSTGRES</c> holds a superuser connection string.
/// Wall-clock time of whole fleet runs (median of three), not BenchmarkDotNet: one run is hundreds of databases.
/// </summary>
internal static class FleetBenchmark
{
    public const string PostgresVariable = "GM_BENCH_POSTGRES";

    private const int Repetitions = 3;

    public static async Task<string> RunAsync(string? postgresAdminConnectionString)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Fleet benchmark: {Catalog.Migrations.Count} migrations per database, {Environment.ProcessorCount} CPU(s), median of {Repetitions} runs.");
        report.AppendLine("| engine | databases | parallelism | migrate a fresh fleet | verify an up-to-date fleet |");
        report.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var parallelism in new[] { 1, 4 })
        {
            var (migrate, verify) = await MeasureSqliteAsync(200, parallelism);
            report.AppendLine(Row("SQLite", 200, parallelism, migrate, verify));
        }
        if (string.IsNullOrEmpty(postgresAdminConnectionString))
        {
            report.AppendLine($"(PostgreSQL skipped: set {PostgresVariable} to a superuser connection string.)");
            return report.ToString();
        }
        foreach (var parallelism in new[] { 1, 4 })
        {
            var (migrate, verify) = await MeasurePostgresAsync(postgresAdminConnectionString, 50, parallelism);
            report.AppendLine(Row("PostgreSQL", 50, parallelism, migrate, verify));
        }
        return report.ToString();
    }

    private static string Row(string engine, int count, int parallelism, TimeSpan migrate, TimeSpan verify) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {engine} | {count} | {parallelism} | {migrate.TotalSeconds:0.00} s ({migrate.TotalMilliseconds / count:0.0} ms/db) | {verify.TotalSeconds:0.00} s ({verify.TotalMilliseconds / count:0.0} ms/db) |");

    private static async Task<(TimeSpan Migrate, TimeSpan Verify)> MeasureSqliteAsync(int count, int parallelism)
    {
        var migrations = new List<TimeSpan>();
        var verifications = new List<TimeSpan>();
        for (var repetition = 0; repetition < Repetitions; repetition++)
        {
            var folder = Path.Combine(Path.GetTempPath(), "gm-fleet-bench-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var connections = Enumerable.Range(1, count)
                    .Select(i => new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, $"tenant-{i}.db") }.ToString()).ToList();
                var databases = FleetDatabase.FromConnectionStrings(connections, cs => new SqliteMigrationStore(cs));
                migrations.Add(await TimeAsync(parallelism, fleet => fleet.MigrateAsync(databases), FleetOutcome.Migrated, count));
                verifications.Add(await TimeAsync(parallelism, fleet => fleet.VerifyAsync(databases), FleetOutcome.UpToDate, count));
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
        }
        return (Median(migrations), Median(verifications));
    }

    private static async Task<(TimeSpan Migrate, TimeSpan Verify)> MeasurePostgresAsync(string admin, int count, int parallelism)
    {
        var migrations = new List<TimeSpan>();
        var verifications = new List<TimeSpan>();
        var names = Enumerable.Range(1, count).Select(i => $"gm_fleet_bench_{i}").ToList();
        for (var repetition = 0; repetition < Repetitions; repetition++)
        {
            await using var dataSource = NpgsqlDataSource.Create(admin);
            foreach (var name in names)
            {
                await using var drop = dataSource.CreateCommand($"DROP DATABASE IF EXISTS \"{name}\"");
                await drop.ExecuteNonQueryAsync();
                await using var create = dataSource.CreateCommand($"CREATE DATABASE \"{name}\"");
                await create.ExecuteNonQueryAsync();
            }
            try
            {
                var connections = names.Select(name => new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString).ToList();
                var databases = FleetDatabase.FromConnectionStrings(connections, cs => new NpgsqlMigrationStore(cs));
                migrations.Add(await TimeAsync(parallelism, fleet => fleet.MigrateAsync(databases), FleetOutcome.Migrated, count));
                verifications.Add(await TimeAsync(parallelism, fleet => fleet.VerifyAsync(databases), FleetOutcome.UpToDate, count));
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                foreach (var name in names)
                {
                    await using var drop = dataSource.CreateCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                    await drop.ExecuteNonQueryAsync();
                }
            }
        }
        return (Median(migrations), Median(verifications));
    }

    private static async Task<TimeSpan> TimeAsync(int parallelism, Func<MigrationFleet, Task<MigrationFleetResult>> run, FleetOutcome expected, int count)
    {
        var fleet = new MigrationFleet(Catalog, new MigrationFleetOptions { Parallelism = parallelism });
        var clock = Stopwatch.StartNew();
        var result = await run(fleet);
        clock.Stop();
        // A benchmark of a fleet that failed would measure nothing worth reporting.
        if (result.Count(expected) != count)
        {
            var first = result.Databases.FirstOrDefault(d => d.Outcome != expected);
            throw new InvalidOperationException($"Expected {count} databases {expected}; got {result.Summary()}. First: {first?.Database}: {first?.Error?.Message}");
        }
        return clock.Elapsed;
    }

    private static TimeSpan Median(List<TimeSpan> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>Ten migrations whose SQL both engines run: five tables, an index on each, a row in each.</summary>
    private static readonly MigrationCatalog Catalog = new(
        [.. Enumerable.Range(1, 10).Select(order =>
        {
            var table = "t" + ((order + 1) / 2).ToString(CultureInfo.InvariantCulture);
            var sql = order % 2 == 1
                ? $"CREATE TABLE {table} (id bigint PRIMARY KEY, name text NOT NULL); INSERT INTO {table} (id, name) VALUES (1, 'first')"
                : $"CREATE INDEX ix_{table}_name ON {table} (name)";
            return new MigrationDescriptor(order, $"step_{order}", $"checksum-{order}", isReversible: false, typeName: $"Fleet.Step{order}", () => new SqlMigration(sql)) { UpSql = sql };
        })],
        "FleetBenchmark", "1.0.0");
}
