using Lucene.Net.Search;

namespace SearchService.Core.Querying;

/// <summary>What a request searches: the words' query (null when nothing is searchable), built from the same
/// rewritten item queries that the marks are read from, and the proximity bonus that rescores its best hits.</summary>
internal sealed record QueryPlan(Query? Query, Query? Proximity, IReadOnlyList<PlannedItem> Items);
