using System.Globalization;
using GeneratedMigrations.Generators.Tests.Infrastructure;

namespace GeneratedMigrations.Generators.Tests;

/// <summary>
/// A catalogue larger than one factory chunk (64 entries), with .sql migrations between the classes: every entry keeps
/// its own order, name, checksum, flags and SQL, and creates its own migration, whichever chunk its class is in.
/// </summary>
public sealed class LargeCatalogTests
{
    private const int Count = 150;

    [Fact]
    public void Every_entry_of_a_catalogue_spanning_several_factory_chunks_creates_its_own_migration()
    {
        var project = TestProject.Of();
        for (var order = 1; order <= Count; order++)
        {
            var number = order.ToString("D3", CultureInfo.InvariantCulture);
            project = order % 7 == 0
                ? project.WithSql($"Migrations/{number}_sql_{number}.sql", $"CREATE TABLE s{number} (id INTEGER PRIMARY KEY);\n")
                : project.WithSource($"Migrations/M{number}.cs", MigrationSource.Class(order, "class_" + number, "M" + number, "t" + number,
                    order % 10 == 3 ? ", Transactional = false" : ""));
        }

        var run = project.Run().AssertOutputCompiles();

        Assert.DoesNotContain(run.DiagnosticLines, line => !line.Contains("GM0100", StringComparison.Ordinal));
        Assert.Contains("CreateMigration2(index)", run.CatalogSource, StringComparison.Ordinal);
        var catalog = run.LoadCatalog();
        Assert.Equal(Enumerable.Range(1, Count).Select(o => (long)o), catalog.Migrations.Select(m => m.Order));
        Assert.All(catalog.Migrations, migration =>
        {
            var number = migration.Order.ToString("D3", CultureInfo.InvariantCulture);
            var created = migration.CreateMigration();
            if (migration.Order % 7 == 0)
            {
                Assert.Equal("sql_" + number, migration.Name);
                Assert.Equal($"CREATE TABLE s{number} (id INTEGER PRIMARY KEY);\n", migration.UpSql);
                Assert.Null(migration.DownSql);
                Assert.IsType<SqlMigration>(created);
            }
            else
            {
                Assert.Equal("class_" + number, migration.Name);
                Assert.Null(migration.UpSql);
                Assert.Equal("Shop.Migrations.M" + number, created.GetType().FullName);
                Assert.Equal(migration.TypeName, created.GetType().FullName);
                Assert.Equal(migration.Order % 10 != 3, migration.RunsInTransaction);
            }
            Assert.Matches("^[0-9a-f]{32}$", migration.Checksum);
        });
        Assert.Equal(Count, catalog.Migrations.Select(m => m.Checksum).Distinct().Count());
    }

    [Fact]
    public void The_catalogue_grows_by_one_factory_case_per_class_migration_and_by_data_only_otherwise()
    {
        // The IDE's compiler parses the generated catalogue again after every edit, so its size in tokens is paid on every
        // keystroke at 10,000 migrations: the data of a migration (order, flags, lengths, name, checksum, SQL) belongs in
        // the two string constants, and only a class needs code, its case in the factory switch.
        static int Tokens(int classes, int sqlFiles)
        {
            var project = TestProject.Of();
            for (var order = 1; order <= classes + sqlFiles; order++)
            {
                var number = order.ToString("D3", CultureInfo.InvariantCulture);
                project = order > classes
                    ? project.WithSql($"Migrations/{number}_sql_{number}.sql", $"CREATE TABLE s{number} (id INTEGER PRIMARY KEY);\n")
                    : project.WithSource($"Migrations/M{number}.cs", MigrationSource.Class(order, "class_" + number, "M" + number, "t" + number));
            }
            var source = project.Run().AssertOutputCompiles().CatalogSource ?? "";
            return Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Count();
        }

        // "case 70: return new __N0.M070();" is 11 tokens (the namespace is a using alias); two more chunk methods and their
        // dispatch ~130. (It was 15 with "global::Shop.Migrations.M070"; before the table became a string constant, each
        // migration added 16 more: eight numbers and eight commas.)
        var perClass = (Tokens(classes: 130, sqlFiles: 1) - Tokens(classes: 10, sqlFiles: 1)) / 120.0;
        Assert.InRange(perClass, 11, 13);
        Assert.Equal(Tokens(classes: 10, sqlFiles: 1), Tokens(classes: 10, sqlFiles: 40));
    }
}
