namespace SearchService.Evaluation;

/// <summary>
/// Per-query IR metrics over a ranked id list and graded judgements (id → grade ≥ 1). Any grade counts as
/// relevant for MRR and recall; nDCG uses the grade as the gain with the log2(rank + 1) discount, and the
/// ideal DCG comes from the judgements (not from what was retrieved).
/// </summary>
internal static class Metrics
{
    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int k)
    {
        var ideal = Dcg(grades.Values.Where(g => g > 0).OrderDescending().Take(k));
        return ideal == 0 ? 0 : Dcg(ranked.Take(k).Select(id => grades.GetValueOrDefault(id))) / ideal;
    }

    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int k)
    {
        var rank = FirstRelevantRank(ranked, grades);
        return rank is { } r && r <= k ? 1.0 / r : 0;
    }

    public static double Recall(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int k)
    {
        var relevant = grades.Count(p => p.Value > 0);
        return relevant == 0 ? 0 : ranked.Take(k).Distinct().Count(id => grades.GetValueOrDefault(id) > 0) / (double)relevant;
    }

    /// <summary>1-based rank of the first relevant id, or null when none was returned.</summary>
    public static int? FirstRelevantRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            if (grades.GetValueOrDefault(ranked[i]) > 0)
            {
                return i + 1;
            }
        }

        return null;
    }

    public static MetricSet Compute(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades) => new(
        Ndcg(ranked, grades, 10),
        ReciprocalRank(ranked, grades, 10),
        Recall(ranked, grades, 10),
        Recall(ranked, grades, 100));

    private static double Dcg(IEnumerable<int> gains) =>
        gains.Select((gain, i) => gain / Math.Log2(i + 2)).Sum();
}
