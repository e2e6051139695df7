using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using GeneratedMigrations.Npgsql.Tests.Infrastructure;
using Npgsql;

namespace MigrationBenchmarks.WholeProcess;

/// <summary>
/// The issue-12 scenarios as whole processes: each measurement launches the start app (JIT) or the AOT app once, so
/// it pays what a real start pays (runtime start, assembly loading, JIT, the first connection). The sides of a pair
/// (raw ADO.NET floor, GeneratedMigrations, EF Core) run back to back, in an order that rotates from pair to pair, and
/// every ratio is the median of the per-pair ratios, so that the machine's load, which changes by the second on a
/// shared machine, cancels out as far as it can. Writes a Markdown report.
/// </summary>
internal sealed class WholeProcessBenchmarks
{
    private static readonly string[] JitSides = ["floor", "gm", "ef"];
    private readonly Settings _settings;
    private readonly string _folder;
    private readonly StringBuilder _report = new();
    private LocalPostgres? _postgres;
    private int _databases;

    private WholeProcessBenchmarks(Settings settings)
    {
        _settings = settings;
        _folder = Directory.CreateTempSubdirectory("gm-bench-whole-").FullName;
    }

    /// <summary>
    /// <c>whole-process [--pairs 7] [--apply-pairs 3] [--warm-calls 8] [--counts 20,1000] [--engines sqlite,sqlite-wal,pg]
    /// [--start-app PATH] [--aot-app PATH] [--aot-sqlite-app PATH] [--aot-only] [--out FILE]</c>
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var settings = Settings.Parse(args);
        var run = new WholeProcessBenchmarks(settings);
        try
        {
            await run.RunAllAsync();
        }
        finally
        {
            if (run._postgres is not null) await run._postgres.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(run._folder, recursive: true);
        }
        var text = run._report.ToString();
        Console.WriteLine(text);
        if (settings.Out is { } file)
        {
            await File.WriteAllTextAsync(file, text);
            Console.WriteLine($"Written to {file}.");
        }
        return 0;
    }

    private async Task RunAllAsync()
    {
        _report.AppendLine(CultureInfo.InvariantCulture, $"Run of {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores; " +
            $"{_settings.Pairs} pairs per up-to-date start, {_settings.ApplyPairs} per apply-all, warm = {_settings.WarmCalls} calls in one process.");
        _report.AppendLine();
        foreach (var engine in _settings.SkipJit ? [] : _settings.Engines)
        {
            if (engine == "pg") _postgres ??= await LocalPostgres.StartAsync();
            foreach (var count in _settings.Counts) await RunScenarioAsync(engine, count);
        }
        if (_settings.AotApp is not null)
        {
            _report.AppendLine("### NativeAOT binary size");
            _report.AppendLine();
            _report.AppendLine(CultureInfo.InvariantCulture, $"- SQLite and PostgreSQL (Npgsql), 1,020 migrations in two catalogues: {Size(_settings.AotApp)}");
            if (_settings.AotSqliteApp is { } sqliteOnly) _report.AppendLine(CultureInfo.InvariantCulture, $"- SQLite only, same catalogues: {Size(sqliteOnly)}");
            _report.AppendLine("- beside either: the SQLite engine, libe_sqlite3.so: " + Size(Path.Combine(Path.GetDirectoryName(_settings.AotApp)!, "libe_sqlite3.so")));
            _report.AppendLine();
            foreach (var engine in _settings.Engines.Where(e => e != "sqlite-wal"))
            {
                if (engine == "pg") _postgres ??= await LocalPostgres.StartAsync();
                foreach (var count in _settings.Counts) await RunAotAsync(engine, count);
            }
        }
    }

    /// <summary>Apply all to fresh databases, then up-to-date starts on the databases that made, then warm calls.</summary>
    private async Task RunScenarioAsync(string engine, int count)
    {
        Console.Error.WriteLine($"[{engine} N={count}] apply all");
        var apply = new Dictionary<string, List<Measurement>>();
        var upToDate = new Dictionary<string, string>();
        var statements = new Dictionary<string, (double Apply, int UpToDate)>();
        for (var pair = 0; pair < _settings.ApplyPairs; pair++)
        {
            foreach (var side in Rotated(JitSides, pair))
            {
                var countStatements = engine == "pg" && pair == 0;
                var (connectionString, database) = await FreshAsync(engine, side, count, countStatements);
                var before = countStatements ? StatementCount(database) : 0;
                var measured = await LaunchAsync(_settings.StartApp, [side, Engine(engine), Count(count), connectionString]);
                if (side != "ef" && measured.Applied != count) throw new InvalidOperationException($"{side} applied {measured.Applied} of {count} on {engine}.");
                if (countStatements)
                {
                    var applyStatements = StatementCount(database) - before;
                    var again = await LaunchAsync(_settings.StartApp, [side, Engine(engine), Count(count), connectionString]);
                    if (again.Applied > 0) throw new InvalidOperationException($"{side} found work on an up-to-date database.");
                    statements[side] = (applyStatements / (double)count, StatementCount(database) - before - applyStatements);
                }
                Add(apply, side, measured);
                upToDate[side] = connectionString;
            }
        }

        Console.Error.WriteLine($"[{engine} N={count}] up-to-date starts");
        var cold = new Dictionary<string, List<Measurement>>();
        for (var pair = 0; pair < _settings.Pairs; pair++)
        {
            foreach (var side in Rotated(JitSides, pair))
            {
                var measured = await LaunchAsync(_settings.StartApp, [side, Engine(engine), Count(count), upToDate[side]]);
                if (measured.Applied > 0) throw new InvalidOperationException($"{side} found work on an up-to-date database.");
                Add(cold, side, measured);
            }
        }

        Console.Error.WriteLine($"[{engine} N={count}] warm");
        var warm = new Dictionary<string, List<Measurement>>();
        for (var pair = 0; pair < Math.Max(3, _settings.Pairs / 2); pair++)
        {
            foreach (var side in Rotated(JitSides, pair))
            {
                Add(warm, side, await LaunchAsync(_settings.StartApp,
                    [side, Engine(engine), Count(count), upToDate[side], _settings.WarmCalls.ToString(CultureInfo.InvariantCulture)]));
            }
        }

        _report.AppendLine(CultureInfo.InvariantCulture, $"### {Title(engine)}, N = {count:N0} (JIT)");
        _report.AppendLine();
        _report.AppendLine(CultureInfo.InvariantCulture, $"Load: {Load()}");
        _report.AppendLine();
        _report.AppendLine("| scenario | floor | GeneratedMigrations | EF Core | GM ÷ floor | EF ÷ floor | GM ÷ EF |");
        _report.AppendLine("|---|---|---|---|---|---|---|");
        Row("up-to-date start, whole process (ms)", cold, m => m.WallMs);
        Row("up-to-date start, JIT time in it (ms)", cold, m => m.JitMs, ratios: false);
        Row("up-to-date, warm call in a process (ms)", warm, m => m.WarmMs);
        Row("apply all, whole process (ms)", apply, m => m.WallMs);
        Row("apply all, the call alone (ms)", apply, m => m.FirstMs);
        if (engine != "pg") Row("apply all, KiB written per migration", apply, m => m.WrittenKb / (double)count, ratios: false, format: "F1");
        if (statements.Count > 0)
        {
            _report.AppendLine(CultureInfo.InvariantCulture,
                $"| statements per migration (apply all) | {statements["floor"].Apply:F2} | {statements["gm"].Apply:F2} | {statements["ef"].Apply:F2} | | | |");
            _report.AppendLine(CultureInfo.InvariantCulture,
                $"| statements of an up-to-date start | {statements["floor"].UpToDate} | {statements["gm"].UpToDate} | {statements["ef"].UpToDate} | | | |");
        }
        _report.AppendLine();
    }

    /// <summary>NativeAOT: hello world, the floor and GeneratedMigrations, up-to-date starts, paired.</summary>
    private async Task RunAotAsync(string engine, int count)
    {
        Console.Error.WriteLine($"[AOT {engine} N={count}]");
        var databases = new Dictionary<string, string>();
        foreach (var side in new[] { "floor", "gm" })
        {
            var (connectionString, _) = await FreshAsync(engine, side, count, false);
            var applied = await LaunchAsync(_settings.AotApp!, [side, Engine(engine), Count(count), connectionString]);
            if (applied.Applied != count) throw new InvalidOperationException($"AOT {side} applied {applied.Applied} of {count}.");
            databases[side] = connectionString;
        }
        var cold = new Dictionary<string, List<Measurement>>();
        string[] sides = ["hello", "floor", "gm"];
        for (var pair = 0; pair < _settings.Pairs; pair++)
        {
            foreach (var side in Rotated(sides, pair))
            {
                Add(cold, side, side == "hello"
                    ? await LaunchAsync(_settings.AotApp!, ["hello"])
                    : await LaunchAsync(_settings.AotApp!, [side, Engine(engine), Count(count), databases[side]]));
            }
        }
        _report.AppendLine(CultureInfo.InvariantCulture, $"### NativeAOT, {Title(engine)}, N = {count:N0}, up-to-date start, whole process");
        _report.AppendLine();
        _report.AppendLine(CultureInfo.InvariantCulture, $"Load: {Load()}");
        _report.AppendLine();
        _report.AppendLine("| hello world (ms) | floor (ms) | GeneratedMigrations (ms) | GM ÷ floor | GM ÷ hello world | floor ÷ hello world |");
        _report.AppendLine("|---|---|---|---|---|---|");
        _report.AppendLine(CultureInfo.InvariantCulture,
            $"| {Median(cold["hello"], m => m.WallMs):F1} | {Median(cold["floor"], m => m.WallMs):F1} | {Median(cold["gm"], m => m.WallMs):F1} | " +
            $"{PairedRatio(cold["gm"], cold["floor"], m => m.WallMs):F2}× | {PairedRatio(cold["gm"], cold["hello"], m => m.WallMs):F2}× | " +
            $"{PairedRatio(cold["floor"], cold["hello"], m => m.WallMs):F2}× |");
        _report.AppendLine();
    }

    private void Row(string label, Dictionary<string, List<Measurement>> measured, Func<Measurement, double> value, bool ratios = true, string format = "F1")
    {
        var (floor, gm, ef) = (measured["floor"], measured["gm"], measured["ef"]);
        var cells = $"| {label} | {Median(floor, value).ToString(format, CultureInfo.InvariantCulture)} | {Median(gm, value).ToString(format, CultureInfo.InvariantCulture)} | " +
            $"{Median(ef, value).ToString(format, CultureInfo.InvariantCulture)} |";
        cells += ratios
            ? string.Create(CultureInfo.InvariantCulture, $" {PairedRatio(gm, floor, value):F2}× | {PairedRatio(ef, floor, value):F2}× | {PairedRatio(gm, ef, value):F2}× |")
            : " | | |";
        _report.AppendLine(cells);
    }

    /// <summary>The median of the ratios of the two sides' measurements made in the same pair.</summary>
    private static double PairedRatio(List<Measurement> side, List<Measurement> baseline, Func<Measurement, double> value) =>
        MedianOf(side.Zip(baseline, (s, b) => value(s) / value(b)));

    private static double Median(List<Measurement> measured, Func<Measurement, double> value) => MedianOf(measured.Select(value));

    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static void Add(Dictionary<string, List<Measurement>> into, string side, Measurement measured)
    {
        if (!into.TryGetValue(side, out var list)) into[side] = list = [];
        list.Add(measured);
    }

    private static IEnumerable<string> Rotated(string[] sides, int pair) => sides.Skip(pair % sides.Length).Concat(sides.Take(pair % sides.Length));

    /// <summary>A new, empty database for one side: an SQLite file (in WAL mode for sqlite-wal) or a PostgreSQL database.</summary>
    private async Task<(string ConnectionString, string Database)> FreshAsync(string engine, string side, int count, bool logStatements)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"bench_{side}_{count}_{_databases++}");
        if (engine != "pg")
        {
            var path = Path.Combine(_folder, name + ".db");
            var connectionString = new SqliteConnectionStringBuilder { DataSource = path }.ToString();
            await using var connection = new SqliteConnection(connectionString + ";Pooling=False");
            await connection.OpenAsync();
            if (engine == "sqlite-wal")
            {
                await using var wal = connection.CreateCommand();
                wal.CommandText = "PRAGMA journal_mode=WAL"; // stored in the file: every later connection uses it
                await wal.ExecuteScalarAsync();
            }
            return (connectionString, name);
        }
        await using (var admin = new NpgsqlConnection(_postgres!.AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var command = admin.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}" + (logStatements ? $"; ALTER DATABASE {name} SET log_statement = 'all'" : "");
            await command.ExecuteNonQueryAsync();
        }
        return (new NpgsqlConnectionStringBuilder(_postgres.AdminConnectionString) { Database = name }.ConnectionString, name);
    }

    /// <summary>Statements the server logged for a database (log_statement = all): simple-protocol statements and executes.</summary>
    private int StatementCount(string database)
    {
        var lines = _postgres!.StatementLinesSince(0, database);
        // To see which statements they are: GM_BENCH_STATEMENTS=<folder> keeps each database's logged statements there.
        if (Environment.GetEnvironmentVariable("GM_BENCH_STATEMENTS") is { Length: > 0 } keep) File.WriteAllLines(Path.Combine(keep, database + ".log"), lines);
        return lines.Count;
    }

    private static async Task<Measurement> LaunchAsync(string app, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(app) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {app}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var wall = clock.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0) throw new InvalidOperationException($"{app} {arguments[0]} failed ({process.ExitCode}):\n{await output}\n{await errors}");
        var values = (await output).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2)).Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => double.Parse(pair[1], CultureInfo.InvariantCulture));
        return new Measurement(wall, values["first_ms"], values["warm_ms"], values["jit_ms"], (long)values["written_kb"], (int)values["applied"]);
    }

    private static string Size(string file) =>
        File.Exists(file) ? string.Create(CultureInfo.InvariantCulture, $"{new FileInfo(file).Length / 1048576.0:F1} MiB") : "(not published)";

    private static string Load() => File.Exists("/proc/loadavg") ? "load average " + string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "(unknown)";

    private static string Engine(string engine) => engine == "pg" ? "pg" : "sqlite";

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Title(string engine) => engine switch
    {
        "sqlite" => "SQLite (rollback journal)",
        "sqlite-wal" => "SQLite (WAL)",
        _ => "PostgreSQL",
    };

    private sealed record Measurement(double WallMs, double FirstMs, double WarmMs, double JitMs, long WrittenKb, int Applied);

    private sealed record Settings(int Pairs, int ApplyPairs, int WarmCalls, int[] Counts, string[] Engines, string StartApp, string? AotApp, string? AotSqliteApp, string? Out, bool SkipJit)
    {
        public static Settings Parse(string[] args)
        {
            string? Value(string name)
            {
                var at = Array.IndexOf(args, name);
                return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
            }
            var root = RepositoryRoot();
            var startApp = Value("--start-app") ?? Path.Combine(root, "benchmarks", "GeneratedMigrations.Benchmarks.StartApp", "bin", "Release", "net10.0", "GeneratedMigrations.Benchmarks.StartApp");
            if (!File.Exists(startApp)) throw new InvalidOperationException($"The start app is not built: {startApp}. Build it with 'dotnet build -c Release benchmarks/GeneratedMigrations.Benchmarks.StartApp', or run benchmarks/run.sh.");
            var aotApp = Value("--aot-app");
            if (aotApp is not null && !File.Exists(aotApp)) throw new InvalidOperationException($"The AOT app is not published: {aotApp}.");
            return new Settings(
                int.Parse(Value("--pairs") ?? "7", CultureInfo.InvariantCulture),
                int.Parse(Value("--apply-pairs") ?? "3", CultureInfo.InvariantCulture),
                int.Parse(Value("--warm-calls") ?? "8", CultureInfo.InvariantCulture),
                (Value("--counts") ?? "20,1000").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray(),
                (Value("--engines") ?? "sqlite,sqlite-wal,pg").Split(','),
                startApp, aotApp, Value("--aot-sqlite-app"), Value("--out"), args.Contains("--aot-only"));
        }

        private static string RepositoryRoot()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "GeneratedMigrations.sln"))) return folder.FullName;
            }
            throw new InvalidOperationException("Run the benchmarks from the repository (GeneratedMigrations.sln not found above the program).");
        }
    }
}
