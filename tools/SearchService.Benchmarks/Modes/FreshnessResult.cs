using SearchService.Benchmarks.Service;

namespace SearchService.Benchmarks.Modes;

/// <summary>Time from a file being closed (or deleted) to <c>/api/search</c> showing the change, per operation.</summary>
/// <param name="Load">The concurrent query load meanwhile (null when --freshness-load 0).</param>
internal sealed record FreshnessResult(
    FreshnessSummary Create,
    FreshnessSummary Change,
    FreshnessSummary Delete,
    WrkResult? Load,
    int Documents,
    TimeSpan PollInterval,
    TimeSpan Elapsed);

/// <summary>Milliseconds until visible; <paramref name="Failed"/> changes never became visible within the limit.</summary>
internal sealed record FreshnessSummary(int Count, int Failed, double P50, double P95, double Max);
