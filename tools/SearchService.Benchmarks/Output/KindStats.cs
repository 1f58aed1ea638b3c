namespace SearchService.Benchmarks.Output;

/// <summary>One row of latency_stats.py: every query weighted equally; qps sequential, one client.</summary>
internal sealed record KindStats(int Queries, int Runs, double P50, double P95, double Mean, double Qps);
