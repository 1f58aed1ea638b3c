using Lucene.Net.Search.Similarities;

namespace SearchService.Core.Indexing;

/// <summary>
/// The similarity used by the writer and every searcher. Lucene.Net 4.8 defaults to TF-IDF, so BM25 is set
/// explicitly on both sides (norms are written with it, so the two must agree).
/// </summary>
internal static class Ranking
{
    public static Similarity CreateSimilarity() => CreateSimilarity(Bm25Parameters.Default);

    public static Similarity CreateSimilarity(Bm25Parameters parameters) =>
        new PerFieldBm25(new BM25Similarity(parameters.K1, parameters.B), new BM25Similarity(parameters.TitleK1, parameters.B));

    /// <summary>
    /// BM25 with its own k1 for the title fields, plus classic Lucene coordination: a document matching 2 of 3
    /// query words scores 2/3 of its sum, so documents with all the words rank above those with some. Only
    /// boolean queries built with coord enabled (the top level of a user's query) are affected.
    /// </summary>
    private sealed class PerFieldBm25(Similarity body, Similarity title) : PerFieldSimilarityWrapper
    {
        public override Similarity Get(string name) =>
            name is IndexFields.Title or IndexFields.TitleExact ? title : body;

        public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1f : overlap / (float)maxOverlap;
    }
}

/// <summary>BM25's term-frequency saturation (k1) and length normalisation (b). They act at search time only
/// (norms are written the same whatever they are), so they can be tuned without reindexing.</summary>
public readonly record struct Bm25Parameters(float K1, float B, float TitleK1)
{
    /// <summary>Chosen on arqa's ARCD train split with all news as distractors (docs/ranking.md): full length
    /// normalisation (b = 1) keeps long news articles from crowding out short passages, and a high k1 lets
    /// repeated query words keep counting. A title holds each word about once, so its k1 only decides how much
    /// the title's length matters: set high, a title match scores by the share of the title it covers, and a
    /// question naming an article's whole subject (سوريا) outranks a long headline that merely mentions it.
    /// Lucene's defaults are k1 1.2 and b 0.75.</summary>
    public static Bm25Parameters Default { get; } = new(5.0f, 1.0f, 50f);
}
