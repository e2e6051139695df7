using System.Collections.Immutable;
using System.Reflection;
using GeneratedMigrations.Generators.Helpers;
using GeneratedMigrations.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// Nothing the pipeline caches may hold a symbol, syntax, location, semantic model, compilation, attribute data
/// or a collection compared by reference: any of these makes every step look changed on every keystroke.
/// </summary>
public sealed class ModelShapeTests
{
    [Fact]
    public void Every_tracked_step_outputs_only_value_equatable_models()
    {
        // Valid, invalid and duplicate migrations, so that every model (entries, diagnostics, locations) is populated.
        const string source = """
            using System.Threading;
            using System.Threading.Tasks;
            using GeneratedMigrations;

            namespace Shop.Migrations;

            [Migration(1, "create_books")]
            public sealed class CreateBooks : IReversibleMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
                public Task DownAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }

            [Migration(2, "create_loans")]
            public sealed class CreateLoans : IMigration
            {
                public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
            }

            [Migration(2, "create_members")]
            public abstract class CreateMembers : IMigration
            {
                public abstract Task UpAsync(MigrationContext db, CancellationToken ct);
            }
            """;
        var run = GeneratorHarness.Run(source, new Dictionary<string, string> { ["RootNamespace"] = "Shop" });
        Assert.NotEmpty(run.GeneratorDiagnostics);

        var stepNames = typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();
        Assert.NotEmpty(stepNames);

        var problems = new List<string>();
        foreach (var name in stepNames)
        {
            Assert.True(run.Result.TrackedSteps.TryGetValue(name, out var steps), $"The pipeline has no step tracked as {name}.");
            var outputs = steps.SelectMany(step => step.Outputs).Select(output => output.Value).ToList();
            Assert.NotEmpty(outputs);
            for (var i = 0; i < outputs.Count; i++) problems.AddRange(ModelShape.Problems(outputs[i], $"{name}[{i}]"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Lock_and_sql_steps_output_only_value_equatable_models()
    {
        // A lock with valid and malformed lines, .sql files valid and not, update mode: every lock and SQL model is populated.
        var project = TestProject.Of(
                new TestSource("Migrations/A.cs", MigrationSource.Class(1, "create_a", "CreateA", "a")),
                new TestSource("Migrations/B.cs", MigrationSource.Class(5, "create_b", "CreateB", "b")))
            .WithSql("Migrations/0002_create_c.sql", "CREATE TABLE c (id INTEGER);\n")
            .WithSql("Migrations/0002_create_c.down.sql", "DROP TABLE c;\n")
            .WithSql("Migrations/bad_name.sql", "SELECT 1;\n")
            .WithLock(TestProject.LockHeader + "1 " + new string('0', 32) + " create_a\n2 not-a-checksum create_c\n")
            .With("UpdateMigrationsLock", "true");
        var run = project.Run();
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "GM0106");
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "GM0100");

        var problems = new List<string>();
        foreach (var name in new[] { TrackingNames.SqlMigrations, TrackingNames.AllMigrations, TrackingNames.LockFile, TrackingNames.LockSettings, TrackingNames.LockRules })
        {
            var outputs = run.Result.TrackedSteps[name].SelectMany(step => step.Outputs).Select(output => output.Value).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, Assert.NotNull);
            for (var i = 0; i < outputs.Count; i++) problems.AddRange(ModelShape.Problems(outputs[i], $"{name}[{i}]"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private sealed record WithArray(string[] Names);

    private sealed record WithLocation(Location Where);

    private sealed record WithImmutableArray(ImmutableArray<int> Orders);

    private sealed class ComparedByReference(int order)
    {
        public int Order { get; } = order;
    }

    private sealed record Nested(EquatableArray<Inner> Items, (string Name, Inner Inner) Pair);

    private sealed record Inner(long Order, object? Anything);

    [Fact]
    public void The_shape_check_rejects_what_breaks_caching_wherever_it_is_nested()
    {
        var symbol = GeneratorHarness.CreateCompilation([new("A.cs", "class A {}")]).GetTypeByMetadataName("A")!;

        Assert.Contains("bare array", Assert.Single(ModelShape.Problems(new WithArray(["a"]), "x")));
        Assert.Contains("Location", Assert.Single(ModelShape.Problems(new WithLocation(Location.None), "x")));
        Assert.Contains("ImmutableArray", Assert.Single(ModelShape.Problems(new WithImmutableArray([1]), "x")));
        Assert.Contains("compares by reference", Assert.Single(ModelShape.Problems(new ComparedByReference(1), "x")));

        var deep = new Nested(new[] { new Inner(1, null), new Inner(2, symbol) }.ToEquatableArray(), ("pair", new Inner(3, new[] { 1 })));
        var problems = ModelShape.Problems(deep, "x");
        Assert.Equal(2, problems.Count);
        Assert.StartsWith("x.Items[1].Anything: ISymbol (", problems[0]);
        Assert.Equal("x.Pair.Item2.Anything: a bare array (Int32[]) compares by reference; use EquatableArray<T>", problems[1]);
    }

    [Fact]
    public void The_shape_check_accepts_records_of_values_and_equatable_arrays()
    {
        var fine = new Nested(new[] { new Inner(1, "text"), new Inner(2, (3L, "tuple")) }.ToEquatableArray(), ("pair", new Inner(3, null)));

        Assert.Empty(ModelShape.Problems(fine, "x"));
    }
}
