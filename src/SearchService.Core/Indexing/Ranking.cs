using Lucene.Net.Search.Similarities;

namespace SearchService.Core.Indexing;

/// <summary>
/// The similarity used by the writer and every searcher. Lucene.Net 4.8 defaults to TF-IDF, so BM25 is set
/// explicitly on both sides (norms are written with it, so the two must agree).
/// </summary>
public static class Ranking
{
    public static Similarity CreateSimilarity() => new Bm25WithCoord();

    /// <summary>
    /// BM25 plus classic Lucene coordination: a document matching 2 of 3 query words scores 2/3 of its sum,
    /// so documents with all the words rank above those with some. Only boolean queries built with coord
    /// enabled (the top level of a user's query) are affected.
    /// </summary>
    private sealed class Bm25WithCoord() : BM25Similarity(1.2f, 0.75f)
    {
        public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1f : overlap / (float)maxOverlap;
    }
}
