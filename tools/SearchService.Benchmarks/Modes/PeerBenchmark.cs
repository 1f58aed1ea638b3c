using System.Globalization;
using SearchService.Benchmarks.Cli;
using SearchService.Benchmarks.Corpus;
using SearchService.Benchmarks.Measuring;
using SearchService.Benchmarks.Output;
using SearchService.Benchmarks.Service;

namespace SearchService.Benchmarks.Modes;

/// <summary>
/// Runs <c>shared/peers/lucene/run.sh</c> twice over all the queries, top-10 snippets, raw latencies kept: with
/// <c>--op or</c>, the fair comparison (our plain words are an OR, ranked with coordination), then with
/// <c>--op and</c>. Its JVM's resident peak is sampled from /proc while it runs.
/// </summary>
internal static class PeerBenchmark
{
    public static async Task<PeerResult> RunAsync(RunContext context, string docsFile)
    {
        var o = context.Options;
        var ct = context.Cancellation;
        var queries = QuerySet.Load(o.BenchDirectory);
        var all = context.OutFile("queries.txt");
        await File.WriteAllLinesAsync(all, queries.Queries.Select(q => q.Text), ct);

        var runScript = Path.Combine(o.PeersDirectory, "lucene", "run.sh");
        var (or, orPeak) = await RunOnceAsync(context, runScript, docsFile, all, "or");
        var (and, andPeak) = await RunOnceAsync(context, runScript, docsFile, all, "and");
        var byKind = await LatencyStatsScript.RunAsync(o.PeersDirectory, o.BenchDirectory, [context.OutFile("lucene_or.lat")], ct);
        var andByKind = await LatencyStatsScript.RunAsync(o.PeersDirectory, o.BenchDirectory, [context.OutFile("lucene_and.lat")], ct);
        var java = await ChildProcess.RunAsync("java", ["-version"], ct);
        var command = $"LUCENE_BUILD={o.LuceneBuild} {runScript} {docsFile} queries.txt --op or|and --warmup {o.PeerWarmup} --repeat {o.PeerRepeat} --latencies lucene_or|and.lat";
        return new PeerResult(or, and, orPeak, andPeak, byKind, andByKind, java.Stderr.Split('\n')[0].Trim(), command);
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
