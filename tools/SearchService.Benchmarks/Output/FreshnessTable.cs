using SearchService.Benchmarks.Modes;

namespace SearchService.Benchmarks.Output;

/// <summary>File change → visible in search, under a query load.</summary>
internal static class FreshnessTable
{
    public static void Write(TextWriter w, FreshnessResult r)
    {
        w.WriteLine("### Freshness (file closed or deleted → /api/search shows it)");
        w.WriteLine();
        w.WriteLine($"{Fmt.Count(r.Documents)} documents in the index; one operation at a time, polled every {r.PollInterval.TotalMilliseconds:F0} ms by a query for the file's own marker word; the service debounces file events by 300 ms (Search:DebounceMilliseconds). {Fmt.Seconds(r.Elapsed)} s in all.");
        w.WriteLine();
        w.WriteLine("| operation | files | p50 ms | p95 ms | max ms | not visible within 60 s |");
        w.WriteLine("|---|---:|---:|---:|---:|---:|");
        Row(w, "create", r.Create);
        Row(w, "change", r.Change);
        Row(w, "delete", r.Delete);
        w.WriteLine();
        if (r.Load is { } load)
        {
            w.WriteLine($"Load meanwhile: wrk -t{load.Threads} -c{load.Connections}, {Fmt.Count(load.Requests)} searches in {Fmt.Seconds(load.Duration)} s ({Fmt.Rate(load.RequestsPerSecond)} req/s), p50 {Fmt.Ms(load.P50Ms)} ms, p99 {Fmt.Ms(load.P99Ms)} ms, non-2xx {Fmt.Count(load.Non2xx)}, socket errors {Fmt.Count(load.SocketErrors)}.");
        }
        else
        {
            w.WriteLine("No query load meanwhile (--freshness-load 0).");
        }

        w.WriteLine();
    }

    private static void Row(TextWriter w, string label, FreshnessSummary s) =>
        w.WriteLine($"| {label} | {s.Count} | {Fmt.Ms(s.P50)} | {Fmt.Ms(s.P95)} | {Fmt.Ms(s.Max)} | {s.Failed} |");
}
