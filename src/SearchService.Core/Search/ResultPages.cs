using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchService.Core.Search;

/// <summary>A hit in page order: its place in the order (the collector's sort values) and whether its score includes
/// the proximity bonus.</summary>
internal sealed record PagedHit(FieldDoc Doc, bool Rescored)
{
    public string Id => LazyId.Of(Doc.Fields[^1]).Utf8ToString();
}

/// <summary>
/// Collects the hits of one query on one searcher, by page number or after a cursor, with the request's filters
/// applied and its facets counted (on the first pass; later passes only collect). The order is total (see
/// <see cref="HitOrder"/>). With a proximity bonus it is: the best <c>depth</c> hits by the words alone, re-sorted
/// with their bonus, then every other hit by the words alone. Every one of the first scores at least as high as any
/// of the rest, so on one searcher this order is the same for every page, and a cursor can continue it exactly.
/// </summary>
internal sealed class ResultPages(IndexSearcher searcher, Query query, Query? proximity, SearchRequest request, Deadline deadline)
{
    public int Total { get; private set; }

    public SearchFacets Facets { get; private set; } = SearchFacets.Empty;

    public bool TimedOut { get; private set; }

    public SearchSort Sort => request.Sort;

    private bool counted;

    /// <summary>The hits of <paramref name="window"/>, the first <c>window</c> hits, with the bonus given to the best
    /// <paramref name="depth"/> (≥ window) by the words alone.</summary>
    public IReadOnlyList<PagedHit> First(int window, int depth)
    {
        var top = Collect(proximity is null ? window : depth, after: null);
        if (proximity is null || TimedOut)
        {
            return [.. top.Take(window).Select(d => new PagedHit(d, Rescored: false))];
        }

        return [.. Rescore(top).Take(window).Select(d => new PagedHit(d, Rescored: true))];
    }

    /// <summary>Up to <paramref name="count"/> hits after <paramref name="last"/>, which was reached with the bonus
    /// given to the best <paramref name="depth"/>.</summary>
    public IReadOnlyList<PagedHit> After(PagedHit last, int count, int depth)
    {
        if (proximity is null || depth == 0 || !last.Rescored)
        {
            return [.. Collect(count, last.Doc).Select(d => new PagedHit(d, Rescored: false))];
        }

        var firstPass = Collect(depth, after: null);
        if (TimedOut)
        {
            return [];
        }

        var score = last.Doc.Score;
        var id = last.Doc.Fields[^1];
        var hits = Rescore(firstPass)
            .Where(d => HitOrder.CompareByRelevance(d.Score, d.Fields[^1], score, id) > 0)
            .Take(count)
            .Select(d => new PagedHit(d, Rescored: true))
            .ToList();
        if (hits.Count < count && firstPass.Length == depth)
        {
            // Past the re-sorted hits: the rest by the words alone, after the lowest of those.
            var lowest = firstPass[^1];
            hits.AddRange(Collect(count - hits.Count, new FieldDoc(int.MaxValue, lowest.Score, lowest.Fields)).Select(d => new PagedHit(d, Rescored: false)));
        }

        return hits;
    }

    private FieldDoc[] Rescore(FieldDoc[] firstPass) =>
        [.. ProximityRescorer.Rescore(searcher, new TopDocs(Total, firstPass, float.NaN), proximity!, firstPass.Length).ScoreDocs.Cast<FieldDoc>()];

    /// <summary>The best <paramref name="count"/> hits after <paramref name="after"/> (or from the first) within the
    /// time budget; past it, the best collected so far.</summary>
    private FieldDoc[] Collect(int count, FieldDoc? after)
    {
        // Scores are tracked for both orders (a date-sorted hit still shows its relevance); sort values are kept so
        // a cursor can say where a page ended. A cursor's document number means nothing here: after it is "after
        // its sort values", which include the id, so no two hits tie.
        var afterPlace = after is null ? null : new FieldDoc(int.MaxValue, after.Score, after.Fields);
        ICollector top;
        Func<FieldDoc[]> hits;
        if (request.Sort == SearchSort.Relevance)
        {
            var byRelevance = new RelevanceCollector(count, afterPlace);
            (top, hits) = (byRelevance, byRelevance.Hits);
        }
        else
        {
            var byDate = TopFieldCollector.Create(HitOrder.NewestFirst, Math.Max(count, 1), afterPlace,
                fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
            (top, hits) = (byDate, () => [.. byDate.GetTopDocs().ScoreDocs.Cast<FieldDoc>()]);
        }

        var facets = new FacetingCollector(top, request.Filters);
        try
        {
            searcher.Search(query, new DeadlineCollector(facets, deadline));
        }
        catch (DeadlinePassedException)
        {
            TimedOut = true;
        }

        if (!counted)
        {
            (Total, Facets, counted) = (facets.Total, facets.Facets(), true);
        }

        return count == 0 ? [] : hits();
    }
}
