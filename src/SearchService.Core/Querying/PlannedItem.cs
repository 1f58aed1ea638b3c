using Lucene.Net.Search;

namespace SearchService.Core.Querying;

/// <summary>A positive query item's query as searched, rewritten against the index (a fuzzy or prefix word
/// expanded to the terms the index holds), and the key its marks carry.</summary>
internal sealed record PlannedItem(int Key, Query Query);
