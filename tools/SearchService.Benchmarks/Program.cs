using SearchService.Benchmarks.Cli;
using SearchService.Benchmarks.Modes;

// Wiring only: parse, run the mode, print the markdown report (progress goes to stderr so stdout pastes cleanly).
BenchOptions options;
try
{
    if (args.Contains("--help") || args.Contains("-h") || args.Length == 0)
    {
        Console.WriteLine(CommandLine.Usage);
        return args.Length == 0 ? 2 : 0;
    }

    options = CommandLine.Parse(args, Environment.CurrentDirectory, TimeProvider.System.GetLocalNow());
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel(); // every mode stops what it started (the service, wrk, the peer) on its way out
};

try
{
    await new ModeRunner(new RunContext(options, TimeProvider.System, Console.Error, cancel.Token)).RunAsync(Console.Out);
    return 0;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("stopped");
    return 130;
}
