using Microsoft.CodeAnalysis;

namespace GeneratedMigrations.Generators
{
    /// <summary>Every diagnostic the generator reports. Each ID has a section in the README that <c>helpLinkUri</c> points to.</summary>
    internal static class DiagnosticDescriptors
    {
        public const string Category = "GeneratedMigrations";
        private const string HelpLinkBase = "https://github.com/generated-migrations/GeneratedMigrations/blob/main/README.md#";

        public static readonly DiagnosticDescriptor DuplicateOrder = Error(
            "GM0001",
            "Duplicate migration order",
            "Migration order {0} of '{1}' is also used by {2}; give each migration a unique order");

        public static readonly DiagnosticDescriptor DuplicateName = Error(
            "GM0002",
            "Duplicate migration name",
            "Migration name '{0}' of '{1}' is also used by {2}; give each migration a unique name");

        public static readonly DiagnosticDescriptor InvalidMigrationType = Error(
            "GM0003",
            "Invalid migration type",
            "'{0}' cannot be a migration: it {1}");

        public static readonly DiagnosticDescriptor InvalidOrder = Error(
            "GM0004",
            "Invalid migration order",
            "Migration '{0}' has order {1}; a migration order must be greater than zero");

        public static readonly DiagnosticDescriptor InvalidName = Error(
            "GM0005",
            "Invalid migration name",
            "Migration '{0}' has an invalid name: {1}");

        public static readonly DiagnosticDescriptor InvalidSqlFileName = Error(
            "GM0006",
            "Invalid SQL migration file",
            "'{0}' is not a valid SQL migration file: {1}");

        public static readonly DiagnosticDescriptor InvalidBaseline = Error(
            "GM0007",
            "Invalid baseline",
            "Baseline '{0}' {1}");

        public static readonly DiagnosticDescriptor InvalidSqlDirective = Error(
            "GM0008",
            "Invalid SQL migration directive",
            "'{0}' line {1} is not a valid directive: {2}; the directives are {3}");

        public static readonly DiagnosticDescriptor MigrationAttributeNotSeen = Error(
            "GM0009",
            "Migration attribute written in a form the generator does not read",
            "'{0}' is marked [{1}], which the generator does not read as [Migration] (an alias declared in another file, such as a global using alias), so it would not be in the catalogue; write [Migration] (with 'using GeneratedMigrations;') or declare the alias in this file");

        public static readonly DiagnosticDescriptor MigrationNotYetLocked = new(
            "GM0100",
            "Migration not yet locked",
            "Migration {0} '{1}' is not yet locked in {2}; before you release it, run '{3}' (or apply the code fix) and commit {2}",
            Category, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "gm0100");

        public static readonly DiagnosticDescriptor LockedMigrationRemoved = Error(
            "GM0101",
            "Locked migration removed",
            "Migration {0} '{1}' is locked in {2} (line {3}) but is no longer in the project; restore it, because released migrations must not be removed (or accept the removal with '{4}')");

        public static readonly DiagnosticDescriptor LockedMigrationRenamed = Error(
            "GM0102",
            "Locked migration renamed",
            "Migration {0} is locked as '{1}' in {2} but is now named '{3}' ('{4}'); restore the name '{1}', because released migrations must not be renamed (or accept the change with '{5}')");

        public static readonly DiagnosticDescriptor LockedMigrationReordered = Error(
            "GM0103",
            "Locked migration reordered",
            "Migration '{0}' ('{1}') is locked at order {2} in {3} but now has order {4}; restore order {2}, because released migrations must not be reordered (or accept the change with '{5}')");

        public static readonly DiagnosticDescriptor MigrationInsertedBelowLocked = Error(
            "GM0104",
            "Migration inserted below locked migrations",
            "Migration {0} '{1}' is new but ordered below {2}, the highest migration locked in {3}, so databases that already ran {2} would run it out of order; give it an order above {2}, or opt in with AllowOutOfOrder = true on its [Migration] attribute");

        public static readonly DiagnosticDescriptor LockedMigrationEdited = Error(
            "GM0105",
            "Locked migration edited",
            "Migration {0} '{1}' was edited after it was locked (checksum {2} in {3}, {4} now); revert the edit and put the change in a new migration (or accept it with '{5}')");

        public static readonly DiagnosticDescriptor LockFileMalformed = Error(
            "GM0106",
            "Malformed lock file",
            "{0} line {1} is not valid: {2}; expected '<order> <checksum> <name>', so fix the line or restore the file from version control");

