using SearchService.Benchmarks.Modes;

namespace SearchService.Benchmarks.Output;

/// <summary>Indexing and query figures at each corpus size.</summary>
internal static class GrowthTable
{
    public static void Write(TextWriter w, IReadOnlyList<GrowthStep> steps, int seed)
    {
        w.WriteLine($"### Growth (replicated news under new ids, shuffled with seed {seed}; in-process)");
        w.WriteLine();
        w.WriteLine("| documents | index s | then merge s | docs/s | MB/s | index MB | peak RSS MB | keyword p50 / p95 ms | phrase p50 / p95 ms | question p50 / p95 ms | all p50 / p95 ms | q/s, 1 / 2 threads |");
        w.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in steps)
        {
            var i = s.Index;
            var q = s.Queries;
            w.WriteLine($"| {Fmt.Count(s.Size)} | {Fmt.Seconds(i.Elapsed)} | {Fmt.Seconds(i.Merge)} | {Fmt.Rate(i.DocumentsPerSecond)} | {Fmt.Rate(i.MegaBytesPerSecond)} | {Fmt.MB(i.IndexBytes)} | {Fmt.MB(i.Memory?.PeakRssBytes ?? 0)} | {Pair(q, "keyword")} | {Pair(q, "phrase")} | {Pair(q, "question")} | {Fmt.Ms(q.All.P50)} / {Fmt.Ms(q.All.P95)} | {Fmt.Rate(q.Throughput[1])} / {Fmt.Rate(q.Throughput[2])} |");
        }

        w.WriteLine();
        w.WriteLine("Copies share their term statistics with the originals, so these figures are for throughput and size, not ranking.");
        w.WriteLine();
    }

    private static string Pair(QueryResult q, string kind) => $"{Fmt.Ms(q.ByKind[kind].P50)} / {Fmt.Ms(q.ByKind[kind].P95)}";
}
