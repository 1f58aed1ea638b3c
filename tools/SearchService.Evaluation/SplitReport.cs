namespace SearchService.Evaluation;

/// <summary>Mean metrics over one group of queries ("All", "ARCD train", ...).</summary>
internal sealed record SplitReport(
    string Name,
    int Queries,
    MetricSet Ours,
    MetricSet? Baseline,
    int SnippetJudged,
    int SnippetWithAnswer,
    int ParseFailures)
{
    /// <summary>Share of judged queries (gold in our top 10) whose first snippet contains an answer.</summary>
    public double? SnippetShare => SnippetJudged == 0 ? null : SnippetWithAnswer / (double)SnippetJudged;

    public static SplitReport From(string name, IReadOnlyCollection<QueryOutcome> outcomes)
    {
        var baseline = outcomes.Where(o => o.BaselineMetrics is not null).Select(o => o.BaselineMetrics!).ToList();
        return new SplitReport(
            name,
            outcomes.Count,
            MetricSet.Mean([.. outcomes.Select(o => o.OursMetrics)]),
            baseline.Count == 0 ? null : MetricSet.Mean(baseline),
            outcomes.Count(o => o.SnippetHasAnswer is not null),
            outcomes.Count(o => o.SnippetHasAnswer == true),
            outcomes.Count(o => o.Ours.ParseFailed));
    }
}
