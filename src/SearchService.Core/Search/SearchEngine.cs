using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using SearchService.Core.Spelling;

namespace SearchService.Core.Search;

/// <summary>
/// The search pipeline: parse → plan (build and rewrite each item's query) → collect within the deadline, filtering
/// and counting facets on the way → marks from the postings → snippets. The time budget covers the whole request:
/// hits whose snippets would be built after it has run out are returned without them. Thread-safe: all per-request
/// state lives in locals.
/// </summary>
public sealed class SearchEngine(SearcherSource searchers, QueryWeights weights, SnippetBuilder snippets, SearchLimits limits, TimeProvider clock, PinnedSearchers pins)
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

    public SearchEngine(SearcherSource searchers, QueryWeights weights, SnippetBuilder snippets, SearchLimits limits, TimeProvider clock)
        : this(searchers, weights, snippets, limits, clock, new PinnedSearchers(CursorOptions.Default, clock))
    {
    }

    // Foreign names' spellings, from the name keys the searchers' segments open with.
    private readonly NameSpellings names = new(searchers.SearcherFactory.NameKeys);

    private Analyzer Analyzer => searchers.Analyzer;

    /// <exception cref="QueryParseException">The query has no sensible meaning; the message says why.</exception>
    public SearchResults Search(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var deadline = Deadline.Start(clock, limits.TimeBudget);
        using var current = searchers.AcquireSearcher();
        // A cursor's page is read from the searcher its first page was, while it is kept: the same order, and
        // documents added since are not in it. Else (expired, another process) from the current one: best effort.
        using var pinned = request.After?.Pin is { } pin ? pins.Acquire(pin) : null;
        var searcher = pinned?.Searcher ?? current.Searcher;
        var parsed = Parse(request.Query, searcher.IndexReader);
        var expanded = Expanded(parsed);
        var didYouMean = DidYouMean.Suggest(request.Query, parsed, searcher.IndexReader);
        var plan = QueryPlanner.Plan(parsed, searcher, Analyzer, weights, limits.MaxPrefixTerms);
        if (plan.Query is null)
        {
            return new SearchResults(0, [], deadline.Elapsed) { Expanded = expanded, DidYouMean = didYouMean };
        }

        // Newest first: the proximity bonus would only reorder ties of date, which relevance already orders.
        var proximity = request.Sort == SearchSort.Date ? null : plan.Proximity;
        var pages = new ResultPages(searcher, plan.Query, proximity, request, deadline);
        var (page, depth, more) = request.After is { } after
            ? PageAfter(pages, after, request.Size, deadline, id => ReferenceEquals(searcher, current.Searcher) || IdLookup.DocNumber(current.Searcher, id) is not null)
            : NumberedPage(pages, request, proximity is not null);
        var (hits, partial) = new HitBuilder(searcher, new PostingsMarks(plan), snippets).Build([.. page.Select(h => h.Doc)], deadline, pages.TimedOut, cancellationToken);
        return new SearchResults(pages.Total, hits, deadline.Elapsed, partial)
        {
            Expanded = expanded,
            DidYouMean = didYouMean,
            Facets = pages.Facets,
            Next = more && page.Count > 0 ? Cursor(request, page[^1], depth, pins.Record(searcher)) : null,
        };
    }

    /// <summary>Page <see cref="SearchRequest.Page"/>: with a proximity bonus, the best hits are collected deeper
    /// than the page, since the bonus may lift a hit from a little further down.</summary>
    private (IReadOnlyList<PagedHit> Page, int Depth, bool More) NumberedPage(ResultPages pages, SearchRequest request, bool withProximity)
    {
        var window = Math.Min(request.Page * request.Size, limits.MaxResultWindow);
        var depth = withProximity ? Math.Max(window * 10, weights.ProximityDepth) : 0;
        var skipped = (request.Page - 1) * request.Size;
        var page = pages.First(window, Math.Max(depth, window)).Skip(skipped).ToList();
        return (page, depth, pages.Total > skipped + page.Count);
    }

    /// <summary>The hits after a cursor, without those deleted from the index since the cursor's searcher was
    /// opened (<paramref name="exists"/>); one more is looked for to know whether another page follows.</summary>
    private (IReadOnlyList<PagedHit> Page, int Depth, bool More) PageAfter(ResultPages pages, SearchCursor after, int size, Deadline deadline, Func<string, bool> exists)
    {
        // A cursor's depth was this engine's own; one beyond what a page could ask for is not trusted.
        var depth = Math.Min(after.RescoreDepth, Math.Max(limits.MaxResultWindow * 10, weights.ProximityDepth));
        var last = new PagedHit(CursorPlace(after, pages.Sort), after.Rescored);
        var page = new List<PagedHit>(size + 1);
        while (page.Count <= size && !deadline.IsPast)
        {
            var wanted = size + 1 - page.Count;
            var batch = pages.After(last, wanted, depth);
            page.AddRange(batch.Where(h => exists(h.Id)));
            if (batch.Count < wanted || pages.TimedOut)
            {
                break;
            }

            last = batch[^1];
        }

        // Out of time, the page is the best of what was seen: a next is still given, so a walk is not cut short.
        return (page.Take(size).ToList(), depth, page.Count > size || (pages.TimedOut && page.Count > 0));
    }

    // The sort values of the hit a cursor ended on, as the collector of its order reads them (J2N's boxed numbers).
    private static FieldDoc CursorPlace(SearchCursor cursor, SearchSort sort)
    {
        var id = new BytesRef(cursor.Id);
        object[] fields = sort == SearchSort.Date
            ? [J2N.Numerics.Int64.GetInstance(cursor.Published), J2N.Numerics.Single.GetInstance(cursor.Score), id]
            : [J2N.Numerics.Single.GetInstance(cursor.Score), id];
        return new FieldDoc(int.MaxValue, cursor.Score, fields);
    }

    private static SearchCursor Cursor(SearchRequest request, PagedHit last, int depth, SearcherPin pin) => new()
    {
        Search = SearchCursor.Hash(request),
        Pin = pin,
        RescoreDepth = depth,
        Rescored = last.Rescored,
        Score = last.Doc.Score,
        Published = request.Sort == SearchSort.Date ? ((J2N.Numerics.Int64)last.Doc.Fields[0]).ToInt64() : 0,
        Id = last.Id,
    };

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
}
