using SearchService.Benchmarks.Corpus;
using SearchService.Benchmarks.Modes;

namespace SearchService.Benchmarks.Output;

/// <summary>Ours beside the Java Lucene peer, with ratios ours/theirs (below 1 means we are faster or smaller).</summary>
internal static class PeerTable
{
    public static void Write(TextWriter w, IndexResult? index, QueryResult? queries, IReadOnlyDictionary<string, KindStats>? ours, PeerResult peer)
    {
        w.WriteLine("### Beside Lucene 4.10 (Java) on the same documents and queries");
        w.WriteLine();
        w.WriteLine("| measure | SearchService | Lucene-J | ours / Lucene-J |");
        w.WriteLine("|---|---:|---:|---:|");
        var theirs = peer.Or;
        w.WriteLine($"| documents | {(index is null ? "–" : Fmt.Count(index.Documents))} | {Fmt.Count(theirs.Docs)} | |");
        if (index is { Reused: false })
        {
            w.WriteLine($"| indexing threads | {index.Threads} | 1 | |");
            w.WriteLine($"| index s (ours: to the last commit, then {Fmt.Seconds(index.Merge)} s merging to one segment; Lucene-J: to close) | {Fmt.Seconds(index.Elapsed)} | {Fmt.Seconds(theirs.IndexSeconds)} (2nd run {Fmt.Seconds(peer.And.IndexSeconds)}) | {Fmt.Ratio(index.Elapsed.TotalSeconds, theirs.IndexSeconds)} |");
            w.WriteLine($"| docs/s | {Fmt.Rate(index.DocumentsPerSecond)} | {Fmt.Rate(theirs.Docs / theirs.IndexSeconds)} | {Fmt.Ratio(index.DocumentsPerSecond, theirs.Docs / theirs.IndexSeconds)} |");
            w.WriteLine($"| MB/s of title + text | {Fmt.Rate(index.MegaBytesPerSecond)} | {Fmt.Rate(index.TextBytes / 1e6 / theirs.IndexSeconds)} | {Fmt.Ratio(index.MegaBytesPerSecond, index.TextBytes / 1e6 / theirs.IndexSeconds)} |");
            w.WriteLine($"| peak RSS MB (ours: indexing; JVM: its whole run) | {Fmt.MB(index.Memory!.PeakRssBytes)} | {Fmt.MB(peer.OrPeakRssBytes)} / {Fmt.MB(peer.AndPeakRssBytes)} | {Fmt.Ratio(index.Memory.PeakRssBytes, peer.OrPeakRssBytes)} |");
        }
        else
        {
            w.WriteLine($"| index s | – | {Fmt.Seconds(theirs.IndexSeconds)} (2nd run {Fmt.Seconds(peer.And.IndexSeconds)}) | |");
            w.WriteLine($"| JVM peak RSS MB (each run) | – | {Fmt.MB(peer.OrPeakRssBytes)} / {Fmt.MB(peer.AndPeakRssBytes)} | |");
        }

        if (index is null)
        {
            w.WriteLine($"| index MB on disk | – | {Fmt.MB(theirs.IndexBytes)} | |");
        }

        if (index is not null)
        {
            w.WriteLine($"| index MB on disk | {Fmt.MB(index.IndexBytes)} | {Fmt.MB(theirs.IndexBytes)} | {Fmt.Ratio(index.IndexBytes, theirs.IndexBytes)} |");
        }

        foreach (var kind in QuerySet.Kinds.Append("all"))
        {
            if (peer.ByKind.TryGetValue(kind, out var t))
            {
                var o = ours?.GetValueOrDefault(kind);
                w.WriteLine($"| {kind} p50 ms | {(o is null ? "–" : Fmt.Ms(o.P50))} | {Fmt.Ms(t.P50)} | {Fmt.Ratio(o?.P50 ?? 0, t.P50)} |");
                w.WriteLine($"| {kind} p95 ms | {(o is null ? "–" : Fmt.Ms(o.P95))} | {Fmt.Ms(t.P95)} | {Fmt.Ratio(o?.P95 ?? 0, t.P95)} |");
                if (peer.AndByKind.TryGetValue(kind, out var a))
                {
                    w.WriteLine($"| {kind} p50 / p95 ms, Lucene-J `--op and` | | {Fmt.Ms(a.P50)} / {Fmt.Ms(a.P95)} | {Fmt.Ratio(o?.P50 ?? 0, a.P50)} / {Fmt.Ratio(o?.P95 ?? 0, a.P95)} |");
                }
            }
        }

        if (peer.ByKind.TryGetValue("all", out var ta))
        {
            var oa = ours?.GetValueOrDefault("all");
            w.WriteLine($"| q/s, 1 client (runs ÷ summed latency) | {(oa is null ? "–" : Fmt.Rate(oa.Qps))} | {Fmt.Rate(ta.Qps)} | {Fmt.Ratio(oa?.Qps ?? 0, ta.Qps)} |");
        }

        w.WriteLine();
        w.WriteLine("Latencies on both sides are from `latency_stats.py` over the raw per-run files (every query weighted equally). " +
            "Lucene-J runs twice over all the queries, each run building its own index: `--op or` (the comparison: our plain words are an OR, ranked with coordination; its figures are the Lucene-J column) and `--op and` (the rows that say so). " +
            "Ours answers every query as the service does (any word matches; all words, and close together, rank first; phrases must match).");
        w.WriteLine();
        if (queries is not null)
        {
            WriteHits(w, queries, peer);
        }
    }

    private static void WriteHits(TextWriter w, QueryResult queries, PeerResult peer)
    {
        w.WriteLine("| kind | median hits, ours | median hits, Lucene-J or | median hits, Lucene-J and | no hit, ours | no hit, Lucene-J or |");
        w.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var kind in QuerySet.Kinds)
        {
            var mine = queries.Timings.Where(t => t.Query.Kind == kind).ToList();
            var or = mine.Select(t => peer.Or.Hits.TryGetValue(t.Query.Text, out var h) ? h : -1).Where(h => h >= 0).ToList();
            var and = mine.Select(t => peer.And.Hits.TryGetValue(t.Query.Text, out var h) ? h : -1).Where(h => h >= 0).ToList();
            w.WriteLine($"| {kind} | {Fmt.Median(mine.Select(t => t.Hits))} | {Fmt.Median(or)} | {Fmt.Median(and)} | {mine.Count(t => t.Hits == 0)} | {or.Count(h => h == 0)} |");
        }

        w.WriteLine();
    }
}
