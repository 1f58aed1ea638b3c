using SearchService.Benchmarks.Cli;
using SearchService.Benchmarks.Corpus;
using SearchService.Benchmarks.Measuring;
using SearchService.Benchmarks.Output;

namespace SearchService.Benchmarks.Modes;

/// <summary>Runs the chosen mode (or, for <c>all</c>, several in turn), then writes the markdown report to stdout
/// and to the output folder.</summary>
internal sealed class ModeRunner(RunContext context)
{
    private BenchOptions O => context.Options;

    public async Task RunAsync(TextWriter stdout)
    {
        var ct = context.Cancellation;
        var report = new ReportData
        {
            Options = O,
            Machine = MachineInfo.Read(context.Time),
            Source = await SourceVersion.ReadAsync(CommandLine.FindRepositoryRoot(), ct),
        };
        var start = context.Time.GetTimestamp();
        var reportFile = context.OutFile(O.Mode == "all" ? "report.md" : O.Mode + ".md");
        context.Progress.WriteLine($"{O.Mode}: output in {O.OutDirectory}");

        if (O.Mode == "growth")
        {
            // Written after every size, so a run stopped during the next one keeps what it finished.
            report.Growth = await GrowthBenchmark.RunAsync(context, steps =>
            {
                report.Growth = steps;
                return WriteAsync(report, start, reportFile, null);
            });
        }
        else
        {
            await RunDocumentModesAsync(report);
        }

        await WriteAsync(report, start, reportFile, stdout);
    }

    private async Task RunDocumentModesAsync(ReportData report)
    {
        var documents = DocumentSource.Load(context);
        if (O.Mode is "index" or "queries")
        {
            await InProcessAsync(report, documents, withQueries: O.Mode != "index");
        }

        if (O.Mode is not ("index" or "queries"))
        {
            throw new ArgumentException($"the {O.Mode} mode is not implemented yet");
        }
    }

    private async Task InProcessAsync(ReportData report, IReadOnlyList<BenchDocument> documents, bool withQueries)
    {
        var index = O.IndexDirectory ?? Path.Combine(O.OutDirectory, "index");
        report.Index = (O.IndexDirectory is not null && withQueries ? IndexBenchmark.TryReuse(context, documents, index) : null)
            ?? IndexBenchmark.Run(context, documents, index);
        if (withQueries)
        {
            report.Queries = QueryBenchmark.Run(context, index, QuerySet.Load(O.BenchDirectory));
            PeerFormat.WriteReport(context.OutFile("ours.txt"), report.Index, report.Queries);
            PeerFormat.WriteLatencies(context.OutFile("ours.lat.tsv"), report.Queries);
            report.QueriesByScript = await LatencyStatsScript.RunAsync(O.PeersDirectory, O.BenchDirectory, [context.OutFile("ours.lat.tsv")], context.Cancellation);
        }

        if (!O.KeepIndex)
        {
            Directory.Delete(index, recursive: true);
        }
    }

    private async Task WriteAsync(ReportData report, long start, string file, TextWriter? stdout)
    {
        report.Elapsed = context.Since(start);
        report.LoadAverageAtEnd = MachineInfo.LoadAverageNow();
        using var text = new StringWriter();
        MarkdownReport.Write(text, report);
        await File.WriteAllTextAsync(file, text.ToString(), context.Cancellation);
        if (stdout is not null)
        {
            await stdout.WriteAsync(text.ToString());
            context.Progress.WriteLine($"report written to {file}");
        }
    }
}
