using SearchService.Benchmarks.Measuring;

namespace SearchService.Benchmarks.Modes;

/// <summary>One in-process indexing run.</summary>
/// <param name="Elapsed">Open, upserts, commits, and closing the writer (which waits for merges), as the Java peer
/// times it; reading the JSONL is not counted.</param>
/// <param name="Reused">The index was already complete and was not rebuilt (no timing).</param>
internal sealed record IndexResult(
    int Documents,
    long TextBytes,
    TimeSpan Elapsed,
    long IndexBytes,
    int Threads,
    int CommitEvery,
    MemoryUse? Memory,
    bool Reused = false)
{
    /// <summary>After the last commit (searchable), until the index is merged to one segment and the writer closed.</summary>
    public TimeSpan Merge { get; init; }

    public double DocumentsPerSecond => Elapsed > TimeSpan.Zero ? Documents / Elapsed.TotalSeconds : 0;

    public double MegaBytesPerSecond => Elapsed > TimeSpan.Zero ? TextBytes / 1e6 / Elapsed.TotalSeconds : 0;
}
