using BenchmarkDotNet.Running;
using MigrationBenchmarks;

// GeneratedMigrations beside EF Core Migrations and a raw ADO.NET loop, on SQLite files in a temp folder.
//   benchmarks/run.sh                                                                           (everything, one command)
//   dotnet run -c Release --project benchmarks/GeneratedMigrations.Benchmarks -- whole-process   (issue 12's whole-process scenarios)
//   dotnet run -c Release --project benchmarks/GeneratedMigrations.Benchmarks -- --filter '*'   (BenchmarkDotNet, in-process)
//   dotnet run -c Release --project benchmarks/GeneratedMigrations.Benchmarks -- --same-work   (check only, no timing)
if (args is ["--same-work"])
{
    Console.WriteLine(await SameWork.CheckAsync());
    return 0;
}
if (args is ["whole-process", .. var wholeProcessArgs])
{
    return await MigrationBenchmarks.WholeProcess.WholeProcessBenchmarks.RunAsync(wholeProcessArgs);
}
//   dotnet run -c Release --project benchmarks/GeneratedMigrations.Benchmarks -- --fleet   (GM_BENCH_POSTGRES=<superuser connection string> adds PostgreSQL)
if (args is ["--fleet"])
{
    Console.WriteLine(await MigrationBenchmarks.Fleet.FleetBenchmark.RunAsync(Environment.GetEnvironmentVariable(MigrationBenchmarks.Fleet.FleetBenchmark.PostgresVariable)));
    return 0;
}
// The cold-start benchmarks copy up-to-date databases made here, so that their own processes touch nothing before the call.
var templates = await ColdStartBenchmarks.PrepareTemplates();
Environment.SetEnvironmentVariable(ColdStartBenchmarks.TemplatesVariable, templates);
try
{
    BenchmarkSwitcher.FromAssembly(typeof(SameWork).Assembly).Run(args);
}
finally
{
    Directory.Delete(templates, recursive: true);
}
return 0;
