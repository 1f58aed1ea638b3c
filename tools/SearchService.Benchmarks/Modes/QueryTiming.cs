using SearchService.Benchmarks.Corpus;

namespace SearchService.Benchmarks.Modes;

/// <summary>The timed runs of one query (milliseconds, in order) and what its last run found.</summary>
internal sealed record QueryTiming(BenchQuery Query, int Hits, IReadOnlyList<double> Milliseconds);
