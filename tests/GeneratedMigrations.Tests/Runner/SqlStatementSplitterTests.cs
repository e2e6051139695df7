namespace GeneratedMigrations.Tests.Runner;

/// <summary>The splitter cuts at top-level semicolons only, as the README documents.</summary>
public sealed class SqlStatementSplitterTests
{
    [Fact]
    public void Splits_at_top_level_semicolons_and_trims()
    {
        Assert.Equal(["SELECT 1", "SELECT 2"], SqlStatementSplitter.Split("  SELECT 1;\n\n  SELECT 2  "));
    }

    [Fact]
    public void Keeps_semicolons_inside_single_quotes_with_doubled_quote_escapes()
    {
        Assert.Equal(["INSERT INTO t VALUES ('it''s; fine')", "SELECT ';'"], SqlStatementSplitter.Split("INSERT INTO t VALUES ('it''s; fine'); SELECT ';';"));
    }

    [Fact]
    public void Keeps_semicolons_inside_double_quoted_identifiers()
    {
        Assert.Equal(["CREATE TABLE \"odd;name\"\"x\" (id int)", "SELECT 1"], SqlStatementSplitter.Split("CREATE TABLE \"odd;name\"\"x\" (id int); SELECT 1"));
    }

    [Fact]
    public void Keeps_a_dollar_quoted_body_whole()
    {
        const string function = "CREATE FUNCTION f() RETURNS int AS $$ BEGIN PERFORM 1; RETURN 2; END $$ LANGUAGE plpgsql";
        Assert.Equal([function, "SELECT f()"], SqlStatementSplitter.Split(function + ";\nSELECT f();"));
    }

    [Fact]
    public void Keeps_a_tagged_dollar_quoted_body_whole_even_when_it_holds_plain_dollar_quotes()
    {
        const string function = "CREATE FUNCTION g() RETURNS text AS $fn$ SELECT $$a;b$$; $fn$ LANGUAGE sql";
        Assert.Equal([function, "SELECT g()"], SqlStatementSplitter.Split(function + "; SELECT g()"));
    }

    [Fact]
    public void Does_not_take_a_positional_parameter_for_a_dollar_quote()
    {
        Assert.Equal(["PREPARE p AS SELECT $1 + $2", "EXECUTE p(1, 2)"], SqlStatementSplitter.Split("PREPARE p AS SELECT $1 + $2; EXECUTE p(1, 2);"));
    }

    [Fact]
    public void Keeps_semicolons_inside_line_comments()
    {
        Assert.Equal(["-- first; still a comment\nSELECT 1", "SELECT 2"], SqlStatementSplitter.Split("-- first; still a comment\nSELECT 1; SELECT 2"));
    }

    [Fact]
    public void Keeps_semicolons_inside_nested_block_comments()
    {
        Assert.Equal(["/* outer; /* inner; */ still outer; */ SELECT 1", "SELECT 2"],
            SqlStatementSplitter.Split("/* outer; /* inner; */ still outer; */ SELECT 1; SELECT 2"));
    }

    [Fact]
    public void Drops_empty_and_comment_only_statements()
    {
        Assert.Equal(["SELECT 1"], SqlStatementSplitter.Split(";;\n  ; -- nothing here;\n/* nor; here */; SELECT 1; -- trailing comment"));
    }

    [Fact]
    public void Returns_nothing_for_a_script_of_comments()
    {
        Assert.Empty(SqlStatementSplitter.Split("-- only a comment\n/* and a block */\n"));
    }

    [Fact]
    public void Keeps_a_statement_without_a_final_semicolon()
    {
        Assert.Equal(["SELECT 1"], SqlStatementSplitter.Split("SELECT 1"));
    }

    [Fact]
    public void Keeps_a_SQLite_trigger_body_whole_with_its_inner_statements_and_CASE_expressions()
    {
        const string trigger = """
            CREATE TRIGGER IF NOT EXISTS books_audit AFTER UPDATE ON books
            WHEN new.title <> old.title
            BEGIN
                INSERT INTO audit (book_id, note) VALUES (new.id, CASE WHEN new.title = '' THEN 'cleared; title' ELSE 'renamed' END);
                UPDATE books SET end_date = NULL WHERE id = new.id;
            END
            """;

        Assert.Equal(["CREATE TABLE audit (note TEXT)", trigger, "SELECT 1"],
            SqlStatementSplitter.Split("CREATE TABLE audit (note TEXT);\n" + trigger + ";\nSELECT 1;"));
    }

