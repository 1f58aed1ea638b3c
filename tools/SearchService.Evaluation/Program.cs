using SearchService.Evaluation;

// Wiring only: parse flags, run the evaluator, print Markdown (progress goes to stderr so stdout pastes cleanly).
// `did-you-mean`: the spelling-suggestion measurement (issue 13), a run of its own.
if (args.Length > 0 && args[0] == "did-you-mean")
{
    return SearchService.Evaluation.Spelling.DidYouMeanCommand.Run(args[1..], Environment.CurrentDirectory);
}

EvaluationOptions options;
try
{
    if (args.Contains("--help") || args.Contains("-h"))
    {
        Console.WriteLine(CommandLine.Usage);
        return 0;
    }

    options = CommandLine.Parse(args, Environment.CurrentDirectory);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

if (options.Suggest)
{
    SuggestTiming.Run(options, Console.Out, Console.Error);
    return 0;
}

if (options.Related)
{
    RelatedReportWriter.WriteMarkdown(RelatedEvaluator.Run(options, Console.Error), Console.Out);
    return 0;
}

var report = Evaluator.Run(options, Console.Error);
ReportWriter.WriteMarkdown(report, Console.Out);
if (options.RanksFile is not null)
{
    using var ranks = new StreamWriter(options.RanksFile);
    ReportWriter.WriteRanks(report, ranks);
    Console.Error.WriteLine($"Per-query ranks written to {options.RanksFile}");
}

return 0;
