using Lucene.Net.Search;

namespace SearchService.Core.Indexing;

/// <summary>Holds one searcher from a <see cref="SearcherManager"/> until disposed.</summary>
public sealed class SearcherLease : IDisposable
{
    private readonly SearcherManager manager;

    internal SearcherLease(SearcherManager manager)
    {
        this.manager = manager;
        Searcher = manager.Acquire();
    }

    public IndexSearcher Searcher { get; }

    public void Dispose() => manager.Release(Searcher);
}
