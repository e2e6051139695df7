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
}
