using System.Globalization;
using SearchService.Benchmarks.Cli;
using SearchService.Benchmarks.Corpus;
using SearchService.Benchmarks.Measuring;
using SearchService.Benchmarks.Output;
using SearchService.Benchmarks.Service;

namespace SearchService.Benchmarks.Modes;

/// <summary>
/// Runs <c>shared/peers/lucene/run.sh</c> as <c>run_anchors.sh</c> does: keyword + phrase queries with the
/// default AND, questions with <c>--op or</c>, top-10 snippets, raw latencies kept. Its JVM's resident peak is
/// sampled from /proc while it runs.
/// </summary>
internal static class PeerBenchmark
{
    public static async Task<PeerResult> RunAsync(RunContext context, string docsFile)
    {
        var o = context.Options;
        var ct = context.Cancellation;
        var queries = QuerySet.Load(o.BenchDirectory);
        var andQueries = context.OutFile("q_and.txt");
        var orQueries = context.OutFile("q_or.txt");
        await File.WriteAllLinesAsync(andQueries, queries.Queries.Where(q => q.Kind != "question").Select(q => q.Text), ct);
        await File.WriteAllLinesAsync(orQueries, queries.OfKind("question").Select(q => q.Text), ct);

        var runScript = Path.Combine(o.PeersDirectory, "lucene", "run.sh");
        var (and, andPeak) = await RunOnceAsync(context, runScript, docsFile, andQueries, "and");
        var (or, orPeak) = await RunOnceAsync(context, runScript, docsFile, orQueries, "or");
        var byKind = await LatencyStatsScript.RunAsync(o.PeersDirectory, o.BenchDirectory, [context.OutFile("lucene_and.lat"), context.OutFile("lucene_or.lat")], ct);
        var java = await ChildProcess.RunAsync("java", ["-version"], ct);
        var command = $"LUCENE_BUILD={o.LuceneBuild} {runScript} {docsFile} q_and.txt|q_or.txt --op and|or --warmup {o.PeerWarmup} --repeat {o.PeerRepeat} --latencies lucene_and|or.lat";
        return new PeerResult(and, or, andPeak, orPeak, byKind, java.Stderr.Split('\n')[0].Trim(), command);
    }

    private static async Task<(PeerOutput Output, long PeakRss)> RunOnceAsync(RunContext context, string runScript, string docsFile, string queries, string op)
    {
        var o = context.Options;
        string[] arguments =
        [
            docsFile, queries, "--op", op,
            "--warmup", o.PeerWarmup.ToString(CultureInfo.InvariantCulture),
            "--repeat", o.PeerRepeat.ToString(CultureInfo.InvariantCulture),
            "--latencies", context.OutFile($"lucene_{op}.lat"),
        ];
        context.Progress.WriteLine($"peer: {runScript} {string.Join(' ', arguments)}");
        var start = context.Time.GetTimestamp();
        using var child = ChildProcess.Start(runScript, arguments, new Dictionary<string, string> { ["LUCENE_BUILD"] = o.LuceneBuild });
        ProcessOutput output;
        long peak;
        // run.sh execs java, so the pid becomes the JVM's and its VmHWM is the JVM's own.
        await using (var sampler = new ProcessMemorySampler(child.Id, context.Time, TimeSpan.FromMilliseconds(100)))
        {
            output = await child.WaitAsync(context.Cancellation);
            peak = sampler.PeakBytes;
        }

        var report = context.OutFile($"lucene_{op}.txt");
        await File.WriteAllTextAsync(report, output.Stdout, context.Cancellation);
        await File.WriteAllTextAsync(context.OutFile($"lucene_{op}.err"), output.Stderr, context.Cancellation);
        if (output.ExitCode != 0)
        {
            throw new InvalidOperationException($"the Lucene peer exited with {output.ExitCode}; see {context.OutFile($"lucene_{op}.err")}");
        }

        var parsed = PeerOutput.Parse(report);
        context.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peer ({op}): {parsed.Docs:N0} docs indexed in {parsed.IndexSeconds:F1} s, p50 {parsed.P50:F2} ms, p95 {parsed.P95:F2} ms; run took {context.Since(start).TotalSeconds:F0} s, JVM peak {peak / 1e6:F0} MB"));
        return (parsed, peak);
    }
}
