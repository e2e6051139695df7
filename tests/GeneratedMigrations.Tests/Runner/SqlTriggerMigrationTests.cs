namespace GeneratedMigrations.Tests.Runner;

/// <summary>
/// A <c>.sql</c> migration with SQLite triggers applies on a real SQLite file: the splitter keeps each
/// <c>CREATE TRIGGER … BEGIN … END</c> body whole, so SQLite never sees half a trigger ("incomplete input").
/// </summary>
public sealed class SqlTriggerMigrationTests : IDisposable
{
    private const string Up = """
        CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT NOT NULL, updated_on TEXT);
        CREATE TABLE audit (book_id INTEGER NOT NULL, note TEXT NOT NULL);

        -- Records every rename; the note says whether the title was cleared.
        CREATE TRIGGER books_renamed AFTER UPDATE OF title ON books
        WHEN new.title <> old.title
        BEGIN
            INSERT INTO audit (book_id, note)
            VALUES (new.id, CASE WHEN new.title = '' THEN 'cleared; was ' || old.title ELSE 'renamed; was ' || old.title END);
            UPDATE books SET updated_on = 'today' WHERE id = new.id;
        END;

        create trigger books_removed after delete on books begin
            insert into audit (book_id, note) values (old.id, 'removed');
        end;

        INSERT INTO books (id, title) VALUES (1, 'Dune');
        """;

    private const string Down = """
        DROP TRIGGER books_removed;
        DROP TRIGGER books_renamed;
        DROP TABLE audit;
        DROP TABLE books;
        """;

    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static MigrationCatalog Catalog() => RunnerCatalogs.Of(RunnerCatalogs.Sql(1, "create_books_with_audit", Up, Down));

    [Fact]
    public async Task A_file_with_trigger_bodies_applies_and_its_triggers_fire()
    {
        await using var migrator = _db.CreateMigrator(Catalog());

        await migrator.MigrateAsync();
        await _db.ExecuteAsync("UPDATE books SET title = 'Dune Messiah' WHERE id = 1");
        await _db.ExecuteAsync("DELETE FROM books WHERE id = 1");

        Assert.Equal(2, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"));
        Assert.Equal("renamed; was Dune|removed", await _db.ScalarAsync<string>("SELECT group_concat(note, '|') FROM (SELECT note FROM audit ORDER BY rowid)"));
        Assert.Equal([(1L, "create_books_with_audit")], (await _db.ReadLedgerAsync()).Select(row => (row.Order, row.Name)));
    }

    [Fact]
    public async Task Reverts_with_its_down_file()
    {
        await _db.MigrateAsync(Catalog());
        await using var migrator = _db.CreateMigrator(Catalog());

        await migrator.RevertAsync(RevertTarget.ToOrder(0));

        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('books', 'audit', 'books_renamed', 'books_removed')"));
    }
}
