using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Documents;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;

namespace SearchService.Core.Search;

/// <summary>
/// The search pipeline: parse → build the Lucene query → search → cut snippets from the stored original text.
/// Thread-safe: all per-request state lives in locals.
/// </summary>
public sealed class SearchEngine(SearcherSource searchers, QueryWeights weights, SnippetBuilder snippets, SearchLimits limits)
{
    public SearchEngine(SearcherSource searchers)
        : this(searchers, QueryWeights.Default, new SnippetBuilder(), SearchLimits.Default)
    {
    }

    public SearchEngine(SearcherSource searchers, SearchLimits limits)
        : this(searchers, QueryWeights.Default, new SnippetBuilder(), limits)
    {
    }

    private Analyzer Analyzer => searchers.Analyzer;

    /// <exception cref="QueryParseException">The query has no sensible meaning; the message says why.</exception>
    public SearchResults Search(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        using var lease = searchers.AcquireSearcher();
        var searcher = lease.Searcher;
        var parsed = Parse(request.Query, searcher.IndexReader);
        var query = new LuceneQueryBuilder(Analyzer, weights).Build(parsed);
        if (query is null)
        {
            return new SearchResults(0, [], stopwatch.Elapsed);
        }

        var window = Math.Min(request.Page * request.Size, limits.MaxResultWindow);
        var skip = (request.Page - 1) * request.Size;
        var (top, timedOut) = Collect(searcher, query, window);
        cancellationToken.ThrowIfCancellationRequested();

        var matcher = new QueryMatcher(Analyzer, parsed, weights);
        var hits = new List<SearchHit>();
        foreach (var scoreDoc in top.ScoreDocs.Skip(skip))
        {
            var document = DocumentMapper.FromLucene(searcher.Doc(scoreDoc.Doc));
            hits.Add(ToHit(document, scoreDoc.Score, matcher));
        }

        return new SearchResults(top.TotalHits, hits, stopwatch.Elapsed, timedOut);
    }

    /// <summary>A stored document with the query's matches marked in its title and whole text; null for an unknown id.</summary>
    public HighlightedDocument? Get(string id, string? query)
    {
        var document = searchers.Find(id);
        if (document is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(query))
        {
            return new HighlightedDocument(document, null, null);
        }

        using var lease = searchers.AcquireSearcher();
        var matcher = new QueryMatcher(Analyzer, Parse(query, lease.Searcher.IndexReader), weights);
        return new HighlightedDocument(
            document,
            SnippetBuilder.Whole(document.Title, matcher.FindMatches(IndexFields.Title, document.Title)),
            SnippetBuilder.Whole(document.Text, matcher.FindMatches(IndexFields.Text, document.Text)));
    }

    /// <summary>The query as searched and as marked: parsed, with words the index does not know made fuzzy.</summary>
    private ParsedQuery Parse(string query, IndexReader reader) =>
        MisspelledWords.ToFuzzy(QuerySyntaxParser.Parse(query), reader, Analyzer);

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
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new QueryParseException($"بحث البادئة واسع جدًا: يطابق أكثر من {BooleanQuery.MaxClauseCount} كلمة. أضف أحرفًا قبل علامة *. (A prefix matches too many words.)");
        }
    }

    private SearchHit ToHit(SourceDocument document, float score, QueryMatcher matcher)
    {
        var textMatches = matcher.FindMatches(IndexFields.Text, document.Text);
        var titleMatches = matcher.FindMatches(IndexFields.Title, document.Title);
        return new SearchHit(
            document.Id,
            document.Title,
            SnippetBuilder.Whole(document.Title, titleMatches),
            score,
            snippets.Build(document.Text, textMatches),
            document.Modified,
            document.Date,
            document.Url,
            document.Source);
    }
}
