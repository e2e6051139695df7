namespace GeneratedMigrations.Generators
{
    /// <summary>Names of the pipeline steps, so tests can assert which steps re-ran.</summary>
    internal static class TrackingNames
    {
        /// <summary>Per class, from syntax: re-runs only for the classes of an edited file.</summary>
        public const string Migrations = nameof(Migrations);
        public const string GlobalImports = nameof(GlobalImports);
        public const string OpenMigrations = nameof(OpenMigrations);
        public const string BoundMigrations = nameof(BoundMigrations);
        public const string SqlMigrations = nameof(SqlMigrations);
        public const string AllMigrations = nameof(AllMigrations);
        public const string Catalog = nameof(Catalog);
        public const string CatalogEntries = nameof(CatalogEntries);
        public const string Diagnostics = nameof(Diagnostics);
        public const string Settings = nameof(Settings);
        public const string CompilationInfo = nameof(CompilationInfo);
        public const string CatalogModel = nameof(CatalogModel);
        public const string LockFile = nameof(LockFile);
        public const string LockSettings = nameof(LockSettings);
        public const string LockRules = nameof(LockRules);
    }
}
