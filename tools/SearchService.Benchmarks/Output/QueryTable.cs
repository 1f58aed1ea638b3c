using System.Globalization;
using SearchService.Benchmarks.Measuring;
using SearchService.Benchmarks.Modes;

namespace SearchService.Benchmarks.Output;

/// <summary>The in-process query figures: latency per kind and throughput on one and two threads.</summary>
internal static class QueryTable
{
    public static void Write(TextWriter w, QueryResult r, int passes)
    {
        w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"### Queries in-process (SearchEngine.Search, top {r.TopK} with snippets; {r.Warmup} untimed + {r.Repeat} timed runs per query after one warm-up pass)"));
        w.WriteLine();
        w.WriteLine("| kind | queries | runs | p50 ms | p95 ms | p99 ms | mean ms | max ms | q/s, 1 client | median hits | queries with no hit |");
        w.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (kind, s) in r.ByKind.Append(new KeyValuePair<string, LatencySummary>("all", r.All)))
        {
            var timings = r.Timings.Where(t => kind == "all" || t.Query.Kind == kind).ToList();
            w.WriteLine($"| {kind} | {s.Queries} | {Fmt.Count(s.Runs)} | {Fmt.Ms(s.P50)} | {Fmt.Ms(s.P95)} | {Fmt.Ms(s.P99)} | {Fmt.Ms(s.Mean)} | {Fmt.Ms(s.Max)} | {Fmt.Rate(s.Qps)} | {Fmt.Median(timings.Select(t => t.Hits))} | {timings.Count(t => t.Hits == 0)} |");
        }

        w.WriteLine();
        w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Throughput over {passes} passes of the {r.Timings.Count} queries (wall clock): **{Fmt.Rate(r.Throughput[1])} q/s on 1 thread, {Fmt.Rate(r.Throughput[2])} q/s on 2 threads**. " +
            $"Timed-out runs (2 s budget): {r.TimedOut}; rejected queries: {r.Rejected}; hits without a snippet: {r.EmptySnippets}."));
        w.WriteLine("\"q/s, 1 client\" is runs ÷ summed latency, as the peers print it.");
        w.WriteLine();
    }
}
