using SearchService.Benchmarks.Measuring;

namespace SearchService.Benchmarks.Modes;

/// <summary>The in-process query run: every timed run, summaries per kind and overall, and throughput.</summary>
/// <param name="ByKind">Kind → summary, in the order keyword, phrase, question.</param>
/// <param name="Throughput">Threads → queries per second over whole passes of the query set (wall clock).</param>
/// <param name="TimedOut">Runs that hit the service's 2 s budget (their hits are partial).</param>
/// <param name="Rejected">Runs whose query the parser refused (the API's 400).</param>
/// <param name="EmptySnippets">Hits returned without any snippet fragment (each hit should have at least one).</param>
internal sealed record QueryResult(
    IReadOnlyList<QueryTiming> Timings,
    IReadOnlyDictionary<string, LatencySummary> ByKind,
    LatencySummary All,
    IReadOnlyDictionary<int, double> Throughput,
    int TimedOut,
    int Rejected,
    int EmptySnippets,
    int Warmup,
    int Repeat,
    int TopK);
