namespace SearchService.Benchmarks.Measuring;

/// <summary>Nearest-rank percentiles: the ⌈p·n⌉-th smallest value, as <c>shared/peers/latency_stats.py</c> computes
/// them (the peers' own per-query figures differ from it by at most one rank).</summary>
internal static class Percentiles
{
    /// <param name="sorted">Ascending values.</param>
    public static double Of(IReadOnlyList<double> sorted, double percent)
    {
        if (sorted.Count == 0)
        {
            return 0;
        }

        var k = (int)Math.Ceiling((percent / 100.0 * sorted.Count) - 1e-9) - 1;
        return sorted[Math.Clamp(k, 0, sorted.Count - 1)];
    }
}
