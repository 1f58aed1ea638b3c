using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Core.Documents;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using SearchService.Core.Search;

namespace SearchService.Evaluation;

/// <summary>
/// The system under test: the service's own IndexStore and SearchEngine, so analysis, fields, boosts, query
/// parsing and snippets are exactly the HTTP API's (only the weights can be varied, through QueryWeights).
/// </summary>
internal sealed class ServiceEngineRunner : IDisposable
{
    private readonly IndexStore store;
    private readonly SearchEngine engine;

    public ServiceEngineRunner(string indexPath, QueryWeights weights, Bm25Parameters bm25)
    {
        store = IndexStore.Open(indexPath, NullLogger.Instance, bm25);
        // The service's limits, but a budget no evaluation query reaches: a timed-out (partial) ranking would be
        // measured as if it were the engine's answer, and the machine's load would change the numbers.
        engine = new SearchEngine(store.Searchers, weights, new SnippetBuilder(), SearchLimits.Default with { QueryTimeoutMilliseconds = 60_000 });
    }

    public int DocumentCount => store.DocumentCount;

    /// <summary>The index's searchers, for the related-documents measurement.</summary>
    public SearcherSource Searchers => store.Searchers;

    public void Index(IReadOnlyList<CorpusDocument> documents)
    {
        // Sequential on purpose: parallel writers give documents a different order each run, and equal scores
        // are ordered by document number, so metrics would drift in the third decimal between identical runs.
        foreach (var d in documents)
        {
            store.Upsert(new SourceDocument
            {
                Id = d.Id,
                Title = d.Title,
                Text = d.Text,
                Modified = DateTimeOffset.UnixEpoch,
                Length = d.Text.Length,
            });
        }

        store.Commit();
        if (store.Rebuilding)
        {
            store.CompleteRebuild(); // a kept index from another analysis version: searches switch to the new one
        }
    }

    public RankedList Search(string query, int depth)
    {
        try
        {
            var hits = engine.Search(new SearchRequest(query, 1, depth)).Hits;
            return new RankedList(
                [.. hits.Select(h => h.Id)],
                [.. hits.Select(h => h.Snippets.Count > 0 ? h.Snippets[0].PlainText : null)],
                false);
        }
        catch (QueryParseException)
        {
            return RankedList.Failed; // the API would answer 400: for the user, no results
        }
    }

    /// <summary>The "did you mean" the API would answer for the query (its text), or null.</summary>
    public string? DidYouMean(string query) => engine.Search(new SearchRequest(query, 1, 10)).DidYouMean?.Query;

    public T WithReader<T>(Func<Lucene.Net.Index.IndexReader, T> read)
    {
        using var lease = store.Searchers.AcquireSearcher();
        return read(lease.Searcher.IndexReader);
    }

    public void Dispose() => store.Dispose();
}
