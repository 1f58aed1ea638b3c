using System.Globalization;
using SearchService.Benchmarks.Cli;
using SearchService.Benchmarks.Corpus;
using SearchService.Benchmarks.Engine;
using SearchService.Benchmarks.Measuring;
using SearchService.Core.Search;

namespace SearchService.Benchmarks.Modes;

/// <summary>
/// The 300 queries against the index in-process, each with snippets for its top hits, in the peers' protocol:
/// one warm-up pass over all queries (the JIT's tiers settle), then per query --warmup untimed and --repeat timed
/// runs one after another. Then throughput: whole passes over the set on one and on two threads.
/// </summary>
internal static class QueryBenchmark
{
    public static QueryResult Run(RunContext context, string indexPath, QuerySet queries)
    {
        var o = context.Options;
        using var engine = EngineUnderTest.Open(indexPath, o.Ranking.Weights);
        engine.Filters = new SearchFilters(o.FilterFrom) { Tags = o.FilterTag is { } tag ? [tag] : [] };
        var ct = context.Cancellation;
        var start = context.Time.GetTimestamp();
        foreach (var q in queries.Queries)
        {
            engine.Search(q.Text, o.TopK, ct);
        }

        context.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"warm-up pass over {queries.Queries.Count} queries: {context.Since(start).TotalSeconds:F1} s; timing {o.Warmup}+{o.Repeat} runs each"));

        var timings = new List<QueryTiming>();
        int timedOut = 0, rejected = 0, emptySnippets = 0;
        foreach (var q in queries.Queries)
        {
            for (var i = 0; i < o.Warmup; i++)
            {
                engine.Search(q.Text, o.TopK, ct);
            }

            var runs = new double[o.Repeat];
            SearchOutcome? last = null;
            for (var i = 0; i < o.Repeat; i++)
            {
                var t = context.Time.GetTimestamp();
                last = engine.Search(q.Text, o.TopK, ct);
                runs[i] = context.Since(t).TotalMilliseconds;
                timedOut += last.TimedOut ? 1 : 0;
                rejected += last.Rejected ? 1 : 0;
            }

            emptySnippets += Math.Max(0, last!.Returned - last.Fragments);
            timings.Add(new QueryTiming(q, last.Total, runs));
        }

        var byKind = QuerySet.Kinds.ToDictionary(
            k => k,
            k => LatencySummary.From(timings.Count(t => t.Query.Kind == k), timings.Where(t => t.Query.Kind == k).SelectMany(t => t.Milliseconds)));
        var all = LatencySummary.From(timings.Count, timings.SelectMany(t => t.Milliseconds));
        var throughput = new Dictionary<int, double>
        {
            [1] = Throughput(context, engine, queries, threads: 1),
            [2] = Throughput(context, engine, queries, threads: 2),
        };
        context.Progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"queries: p50 {all.P50:F2} ms, p95 {all.P95:F2} ms, p99 {all.P99:F2} ms; {throughput[1]:F0} q/s on 1 thread, {throughput[2]:F0} q/s on 2"));
        return new QueryResult(timings, byKind, all, throughput, timedOut, rejected, emptySnippets, o.Warmup, o.Repeat, o.TopK);
    }

    /// <summary>Queries per second, wall clock, over --passes passes of the set shared among the threads.</summary>
    private static double Throughput(RunContext context, EngineUnderTest engine, QuerySet queries, int threads)
    {
        var total = queries.Queries.Count * context.Options.Passes;
        var next = -1;
        var start = context.Time.GetTimestamp();
        var workers = Enumerable.Range(0, threads).Select(_ => Task.Factory.StartNew(
            () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < total)
                {
                    engine.Search(queries.Queries[i % queries.Queries.Count].Text, context.Options.TopK, context.Cancellation);
                }
            },
            context.Cancellation,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();
        Task.WaitAll(workers, context.Cancellation);
        return total / context.Since(start).TotalSeconds;
    }
}
