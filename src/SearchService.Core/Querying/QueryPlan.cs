using Lucene.Net.Search;

namespace SearchService.Core.Querying;

/// <summary>A positive query item's query as searched, rewritten against the index (a fuzzy or prefix word
/// expanded to the terms the index holds), and the key its marks carry.</summary>
internal sealed record PlannedItem(int Key, Query Query);

/// <summary>What a request searches: the assembled query (null when nothing is searchable), built from the same
/// rewritten item queries that the marks are read from.</summary>
internal sealed record QueryPlan(Query? Query, IReadOnlyList<PlannedItem> Items);
