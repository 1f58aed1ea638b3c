using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Benchmarks.Corpus;
using SearchService.Core.Documents;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using SearchService.Core.Search;

namespace SearchService.Benchmarks.Engine;

/// <summary>
/// The one place that calls the engine, the way the service does: <c>IndexStore</c> (upsert by id, commit) and
/// <c>SearchEngine</c> with the service's default limits (analysis, fields, ranking and snippets are the API's).
/// The engine's API is being reshaped; when it changes, only this file should need to follow.
/// </summary>
internal sealed class EngineUnderTest : IDisposable
{
    private readonly IndexStore store;
    private readonly SearchEngine engine;

    private EngineUnderTest(IndexStore store, QueryWeights weights)
    {
        this.store = store;
        // SearchLimits.Default is the service's Search:Limits:QueryTimeoutMilliseconds default (2 s): a query that would
        // time out in the service times out here too, and is counted as such.
        engine = new SearchEngine(store.Searchers, weights, new SnippetBuilder(), SearchLimits.Default);
    }

    /// <summary>Recorded in reports, so figures can be tied to the analysis chain that produced them.</summary>
    public static string AnalysisVersion => IndexStore.AnalysisVersion;

    public int DocumentCount => store.DocumentCount;

    /// <summary>Opens (or creates) the index at <paramref name="path"/> as the service does at start-up, searched with
    /// the given <c>Search:Ranking</c> settings (the service's defaults unless given).</summary>
    public static EngineUnderTest Open(string path, QueryWeights? weights = null) =>
        new(IndexStore.Open(path, NullLogger.Instance), weights ?? QueryWeights.Default);

    /// <summary>Filters every search is run with (<c>--filter-from</c>, <c>--filter-tag</c>); none by default.</summary>
    public SearchFilters Filters { get; set; } = SearchFilters.None;

    /// <summary>Adds or replaces one document by id, as the worker does for each file it reads. Thread-safe.</summary>
    public void Upsert(BenchDocument document) =>
        store.Upsert(new SourceDocument
        {
            Id = document.Id,
            Title = document.Title,
            Text = document.Text,
            Modified = DateTimeOffset.UnixEpoch,
            Length = document.Utf8Bytes, // stands in for the file length the worker records
            // The news ids carry a date and a category (ant2-AL-culture-1-20180218, snn-2015-07-21-0000): indexed as
            // the document's date and tag, so filters and facets are measured on values that vary as real ones do.
            Date = NewsId.Date(document.Id),
            Tags = NewsId.Category(document.Id) is { } category ? [category] : [],
        });

    /// <summary>Durable and visible to new searches.</summary>
    public void Commit() => store.Commit();

    /// <summary>The merge to one segment the service runs in the background after a large pass; returns when done.</summary>
    public void Compact() => store.Compact();

    public long SizeOnDisk() => store.SizeOnDisk();

    /// <summary>Page 1, ten hits with their snippets: what <c>GET /api/search?q=</c> asks of the engine.</summary>
    public SearchOutcome Search(string query, int size, CancellationToken cancellationToken)
    {
        try
        {
            var results = engine.Search(new SearchRequest(query, 1, size) { Filters = Filters }, cancellationToken);
            var fragments = results.Hits.Sum(h => h.Snippets.Count);
            return new SearchOutcome(results.Total, results.Hits.Count, fragments, results.TimedOut, Rejected: false);
        }
        catch (QueryParseException)
        {
            return new SearchOutcome(0, 0, 0, TimedOut: false, Rejected: true); // the API answers 400
        }
    }

    /// <summary>Closes the writer, which waits for running merges (so the size on disk is final afterwards).</summary>
    public void Dispose() => store.Dispose();
}
