using Lucene.Net.Search.Similarities;

namespace SearchService.Core.Indexing;

/// <summary>
/// The similarity used by the writer and every searcher. Lucene.Net 4.8 defaults to TF-IDF, so BM25 is set
/// explicitly on both sides (norms are written with it, so the two must agree).
/// </summary>
public static class Ranking
{
    public static Similarity CreateSimilarity() => CreateSimilarity(Bm25Parameters.Default);

    public static Similarity CreateSimilarity(Bm25Parameters parameters) => new Bm25WithCoord(parameters.K1, parameters.B);

    /// <summary>
    /// BM25 plus classic Lucene coordination: a document matching 2 of 3 query words scores 2/3 of its sum,
    /// so documents with all the words rank above those with some. Only boolean queries built with coord
    /// enabled (the top level of a user's query) are affected.
    /// </summary>
    private sealed class Bm25WithCoord(float k1, float b) : BM25Similarity(k1, b)
    {
        public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1f : overlap / (float)maxOverlap;
    }
}

/// <summary>BM25's term-frequency saturation (k1) and length normalisation (b). They act at search time only
/// (norms are written the same whatever they are), so they can be tuned without reindexing.</summary>
public readonly record struct Bm25Parameters(float K1, float B)
{
    /// <summary>Chosen on arqa's ARCD train split with all news as distractors (docs/ranking.md): full length
    /// normalisation (b = 1) keeps long news articles from crowding out short passages, and a high k1 lets
    /// repeated query words keep counting. Lucene's defaults are 1.2 and 0.75.</summary>
    public static Bm25Parameters Default { get; } = new(5.0f, 1.0f);
}
