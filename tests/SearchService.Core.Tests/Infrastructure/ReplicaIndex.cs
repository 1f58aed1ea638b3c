using Lucene.Net.Index;
using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Core.Search;

namespace SearchService.Core.Tests.Infrastructure;

/// <summary>
/// One replica's index of a folder, in a temp folder: the documents written in the order given, committed every
/// <c>commitEvery</c> and, when asked, merged to one segment, so two of them hold the same documents laid out in
/// different segments and doc numbers.
/// </summary>
public sealed class ReplicaIndex : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "searchservice-core-tests", Guid.NewGuid().ToString("N"));

    public ReplicaIndex(IEnumerable<SourceDocument> documents, int commitEvery, bool compact, SearchLimits limits)
    {
        Store = IndexStore.Open(path, NullLogger.Instance);
        var written = 0;
        foreach (var document in documents)
        {
            Store.Upsert(document);
            if (++written % commitEvery == 0)
            {
                Store.Commit();
            }
        }

        Store.Commit();
        if (compact)
        {
            Store.Compact();
            Store.Commit();
        }

        Store.Refresh();
        Engine = new SearchEngine(Store.Searchers, limits);
    }

    public IndexStore Store { get; }

    public SearchEngine Engine { get; }

    internal T Read<T>(Func<IndexReader, T> read)
    {
        using var lease = Store.Searchers.AcquireSearcher();
        return read(lease.Searcher.IndexReader);
    }

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(path, recursive: true);
    }
}
