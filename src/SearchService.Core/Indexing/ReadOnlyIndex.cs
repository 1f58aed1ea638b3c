using Lucene.Net.Search;
using Lucene.Net.Store;

namespace SearchService.Core.Indexing;

/// <summary>Searchers over the last commit of an index folder, opened without a writer (nothing is written or locked).</summary>
internal sealed class ReadOnlyIndex : IDisposable
{
    private readonly PositionalReadDirectory directory;

    private ReadOnlyIndex(PositionalReadDirectory directory, SearcherManager searchers)
    {
        this.directory = directory;
        Searchers = searchers;
    }

    public SearcherManager Searchers { get; }

    public static ReadOnlyIndex Open(string path, IndexSearcherFactory searcherFactory)
    {
        var directory = new PositionalReadDirectory(new DirectoryInfo(path));
        try
        {
            return new ReadOnlyIndex(directory, new SearcherManager(directory, searcherFactory));
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Searchers.Dispose(); // searchers still leased stay usable until released
        directory.Dispose();
    }
}
