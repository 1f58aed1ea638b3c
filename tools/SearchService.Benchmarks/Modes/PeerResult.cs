using SearchService.Benchmarks.Output;

namespace SearchService.Benchmarks.Modes;

/// <summary>The Java Lucene peer's two runs over all the queries, each building its own index: <c>--op or</c> (the
/// fair comparison: our plain words are an OR with coordination) and <c>--op and</c>; per-kind latencies of each
/// from latency_stats.py.</summary>
internal sealed record PeerResult(
    PeerOutput Or,
    PeerOutput And,
    long OrPeakRssBytes,
    long AndPeakRssBytes,
    IReadOnlyDictionary<string, KindStats> ByKind,
    IReadOnlyDictionary<string, KindStats> AndByKind,
    string JavaVersion,
    string Command);