        public static readonly DiagnosticDescriptor LockNotUpToDate = Error(
            "GM0107",
            "Lock file not up to date",
            "Migration {0} '{1}' is not locked in {2}, and this build is in locked mode (ContinuousIntegrationBuild or MigrationsLockedMode); run '{3}' and commit {2}");

        public static readonly DiagnosticDescriptor LockChangeAccepted = new(
            "GM0108",
            "Lock file change accepted",
            "{0}: accepted {1}",
            Category, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "gm0108");

        public static readonly DiagnosticDescriptor LockChangesNotAccepted = new(
            "GM0109",
            "Lock file changes not accepted",
            "AcceptMigrationsLockChanges=true did not accept the changes to locked migrations reported above: {0}",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + "gm0109");

        private static DiagnosticDescriptor Error(string id, string title, string message) =>
            new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
                helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
    

        // SQL lint (GM0200–GM0299): reported by SqlLintAnalyzer on the statements of migrations not yet in the lock file.

        public static readonly DiagnosticDescriptor LintNotInTransaction = Error(
            "GM0200",
            "Statement cannot run inside a transaction",
            "{0} cannot run inside a transaction, and this migration runs in one; move it to a migration of its own marked '{1}'");

        public static readonly DiagnosticDescriptor LintEnumAddValueInTransaction = Warning(
            "GM0201",
            "ALTER TYPE … ADD VALUE inside a transaction",
            "ALTER TYPE … ADD VALUE fails inside a transaction before PostgreSQL 12, and from 12 on the new value cannot be used until the transaction commits; move it to a migration of its own marked '{0}'");

        public static readonly DiagnosticDescriptor LintIndexNotConcurrent = Warning(
            "GM0202",
            "CREATE INDEX without CONCURRENTLY",
            "CREATE INDEX on {0}, a table this migration did not create, blocks writes to it until the index is built; use CREATE INDEX CONCURRENTLY, in a migration of its own marked '{1}'");

        public static readonly DiagnosticDescriptor LintNotNullColumnWithoutDefault = Warning(
            "GM0203",
            "ADD COLUMN … NOT NULL without DEFAULT",
            "Adding column {0} to {1} as NOT NULL without a DEFAULT fails when the table has rows; give it a DEFAULT, or add it nullable, backfill it and set NOT NULL later");

        public static readonly DiagnosticDescriptor LintColumnTypeChange = Warning(
            "GM0204",
            "ALTER COLUMN … TYPE",
            "Changing the type of column {0} rewrites the table and its indexes while reads and writes wait, and breaks the previous build's queries; add a column of the new type, backfill it in batches, then switch over");

        public static readonly DiagnosticDescriptor LintSetNotNull = Warning(
            "GM0205",
            "SET NOT NULL on an existing column",
            "SET NOT NULL on column {0} scans the whole table while reads and writes wait; first ADD CONSTRAINT … CHECK (column IS NOT NULL) NOT VALID and VALIDATE CONSTRAINT it, then SET NOT NULL (PostgreSQL 12+ then skips the scan)");

        public static readonly DiagnosticDescriptor LintConstraintWithoutNotValid = Warning(
            "GM0206",
            "ADD CONSTRAINT without NOT VALID",
            "Adding {0} constraint to {1} checks every row while writes wait; add it NOT VALID, then VALIDATE CONSTRAINT in a later statement, which lets writes through");

        public static readonly DiagnosticDescriptor LintUniqueConstraintWithoutIndex = Warning(
            "GM0207",
            "UNIQUE or PRIMARY KEY constraint not built on an existing index",
            "Adding a {0} constraint to {1} builds its index while reads and writes wait; CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT … {0} USING INDEX");

        public static readonly DiagnosticDescriptor LintBreaksPreviousBuild = Warning(
            "GM0208",
            "Statement breaks the previous build",
            "{0} breaks instances of the previous build that still use it during a rolling deploy; expand and contract: stop using it in one release, then drop or rename it in a later one");

        public static readonly DiagnosticDescriptor LintBreakingInBackwardCompatible = Warning(
            "GM0209",
            "Backward-compatible migration contains a breaking statement",
            "{0} is marked backward-compatible, but its {1} breaks builds that do not know this migration; remove the mark, or move the statement to a migration that is not backward-compatible");

        private static DiagnosticDescriptor Warning(string id, string title, string message) =>
            new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
                helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
    }
}
