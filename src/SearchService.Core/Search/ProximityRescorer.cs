using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search;

/// <summary>
/// Adds the proximity bonus to the best hits of the words' query, instead of scoring it for every matching document:
/// a sloppy phrase per pair of neighbouring words costs position reads wherever both words occur, and most of those
/// documents are nowhere near the top. A hit's score becomes words + proximity, exactly what the one combined query
/// gave it; only a document outside the first pass's best <see cref="Querying.QueryWeights.ProximityDepth"/> can
/// miss a bonus that would have lifted it into the page. (Lucene.Net's QueryRescorer does the same, but fails on
/// a segment where the second query matches nothing.)
/// </summary>
internal static class ProximityRescorer
{
    public static TopDocs Rescore(IndexSearcher searcher, TopDocs firstPass, Query proximity, int window)
    {
        if (firstPass.ScoreDocs.Length == 0)
        {
            return firstPass;
        }

        var hits = firstPass.ScoreDocs.Select(d => new FieldDoc(d.Doc, d.Score)).ToArray();
        Array.Sort(hits, (a, b) => a.Doc.CompareTo(b.Doc));
        var weight = searcher.CreateNormalizedWeight(proximity);
        var leaves = searcher.IndexReader.Leaves;
        var leaf = -1;
        var end = 0;
        Scorer? scorer = null;
        SortedDocValues? ids = null;
        foreach (var hit in hits)
        {
            while (hit.Doc >= end)
            {
                leaf++;
                end = leaves[leaf].DocBase + leaves[leaf].Reader.MaxDoc;
                scorer = weight.GetScorer(leaves[leaf], null); // null: no pair occurs in this segment
                ids = leaves[leaf].AtomicReader.GetSortedDocValues(IndexFields.Id);
            }

            var target = hit.Doc - leaves[leaf].DocBase;
            if (scorer is not null && (scorer.DocID == target || (scorer.DocID < target && scorer.Advance(target) == target)))
            {
                hit.Score += scorer.GetScore();
            }

            hit.Fields = [J2N.Numerics.Single.GetInstance(hit.Score), new LazyId(ids!, ids!.GetOrd(target))]; // as the collector gives them
        }

        // Best first, ties by id, as the collector orders them (RelevanceCollector).
        Array.Sort(hits, (a, b) => HitOrder.CompareByRelevance(a.Score, a.Fields[1], b.Score, b.Fields[1]));
        var page = hits.Length > window ? hits[..window] : hits;
        return new TopDocs(firstPass.TotalHits, page, page[0].Score);
    }
}
