using SearchService.Benchmarks.Cli;
using SearchService.Benchmarks.Measuring;
using SearchService.Benchmarks.Modes;

namespace SearchService.Benchmarks.Output;

/// <summary>What a run measured, filled in mode by mode; the report shows the parts that are present.</summary>
internal sealed class ReportData
{
    public required BenchOptions Options { get; init; }

    public required MachineInfo Machine { get; init; }

    public required SourceVersion Source { get; init; }

    public string LoadAverageAtEnd { get; set; } = string.Empty;

    public TimeSpan Elapsed { get; set; }

    public IndexResult? Index { get; set; }

    public QueryResult? Queries { get; set; }

    /// <summary>Our latencies through latency_stats.py, the same script as the peer's.</summary>
    public IReadOnlyDictionary<string, KindStats>? QueriesByScript { get; set; }

    public PeerResult? Peer { get; set; }

    public FilesResult? Files { get; set; }

    public HttpResult? Http { get; set; }

    public FreshnessResult? Freshness { get; set; }

    public IReadOnlyList<GrowthStep>? Growth { get; set; }

    /// <summary>The large-documents mode's tables, already in markdown.</summary>
    public string? LargeDocuments { get; set; }
}
