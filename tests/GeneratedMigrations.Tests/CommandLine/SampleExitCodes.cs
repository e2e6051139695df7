namespace GeneratedMigrations.Tests.CommandLine;

/// <summary>GeneratedMigrations.CommandLine's exit codes, as a deploy script spells them (numbers, from the README).</summary>
internal static class SampleExitCodes
{
    public const int Success = 0;
    public const int MigrationFailed = 1;
    public const int Usage = 2;
    public const int Refused = 3;
    public const int Pending = 4;
    public const int LockTimeout = 5;
    public const int Error = 6;
}
