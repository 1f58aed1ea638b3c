namespace SearchService.Core.Related;

/// <summary>How related documents are found (<see cref="RelatedDocuments"/>); defaults chosen on arqa
/// (docs/ranking.md, "Related articles").</summary>
public sealed record RelatedWeights
{
    public static RelatedWeights Default { get; } = new();

    /// <summary>How many of the body's distinctive stems are searched.</summary>
    public int TextTerms { get; init; } = 30;

    /// <summary>How many of the body's distinctive roots are searched too (0: none), each at <see cref="RootBoost"/>.</summary>
    public int RootTerms { get; init; }

    public float RootBoost { get; init; } = 0.5f;

    /// <summary>How many of the body's distinctive unstemmed words (names keep their form) are searched too, each at
    /// <see cref="ExactBoost"/>.</summary>
    public int ExactTerms { get; init; } = 20;

    public float ExactBoost { get; init; } = 0.5f;

    /// <summary>Whether a word's query weight includes its idf, which BM25 applies again (MoreLikeThis does both).</summary>
    public bool IdfInWeight { get; init; } = true;

    /// <summary>How many of the title's distinctive stems are searched (in titles and bodies).</summary>
    public int TitleTerms { get; init; } = 10;

    /// <summary>Weight of a title word matched in another title, against 1 for the heaviest body word.</summary>
    public float TitleBoost { get; init; } = 3f;

    /// <summary>Saturation of a word's count in the source document: the third mention adds less than the second.</summary>
    public float K1 { get; init; } = 1.2f;

    /// <summary>BM25 for ranking the candidates; the search's (k1 5, b 1) measured best (Lucene's 1.2 and 0.75 lost
    /// 0.02 of P@5).</summary>
    public Indexing.Bm25Parameters Bm25 { get; init; } = Indexing.Bm25Parameters.Default;

    /// <summary>Share of three-word sequences two texts must have in common to be folded as copies of one.</summary>
    public double DuplicateThreshold { get; init; } = 0.8;
}
