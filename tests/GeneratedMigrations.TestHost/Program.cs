using GeneratedMigrations.TestHost;

// The process that process-level tests start, several at once, against one database.
// Usage and output: see HostOptions.Usage. Exit codes: see ExitCode.

if (!HostOptions.TryParse(args, out var options, out var error))
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(HostOptions.Usage);
    return ExitCode.BadArguments;
}

HostBehaviour.Engine = options.Engine;
HostBehaviour.HangIn = options.HangIn;

if (options.WaitForGo)
{
    // A start barrier: the test starts every host, waits for all of them to be ready, then releases them together.
    Console.WriteLine("ready");
    if (await Console.In.ReadLineAsync() != "go")
    {
        Console.Error.WriteLine("Standard input closed before 'go'.");
        return ExitCode.BadArguments;
    }
}

return options.Mode switch
{
    HostMode.Migrate => await MigrateCommand.RunAsync(options),
    HostMode.Repair => await MigrateCommand.RepairAsync(options),
    HostMode.Cli => await MigrateCommand.CliAsync(options),
    _ => throw new InvalidOperationException($"Mode {options.Mode} has no command."),
};
