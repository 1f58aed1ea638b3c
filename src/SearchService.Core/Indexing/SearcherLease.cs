using Lucene.Net.Search;

namespace SearchService.Core.Indexing;

/// <summary>Holds one searcher until disposed, so the reader it uses is not closed under it.</summary>
internal sealed class SearcherLease : IDisposable
{
    private readonly ReferenceManager<IndexSearcher> manager;

    internal SearcherLease(ReferenceManager<IndexSearcher> manager)
    {
        this.manager = manager;
        Searcher = manager.Acquire();
    }

    public IndexSearcher Searcher { get; }

    public void Dispose() => manager.Release(Searcher); // safe even after the manager was disposed
}
