using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;

namespace SearchService.Core.Search;

/// <summary>
/// The search pipeline: parse → plan (build and rewrite each item's query) → collect → marks from the postings →
/// snippets. Thread-safe: all per-request state lives in locals.
/// </summary>
public sealed class SearchEngine(IndexStore store, QueryWeights weights, SnippetBuilder snippets, SearchLimits limits)
{
    /// <summary>Results beyond this rank are not paged to (deep paging is costly and nobody reads page 1,000).</summary>
    public const int MaxResultWindow = 10_000;

    private readonly Analyzer analyzer = SearchAnalyzers.CreatePerField();

    public SearchEngine(IndexStore store)
        : this(store, QueryWeights.Default, new SnippetBuilder(), SearchLimits.Default)
    {
    }

    public SearchEngine(IndexStore store, SearchLimits limits)
        : this(store, QueryWeights.Default, new SnippetBuilder(), limits)
    {
    }

    /// <exception cref="QueryParseException">The query has no sensible meaning; the message says why.</exception>
    public SearchResults Search(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        using var lease = store.AcquireSearcher();
        var searcher = lease.Searcher;
        var plan = QueryPlanner.Plan(Parse(request.Query, searcher.IndexReader), searcher, analyzer, weights);
        if (plan.Query is null)
        {
            return new SearchResults(0, [], stopwatch.Elapsed);
        }

        var window = Math.Min(request.Page * request.Size, MaxResultWindow);
        var (top, timedOut) = Collect(searcher, plan.Query, window);
        cancellationToken.ThrowIfCancellationRequested();
        var builder = new HitBuilder(searcher, new PostingsMarks(plan), snippets);
        var hits = new List<SearchHit>();
        foreach (var scoreDoc in top.ScoreDocs.Skip((request.Page - 1) * request.Size))
        {
            hits.Add(builder.Marked(scoreDoc));
        }

        return new SearchResults(top.TotalHits, hits, stopwatch.Elapsed, timedOut);
    }

    /// <summary>A stored document with the query's matches marked in its title and whole text; null for an unknown id.</summary>
    public HighlightedDocument? Get(string id, string? query)
    {
        using var lease = store.AcquireSearcher();
        var searcher = lease.Searcher;
        if (DocumentIds.Find(searcher, id) is not { } doc)
        {
            return null;
        }

        var document = DocumentMapper.FromLucene(searcher.Doc(doc));
        if (string.IsNullOrWhiteSpace(query))
        {
            return new HighlightedDocument(document, null, null);
        }

        // The same marks as a search's, over the whole text; exclusions alone are no error here, they mark nothing.
        var parsed = Parse(query, searcher.IndexReader);
        var plan = QueryPlanner.Plan(new ParsedQuery([.. parsed.Positive]), searcher, analyzer, weights);
        var marks = new PostingsMarks(plan).Find(searcher.IndexReader, doc, int.MaxValue, document.Text.Length);
        return new HighlightedDocument(document, SnippetBuilder.Whole(document.Title, marks.Title), SnippetBuilder.Whole(document.Text, marks.Text));
    }

    /// <summary>The query as searched and as marked: parsed, with words the index does not know made fuzzy.</summary>
    private ParsedQuery Parse(string query, IndexReader reader) =>
        MisspelledWords.ToFuzzy(QuerySyntaxParser.Parse(query), reader, analyzer);

    /// <summary>Top hits within the time budget; past it, the best collected so far.</summary>
    private (TopDocs Top, bool TimedOut) Collect(IndexSearcher searcher, Query query, int window)
    {
        var top = TopScoreDocCollector.Create(window, docsScoredInOrder: false);
        var budget = (long)limits.TimeBudget.TotalMilliseconds;
        try
        {
            searcher.Search(query, new TimeLimitingCollector(top, TimeLimitingCollector.GlobalCounter, budget));
            return (top.GetTopDocs(), false);
        }
        catch (TimeLimitingCollector.TimeExceededException)
        {
            return (top.GetTopDocs(), true);
        }
    }
}
