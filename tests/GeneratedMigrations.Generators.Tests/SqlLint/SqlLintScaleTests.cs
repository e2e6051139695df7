using System.Collections.Immutable;
using System.Globalization;
using GeneratedMigrations.Generators.SqlLint;
using GeneratedMigrations.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace GeneratedMigrations.Generators.Tests.SqlLint;

/// <summary>
/// 1,000 migrations (500 .sql files, 500 classes with three ExecuteAsync calls each): the lint finds exactly the
/// breaking statements while they are unlocked, and nothing once they are locked. The analyzer's own execution time
/// (the compiler's telemetry) is written to the test output for people to read; nothing asserts on it.
/// </summary>
public sealed class SqlLintScaleTests(ITestOutputHelper output)
{
    private const int MigrationCount = 1000;

    [Fact]
    public void A_project_with_1000_migrations_is_linted_until_they_are_locked()
    {
        var unlocked = LargeProject().WithLock(TestProject.LockHeader);
        var locked = unlocked.WithLock(TestProject.LockHeader + string.Concat(Enumerable.Range(1, MigrationCount)
            .Select(i => TestProject.LockLine(i, new string('0', 32), "m" + i.ToString(CultureInfo.InvariantCulture)) + "\n")));

        var (unlockedDiagnostics, unlockedTime) = Analyze(unlocked);
        var (lockedDiagnostics, lockedTime) = Analyze(locked);

        // Every tenth migration drops a table: 50 .sql files and 50 classes.
        Assert.Equal(MigrationCount / 10, unlockedDiagnostics.Count(d => d.Id == "GM0208"));
        Assert.Equal(MigrationCount / 10, unlockedDiagnostics.Length);
        Assert.Empty(lockedDiagnostics);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"SqlLintAnalyzer at {MigrationCount} migrations: unlocked {unlockedTime.TotalMilliseconds:F0} ms, all locked {lockedTime.TotalMilliseconds:F0} ms (fastest of 3 runs each)"));
    }

    private static (ImmutableArray<Diagnostic> Diagnostics, TimeSpan Time) Analyze(TestProject project)
    {
        var fastest = TimeSpan.MaxValue;
        var diagnostics = ImmutableArray<Diagnostic>.Empty;
        for (var run = 0; run < 3; run++)
        {
            var compilation = GeneratorHarness.CreateCompilation(project.Sources);
            var analyzer = new SqlLintAnalyzer();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(project.AdditionalTexts.ToImmutableArray(), new TestAnalyzerConfigOptionsProvider(project.Properties, project.PerFileOptions)),
                onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
            var analyzed = compilation.WithAnalyzers([analyzer], options);
            var result = analyzed.GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
            diagnostics = result.GetAllDiagnostics();
            var time = result.AnalyzerTelemetryInfo[analyzer].ExecutionTime;
            if (time < fastest) fastest = time;
        }
        return (diagnostics, fastest);
    }

    private static TestProject LargeProject()
    {
        var project = TestProject.Of();
        for (var i = 1; i <= MigrationCount; i++)
        {
            var drop = i % 10 == 0 ? "DROP TABLE old" + i.ToString(CultureInfo.InvariantCulture) + ";" : "";
            if (i % 2 == 0)
            {
                project = project.WithSql(string.Create(CultureInfo.InvariantCulture, $"{SqlLintHarness.Folder}Migrations/{i:D4}_m{i}.sql"), string.Create(CultureInfo.InvariantCulture, $"""
                    -- migration {i}
                    CREATE TABLE t{i} (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
                    CREATE INDEX ix_t{i}_name ON t{i} (name);
                    CREATE FUNCTION f{i}() RETURNS void LANGUAGE plpgsql AS $$
                    BEGIN
                        DROP TABLE IF EXISTS scratch{i};
                        INSERT INTO audit (what) VALUES ('created t{i}; DROP TABLE t{i}');
                    END;
                    $$;
                    INSERT INTO notes (body) VALUES ('it''s migration {i}'); /* ALTER TABLE t{i} DROP COLUMN name */
                    ALTER TABLE t{i} ADD COLUMN extra text;
                    {drop}
                    """));
            }
            else
            {
                project = project.WithSource(string.Create(CultureInfo.InvariantCulture, $"{SqlLintHarness.Folder}Migrations/M{i:D4}.cs"), string.Create(CultureInfo.InvariantCulture, $$"""
                    using System.Threading;
                    using System.Threading.Tasks;
                    using GeneratedMigrations;

                    namespace Shop.Migrations;

                    [Migration({{i}}, "m{{i}}")]
                    public sealed class M{{i}} : IMigration
                    {
                        public async Task UpAsync(MigrationContext db, CancellationToken ct)
                        {
                            await db.ExecuteAsync("CREATE TABLE t{{i}} (id bigint PRIMARY KEY, name text NOT NULL)", ct);
                            await db.ExecuteAsync("CREATE INDEX ix_t{{i}}_name ON t{{i}} (name)", ct);
                            await db.ExecuteAsync("ALTER TABLE t{{i}} ADD COLUMN extra text; {{drop}}", ct);
                        }
                    }
                    """));
            }
        }
        return project;
    }
}
