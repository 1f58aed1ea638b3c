namespace SearchService.Evaluation;

/// <summary>The four reported metrics, for one query or averaged over many.</summary>
internal sealed record MetricSet(double Ndcg10, double Mrr10, double Recall10, double Recall100)
{
    public static MetricSet Mean(IReadOnlyCollection<MetricSet> sets) => sets.Count == 0
        ? new MetricSet(0, 0, 0, 0)
        : new MetricSet(
            sets.Average(s => s.Ndcg10),
            sets.Average(s => s.Mrr10),
            sets.Average(s => s.Recall10),
            sets.Average(s => s.Recall100));
}
