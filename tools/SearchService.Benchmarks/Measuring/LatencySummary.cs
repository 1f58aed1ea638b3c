namespace SearchService.Benchmarks.Measuring;

/// <summary>Latency figures over a set of timed runs (milliseconds). <see cref="Qps"/> is sequential, one
/// client: runs divided by their summed latency, as the peers print it.</summary>
internal sealed record LatencySummary(int Queries, int Runs, double P50, double P95, double P99, double Mean, double Max, double Qps)
{
    public static LatencySummary From(int queries, IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        if (sorted.Count == 0)
        {
            return new LatencySummary(queries, 0, 0, 0, 0, 0, 0, 0);
        }

        var sum = sorted.Sum();
        return new LatencySummary(
            queries,
            sorted.Count,
            Percentiles.Of(sorted, 50),
            Percentiles.Of(sorted, 95),
            Percentiles.Of(sorted, 99),
            sum / sorted.Count,
            sorted[^1],
            sum > 0 ? sorted.Count / (sum / 1000.0) : 0);
    }
}
