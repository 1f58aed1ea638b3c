using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using SearchService.Core.Spelling;

namespace SearchService.Core.Search;

/// <summary>
/// The search pipeline: parse → plan (build and rewrite each item's query) → collect within the deadline → marks
/// from the postings → snippets. The time budget covers the whole request: hits whose snippets would be built after
/// it has run out are returned without them. Thread-safe: all per-request state lives in locals.
/// </summary>
public sealed class SearchEngine(SearcherSource searchers, QueryWeights weights, SnippetBuilder snippets, SearchLimits limits, TimeProvider clock)
{
    public SearchEngine(SearcherSource searchers)
        : this(searchers, SearchLimits.Default, TimeProvider.System)
    {
    }

    public SearchEngine(SearcherSource searchers, SearchLimits limits)
        : this(searchers, limits, TimeProvider.System)
    {
    }

    public SearchEngine(SearcherSource searchers, SearchLimits limits, TimeProvider clock)
        : this(searchers, QueryWeights.Default, new SnippetBuilder(), limits, clock)
    {
    }

    public SearchEngine(SearcherSource searchers, QueryWeights weights, SnippetBuilder snippets, SearchLimits limits)
        : this(searchers, weights, snippets, limits, TimeProvider.System)
    {
    }

    // Foreign names' spellings, from the name keys the searchers' segments open with.
    private readonly NameSpellings names = new(searchers.SearcherFactory.NameKeys);

    private Analyzer Analyzer => searchers.Analyzer;

    /// <exception cref="QueryParseException">The query has no sensible meaning; the message says why.</exception>
    public SearchResults Search(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var deadline = Deadline.Start(clock, limits.TimeBudget);
        using var lease = searchers.AcquireSearcher();
        var searcher = lease.Searcher;
        var parsed = Parse(request.Query, searcher.IndexReader);
        var expanded = Expanded(parsed);
        var didYouMean = DidYouMean.Suggest(request.Query, parsed, searcher.IndexReader);
        var plan = QueryPlanner.Plan(parsed, searcher, Analyzer, weights, limits.MaxPrefixTerms);
        if (plan.Query is null)
        {
            return new SearchResults(0, [], deadline.Elapsed) { Expanded = expanded, DidYouMean = didYouMean };
        }

        var window = Math.Min(request.Page * request.Size, limits.MaxResultWindow);
        var query = HitFilter.For(request.Filters) is { } filter ? new FilteredQuery(plan.Query, filter) : plan.Query;
        // Newest first: the proximity bonus would only reorder ties of date, which relevance already orders.
        var proximity = request.Sort == SearchSort.Date ? null : plan.Proximity;
        // With a proximity bonus, collect more than the page: the bonus may lift a hit from a little further down.
        var depth = proximity is null ? window : Math.Max(window * 10, weights.ProximityDepth);
        var (top, timedOut) = Collect(searcher, query, request.Sort, depth, deadline);
        if (proximity is not null && !timedOut)
        {
            top = ProximityRescorer.Rescore(searcher, top, proximity, window);
        }

        var page = top.ScoreDocs.Take(window).Skip((request.Page - 1) * request.Size).ToList();
        var (hits, partial) = new HitBuilder(searcher, new PostingsMarks(plan), snippets).Build(page, deadline, timedOut, cancellationToken);
        return new SearchResults(top.TotalHits, hits, deadline.Elapsed, partial) { Expanded = expanded, DidYouMean = didYouMean };
    }

    /// <summary>A stored document with the query's matches marked in its title and whole text; null for an unknown id.</summary>
    public HighlightedDocument? Get(string id, string? query)
    {
        using var lease = searchers.AcquireSearcher();
        var searcher = lease.Searcher;
        if (IdLookup.DocNumber(searcher, id) is not { } doc)
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
        var plan = QueryPlanner.Plan(new ParsedQuery([.. parsed.Positive]), searcher, Analyzer, weights, limits.MaxPrefixTerms);
        var marks = new PostingsMarks(plan).Find(searcher.IndexReader, doc, int.MaxValue, document.Text.Length);
        return new HighlightedDocument(document, SnippetBuilder.Whole(document.Title, marks.Title), SnippetBuilder.Whole(document.Text, marks.Text));
    }

    /// <summary>The query as searched and as marked: parsed, foreign names given their other spellings, words the
    /// index does not know made fuzzy.</summary>
    private ParsedQuery Parse(string query, IndexReader reader)
    {
        var parsed = QuerySyntaxParser.Parse(query);
        return MisspelledWords.ToFuzzy(weights.Names ? names.Expand(parsed, reader) : parsed, reader, Analyzer);
    }

    private static IReadOnlyList<ExpandedWord> Expanded(ParsedQuery parsed) =>
    [
        .. parsed.Positive.SelectMany(g => g.Alternatives).OfType<WordItem>()
            .Where(w => w.Spellings.Count > 0)
            .Select(w => new ExpandedWord(w.Text, [.. w.Spellings.Select(s => s.Word)])),
    ];

    // Newest first; ties by relevance, then by id, so the order is the same on every replica.
    private static readonly Sort NewestFirst = new(
        new SortField(IndexFields.Published, SortFieldType.INT64, reverse: true),
        SortField.FIELD_SCORE,
        new SortField(IndexFields.Id, SortFieldType.STRING));

    /// <summary>Top hits within the time budget; past it, the best collected so far.</summary>
    private static (TopDocs Top, bool TimedOut) Collect(IndexSearcher searcher, Query query, SearchSort sort, int window, Deadline deadline)
    {
        ICollector collector;
        Func<TopDocs> top;
        if (sort == SearchSort.Date)
        {
            var byDate = TopFieldCollector.Create(NewestFirst, window, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
            (collector, top) = (byDate, () => byDate.GetTopDocs());
        }
        else
        {
            var byScore = TopScoreDocCollector.Create(window, docsScoredInOrder: false);
            (collector, top) = (byScore, () => byScore.GetTopDocs());
        }

        try
        {
            searcher.Search(query, new DeadlineCollector(collector, deadline));
            return (top(), false);
        }
        catch (DeadlinePassedException)
        {
            return (top(), true);
        }
    }
}
