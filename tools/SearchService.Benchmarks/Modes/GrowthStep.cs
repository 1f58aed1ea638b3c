namespace SearchService.Benchmarks.Modes;

/// <summary>One size of the growth mode: its indexing and query figures.</summary>
internal sealed record GrowthStep(int Size, IndexResult Index, QueryResult Queries);
