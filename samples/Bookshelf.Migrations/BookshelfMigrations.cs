using GeneratedMigrations;

namespace Bookshelf;

/// <summary>The Bookshelf migrations, for the apps that reference this library.</summary>
public static class BookshelfMigrations
{
    /// <summary>
    /// The generated catalogue. The generator makes <c>AppMigrations</c> internal to the assembly that holds the
    /// migrations; this property is how another assembly names it.
    /// </summary>
    public static MigrationCatalog Catalog => AppMigrations.Catalog;
}
