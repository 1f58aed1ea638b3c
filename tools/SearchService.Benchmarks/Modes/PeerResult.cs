using SearchService.Benchmarks.Output;

namespace SearchService.Benchmarks.Modes;

/// <summary>The Java Lucene peer's two runs (keyword+phrase with AND, questions with OR), each building its own
/// index, and its per-kind latencies computed by latency_stats.py from both runs' latency files.</summary>
internal sealed record PeerResult(
    PeerOutput And,
    PeerOutput Or,
    long AndPeakRssBytes,
    long OrPeakRssBytes,
    IReadOnlyDictionary<string, KindStats> ByKind,
    string JavaVersion,
    string Command);
