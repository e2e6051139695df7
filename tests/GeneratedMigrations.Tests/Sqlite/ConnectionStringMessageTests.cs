namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>An invalid SQLite connection string is refused naming the bad keyword, and never repeats a value (it may be a password).</summary>
public sealed class ConnectionStringMessageTests
{
    [Theory]
    [InlineData("Data Source=x.db;Passwrd=secret", "'Passwrd' is not a setting Microsoft.Data.Sqlite knows", "secret")]
    [InlineData("Data Source=x.db;Mode=bogus", "the value of 'Mode' is not valid", "bogus")]
    public void Names_the_keyword_and_not_its_value(string connectionString, string expected, string value)
    {
        var exception = Assert.Throws<ArgumentException>(() => new SqliteMigrationStore(connectionString));

        Assert.Equal("connectionString", exception.ParamName);
        // DbConnectionStringBuilder lower-cases keywords, so the message names 'passwrd' for 'Passwrd'.
        Assert.Contains(expected, exception.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(value, exception.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(value, exception.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
