using SearchService.Benchmarks.Cli;
using SearchService.Benchmarks.Corpus;
using SearchService.Benchmarks.Measuring;
using SearchService.Benchmarks.Output;
using SearchService.Benchmarks.Service;

namespace SearchService.Benchmarks.Modes;

/// <summary>Runs the chosen mode (or, for <c>all</c>, several in turn), then writes the markdown report to stdout
/// and to the output folder.</summary>
internal sealed class ModeRunner(RunContext context)
{
    private static readonly string[] SummarizedReports = ["ours.txt", "lucene_or.txt", "lucene_and.txt"];

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
        var all = O.Mode == "all";
        if (O.Mode == "large")
        {
            report.LargeDocuments = LargeDocumentsBenchmark.Run(context, [.. documents.Take(3_000)], QuerySet.Load(O.BenchDirectory).Queries);
            return;
        }

        if (O.Mode is "index" or "queries" or "all")
        {
            await InProcessAsync(report, documents, withQueries: O.Mode != "index");
        }

        if (O.Mode == "files" || (all && O.WithFiles))
        {
            report.Files = await FilesBenchmark.RunAsync(context, documents);
        }

        if (O.Mode == "http" || (all && O.WithHttp))
        {
            report.Http = await HttpBenchmark.RunAsync(context, documents);
        }

        if (O.Mode == "freshness" || (all && O.WithFreshness))
        {
            report.Freshness = await FreshnessBenchmark.RunAsync(context, documents);
        }

        if (O.Mode is "peers" or "all")
        {
            var docsFile = DocumentSource.IsWholeFile(O) ? O.DocsFile : context.OutFile("docs.jsonl");
            if (docsFile != O.DocsFile)
            {
                DocsFile.Write(docsFile, documents); // the peer reads exactly the sample we indexed
            }

            report.Peer = await PeerBenchmark.RunAsync(context, docsFile);
            await SummarizeAsync();
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
            IndexBenchmark.DeleteIndexFolder(index);
        }
    }

    /// <summary>summarize.py over ours and the peer's two runs: its per-query hits table, kept beside the report.</summary>
    private async Task SummarizeAsync()
    {
        var files = SummarizedReports.Select(context.OutFile).Where(File.Exists);
        var output = await ChildProcess.RunAsync(LatencyStatsScript.Python, [Path.Combine(O.PeersDirectory, "summarize.py"), .. files], context.Cancellation);
        await File.WriteAllTextAsync(context.OutFile("summarize.md"), output.Stdout, context.Cancellation);
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