    [Fact]
    public void Keeps_a_temporary_trigger_whole_in_lower_case()
    {
        const string trigger = "create temp trigger t after insert on x begin delete from y; insert into y values (1); end";

        Assert.Equal([trigger, "select 2"], SqlStatementSplitter.Split(trigger + "; select 2"));
    }

    [Fact]
    public void Keeps_a_PostgreSQL_BEGIN_ATOMIC_function_body_whole()
    {
        const string function = "CREATE OR REPLACE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT a + b; END";

        Assert.Equal([function, "SELECT add(1, 2)"], SqlStatementSplitter.Split(function + ";\nSELECT add(1, 2);"));
    }

    [Fact]
    public void Splits_a_transaction_block_statement_by_statement()
    {
        Assert.Equal(["BEGIN", "UPDATE t SET x = CASE WHEN x > 0 THEN 1 ELSE 0 END", "END"],
            SqlStatementSplitter.Split("BEGIN; UPDATE t SET x = CASE WHEN x > 0 THEN 1 ELSE 0 END; END;"));
        Assert.Equal(["BEGIN TRANSACTION", "SELECT 1", "COMMIT"], SqlStatementSplitter.Split("BEGIN TRANSACTION; SELECT 1; COMMIT;"));
    }

    [Fact]
    public void A_PostgreSQL_trigger_that_executes_a_function_ends_at_its_semicolon()
    {
        Assert.Equal(["CREATE TRIGGER t BEFORE UPDATE ON x FOR EACH ROW EXECUTE FUNCTION touch()", "SELECT 1"],
            SqlStatementSplitter.Split("CREATE TRIGGER t BEFORE UPDATE ON x FOR EACH ROW EXECUTE FUNCTION touch(); SELECT 1;"));
    }

    [Fact]
    public void Keeps_semicolons_and_escaped_quotes_inside_PostgreSQL_escape_strings()
    {
        const string insert = @"INSERT INTO notes VALUES (E'it\'s; fine', e'back\\slash; ''doubled''')";
        const string index = "CREATE INDEX CONCURRENTLY ix_notes ON notes (body)";

        Assert.Equal([insert, index], SqlStatementSplitter.Split(insert + ";\n" + index + ";\n"));
    }

    [Fact]
    public void A_backslash_ends_nothing_in_a_standard_string_or_after_a_word_ending_in_e()
    {
        Assert.Equal([@"SELECT 'C:\'", "SELECT date'2024-01-01'", "SELECT 2"],
            SqlStatementSplitter.Split(@"SELECT 'C:\'; SELECT date'2024-01-01'; SELECT 2"));
    }

    [Theory]
    [InlineData("SELECT 1", "SELECT 1;\n")]
    [InlineData("SELECT 1 -- why", "SELECT 1 -- why\n;\n")]
    [InlineData("-- leading comment\nSELECT 1", "-- leading comment\nSELECT 1;\n")]
    [InlineData("SELECT 1 -- first\n-- second", "SELECT 1 -- first\n-- second\n;\n")]
    [InlineData("SELECT '-- not a comment'", "SELECT '-- not a comment';\n")]
    [InlineData("SELECT E'\\' -- x'", "SELECT E'\\' -- x';\n")]
    [InlineData("SELECT \"--col\"", "SELECT \"--col\";\n")]
    [InlineData("SELECT $$ -- body $$", "SELECT $$ -- body $$;\n")]
    [InlineData("SELECT 1 /* -- */", "SELECT 1 /* -- */;\n")]
    public void Terminate_puts_the_semicolon_on_its_own_line_only_after_a_trailing_line_comment(string statement, string terminated)
    {
        Assert.Equal(terminated, SqlStatementSplitter.Terminate(statement));
    }

    [Fact]
    public void Every_terminated_statement_splits_back_to_itself()
    {
        var statements = SqlStatementSplitter.Split("CREATE TABLE a (id int) -- the a table\n;\nINSERT INTO a VALUES (1); -- seeded\nSELECT 2 -- last");

        var script = string.Concat(statements.Select(SqlStatementSplitter.Terminate));

        Assert.Equal(statements, SqlStatementSplitter.Split(script));
        Assert.Equal(3, statements.Count);
    }
}
