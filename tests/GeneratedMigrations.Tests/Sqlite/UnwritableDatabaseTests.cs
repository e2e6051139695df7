namespace GeneratedMigrations.Tests.Sqlite;

/// <summary>
/// A database file that cannot be written or opened is the database's failure, not a migration's:
/// <see cref="MigrationDatabaseException"/> naming the file, and nothing applied.
/// </summary>
public sealed class UnwritableDatabaseTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_db.Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            if (File.Exists(_db.FilePath)) File.SetUnixFileMode(_db.FilePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        _db.Dispose();
    }

    [UnlessRootFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_read_only_file_in_a_read_only_folder_is_reported_as_the_database_naming_the_file()
    {
        await _db.MigrateAsync(Catalogs.FirstOf(2));
        SqliteConnection.ClearAllPools();
        File.SetUnixFileMode(_db.FilePath, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(_db.Folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        await using var migrator = _db.CreateMigrator(Catalogs.Generated);

        var exception = await Assert.ThrowsAsync<MigrationDatabaseException>(() => migrator.MigrateAsync());

        AssertNamesTheFile(exception);
        Assert.Equal([1L, 2], (await _db.ReadLedgerAsync()).Select(row => row.Order));
    }

    [Fact]
    public async Task A_file_opened_read_only_is_reported_as_the_database_naming_the_file()
    {
        // Mode=ReadOnly refuses writes even to root, for whom file permissions are no obstacle.
        await _db.MigrateAsync(Catalogs.FirstOf(2));
        await using var migrator = new Migrator(Catalogs.Generated, new SqliteMigrationStore(_db.ConnectionString + ";Mode=ReadOnly"));

        var exception = await Assert.ThrowsAsync<MigrationDatabaseException>(() => migrator.MigrateAsync());

        AssertNamesTheFile(exception);
        Assert.Equal([1L, 2], (await _db.ReadLedgerAsync()).Select(row => row.Order));
        Assert.False(await _db.TableExistsAsync("reviews"));
    }

    [Fact]
    public async Task A_data_source_that_is_a_folder_is_reported_as_the_database_naming_it()
    {
        var folder = Path.Combine(_db.Folder, "not-a-file.db");
        Directory.CreateDirectory(folder);
        await using var migrator = new Migrator(Catalogs.Generated, new SqliteMigrationStore("Data Source=" + folder));

        var exception = await Assert.ThrowsAsync<MigrationDatabaseException>(() => migrator.MigrateAsync());

        Assert.Equal("sqlite:" + folder, exception.Database);
        Assert.Contains($"The database sqlite:{folder} failed", exception.Message);
        Assert.Null(exception.Order);
    }

    private void AssertNamesTheFile(MigrationDatabaseException exception)
    {
        Assert.Equal("sqlite:" + _db.FilePath, exception.Database);
        Assert.Contains($"The database sqlite:{_db.FilePath} failed", exception.Message);
        Assert.Contains("The migration is not at fault", exception.Message);
        Assert.Equal(MigrationOperation.Up, exception.Operation);
    }
}

/// <summary>A Unix file-permission fact, skipped on Windows and when the tests run as root (whom file permissions do not stop).</summary>
public sealed class UnlessRootFactAttribute : FactAttribute
{
    public UnlessRootFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "Unix file permissions.";
        else if (Environment.UserName == "root") Skip = "Runs as root: file permissions do not stop root.";
    }
}
