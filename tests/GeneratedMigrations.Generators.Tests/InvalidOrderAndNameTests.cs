using GeneratedMigrations.Generators.Tests.Infrastructure;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>GM0004 and GM0005: the attribute's own arguments.</summary>
public sealed class InvalidOrderAndNameTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("-1", "-1")]
    [InlineData("long.MinValue", "-9223372036854775808")]
    public void Reports_an_order_that_is_not_above_zero(string orderExpression, string shownOrder)
    {
        var attribute = $"Migration({orderExpression}, \"broken\")";
        var source = Source(attribute);

        var run = GeneratorHarness.Run(source).AssertOutputCompiles();

        DiagnosticAssert.Reported(
            [ExpectedDiagnostic.Error("GM0004", "Migrations.cs", source, attribute,
                $"Migration 'Shop.Migrations.Broken' has order {shownOrder}; a migration order must be greater than zero")],
            run);
        Assert.Equal(["valid"], run.LoadCatalog().Migrations.Select(m => m.Name));
    }

    [Theory]
    [InlineData("\"\"", "the name is empty; give it a short descriptive name such as \"create_books\"")]
    [InlineData("null", "the name is empty; give it a short descriptive name such as \"create_books\"")]
    [InlineData("\"   \"", "the name is only whitespace; give it a short descriptive name such as \"create_books\"")]
    [InlineData("\"create\\tbooks\"", "the name contains a control character (such as a tab or line break); remove it")]
    [InlineData("\"create_books\\n\"", "the name contains a control character (such as a tab or line break); remove it")]
    [InlineData("\"create\\u0000books\"", "the name contains a control character (such as a tab or line break); remove it")]
    [InlineData("\"" + Name201 + "\"", "the name has 201 characters, more than the 200 allowed; shorten it")]
    public void Reports_an_unusable_name(string nameExpression, string problem)
    {
        var attribute = $"Migration(1, {nameExpression})";
        var source = Source(attribute);

        var run = GeneratorHarness.Run(source).AssertOutputCompiles();

        DiagnosticAssert.Reported(
            [ExpectedDiagnostic.Error("GM0005", "Migrations.cs", source, attribute,
                $"Migration 'Shop.Migrations.Broken' has an invalid name: {problem}")],
            run);
        Assert.Equal(["valid"], run.LoadCatalog().Migrations.Select(m => m.Name));
    }

    [Fact]
    public void Accepts_a_name_of_exactly_200_characters()
    {
        var name = Name201[..200];
        var run = GeneratorHarness.Run(Source($"Migration(1, \"{name}\")")).AssertOutputCompiles();

        Assert.Empty(run.DiagnosticLines);
        Assert.Equal([name, "valid"], run.LoadCatalog().Migrations.Select(m => m.Name));
    }

    [Fact]
    public void Reports_both_the_order_and_the_name_when_both_are_wrong()
    {
        const string attribute = "Migration(0, \"\")";
        var source = Source(attribute);

        var run = GeneratorHarness.Run(source).AssertOutputCompiles();

        Assert.Equal(["GM0004", "GM0005"], run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.All(run.DiagnosticLines, line => Assert.Contains($"Migrations.cs({SourcePosition.Of(source, attribute).Line},", line));
    }

    // 201 characters: 20 × "create_tab" (200) plus one.
    private const string Name201 =
        "create_tabcreate_tabcreate_tabcreate_tabcreate_tabcreate_tabcreate_tabcreate_tabcreate_tabcreate_tab" +
        "create_tabcreate_tabcreate_tabcreate_tabcreate_tabcreate_tabcreate_tabcreate_tabcreate_tabcreate_tab" + "x";

    private static string Source(string attribute) => $$"""
        using System.Threading;
        using System.Threading.Tasks;
        using GeneratedMigrations;

        namespace Shop.Migrations;

        [{{attribute}}]
        public sealed class Broken : IMigration
        {
            public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
        }

        [Migration(2, "valid")]
        public sealed class Valid : IMigration
        {
            public Task UpAsync(MigrationContext db, CancellationToken ct) => Task.CompletedTask;
        }
        """;
}
