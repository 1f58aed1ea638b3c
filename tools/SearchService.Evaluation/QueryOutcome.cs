namespace SearchService.Evaluation;

/// <summary>How both systems did on one query.</summary>
/// <param name="SnippetHasAnswer">Null when the gold document is not in our top 10 (nothing to judge).</param>
internal sealed record QueryOutcome(
    EvalQuery Query,
    RankedList Ours,
    MetricSet OursMetrics,
    RankedList? Baseline,
    MetricSet? BaselineMetrics,
    bool? SnippetHasAnswer)
{
    public int? OursFirstRelevant => Metrics.FirstRelevantRank(Ours.Ids, Query.Grades);

    public int? BaselineFirstRelevant => Baseline is null ? null : Metrics.FirstRelevantRank(Baseline.Ids, Query.Grades);
}
