using GeneratedMigrations;

namespace Shop;

// A project that references GeneratedMigrations but has no migrations yet still gets an (empty) catalogue.
public sealed class NotAMigration
{
}
