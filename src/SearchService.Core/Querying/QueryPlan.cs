using Lucene.Net.Search;

namespace SearchService.Core.Querying;

/// <summary>What a request searches: the assembled query (null when nothing is searchable), built from the same
/// rewritten item queries that the marks are read from.</summary>
internal sealed record QueryPlan(Query? Query, IReadOnlyList<PlannedItem> Items);
