using GeneratorBenchmarks;

// The generator at scale, in-process: cold run, body edit, comment edit, unrelated edit, median of several runs.
//   dotnet run -c Release --project benchmarks/GeneratedMigrations.GeneratorBenchmarks -- [--migrations 1000,10000] [--runs 9]
//   ... -- --generator path/to/GeneratedMigrations.Generators.dll   (another build of the generator, e.g. an earlier commit's)
//   ... -- --steps 10000 body   (tracked step times of one edit)   ... -- --profile 10000   (the work after Collect, piece by piece)
//   ... -- --loop 1000 body 500 [--generator path.dll]   (500 edits in a row: the steady-state CPU median, or a run to profile)
var sizes = new[] { 1_000, 10_000 };
var runs = 9;
if (args is ["--loop", var loopSize, var loopScenario, var loopCount, .. var loopRest])
{
    // Many edits of one kind in a row, for perf record or a steady-state CPU median: --loop 1000 body 500 [--generator path.dll]
    if (loopRest is ["--generator", var loopGenerator]) GeneratorScenarios.CreateGenerator = GeneratorScenarios.LoadGenerator(loopGenerator);
    Console.WriteLine(GeneratorScenarios.Loop(int.Parse(loopSize), loopScenario, int.Parse(loopCount)));
    return 0;
}
if (args is ["--profile", var profileSize])
{
    // The generator's work after Collect, piece by piece, called directly: --profile 10000
    foreach (var line in GeneratorScenarios.Profile(int.Parse(profileSize))) Console.WriteLine(line);
    return 0;
}
if (args is ["--steps", var stepsSize, var scenario])
{
    // Where one edit's time goes, per tracked step: --steps 10000 body|comment|unrelated
    foreach (var line in GeneratorScenarios.StepTimes(int.Parse(stepsSize), scenario)) Console.WriteLine(line);
    return 0;
}
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--migrations": sizes = args[i + 1].Split(',').Select(int.Parse).ToArray(); break;
        case "--runs": runs = int.Parse(args[i + 1]); break;
        case "--generator": GeneratorScenarios.CreateGenerator = GeneratorScenarios.LoadGenerator(args[i + 1]); break;
        default: Console.Error.WriteLine($"Unknown option {args[i]}; use --migrations 1000,10000 --runs 9 --generator path.dll"); return 2;
    }
}

var failed = false;
Console.WriteLine("| migrations | scenario | median ms | min ms | max ms | median CPU ms | runs | per-class parses re-run (of N) |");
Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---|");
foreach (var size in sizes)
{
    foreach (var result in GeneratorScenarios.Measure(size, runs))
    {
        Console.WriteLine(result.ToMarkdownRow());
        failed |= result.Problem is not null;
        if (result.Problem is not null) Console.Error.WriteLine($"{size} {result.Scenario}: {result.Problem}");
    }
}
return failed ? 1 : 0;
