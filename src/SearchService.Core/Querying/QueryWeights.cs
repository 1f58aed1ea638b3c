using System.ComponentModel.DataAnnotations;
using SearchService.Core.Indexing;

namespace SearchService.Core.Querying;

/// <summary>How much each kind of evidence counts, and BM25's parameters: the <c>Search:Ranking</c> settings,
/// validated at start-up. Kept together so ranking changes are made in one place. The defaults were chosen on arqa's
/// ARCD train split (docs/ranking.md); setting <see cref="Root"/> or <see cref="Proximity"/> to 0 trades recall or
/// order for speed (README and docs/benchmarks.md give both sides).</summary>
public sealed record QueryWeights
{
    public const string Section = "Search:Ranking";

    public static QueryWeights Default { get; } = new();

    /// <summary>Weight of a title match relative to a body match; each field is scored on its own, so a word in
    /// both counts in both.</summary>
    [Range(0.0, 100.0)]
    public float Title { get; init; } = 1.0f;

    /// <summary>Added on top of the stemmed match when the exact (unstemmed) form matches too.</summary>
    [Range(0.0, 100.0)]
    public float Exact { get; init; } = 1.0f;

    /// <summary>Weight of a plain word's root in the body (يسافر → السفر). Roots are shared by many words, so their
    /// IDF is low and a root-only match stays below a stem match; the weight was the highest ARCD train nDCG@10
    /// among the settings that reach Recall@100 0.95 there.</summary>
    [Range(0.0, 100.0)]
    public float Root { get; init; } = 1.0f;

    /// <summary>Read query words that are foreign names as names (<see cref="NameSpellings"/>): other spellings in
    /// either script found too, no root matching. Off, every word is matched as an Arabic word.</summary>
    public bool Names { get; init; } = true;

    /// <summary>Weight of a name's other spellings (Trump → ترامب، ترمب; ترمب → ترامب), relative to the spelling
    /// typed.</summary>
    [Range(0.0, 100.0)]
    public float Spelling { get; init; } = 0.9f;

    /// <summary>Boost of each pair of neighbouring query words appearing close together in the body (a sloppy
    /// two-word phrase per pair).</summary>
    [Range(0.0, 100.0)]
    public float Proximity { get; init; } = 0.5f;

    /// <summary>How far apart (in word moves) a pair may be and still earn the proximity bonus; nearer earns more.</summary>
    [Range(0, 100)]
    public int ProximitySlop { get; init; } = 8;

    /// <summary>How many of the best hits by the words alone get the proximity bonus (at least ten times the hits
    /// asked for): scoring it for every matching document cost as much as the rest of a search. At 100 the top 10 of
    /// all 300 benchmark queries, and every ranking figure, are what scoring every document gives.</summary>
    [Range(1, 100_000)]
    public int ProximityDepth { get; init; } = 100;

    /// <summary>Scale a document's score by the share of the query's words it contains (classic Lucene coord).</summary>
    public bool Coordination { get; init; } = true;

    /// <summary>Drop question words (متى، كيف، لماذا …) from plain-word queries: pasted questions carry them,
    /// answers rarely do.</summary>
    public bool DropQuestionWords { get; init; } = true;

    /// <summary>How many spelling variants a fuzzy item (<c>word~</c>) expands to (the closest ones).</summary>
    [Range(1, 1_000)]
    public int MaxExpansions { get; init; } = 50;

    /// <summary>BM25's term-frequency saturation for the body fields.</summary>
    [Range(0.01, 1_000.0)]
    public float K1 { get; init; } = Bm25Parameters.Default.K1;

    /// <summary>BM25's length normalisation, 0 (none) to 1 (full).</summary>
    [Range(0.0, 1.0)]
    public float B { get; init; } = Bm25Parameters.Default.B;

    /// <summary>BM25's k1 for the title fields (see <see cref="Bm25Parameters.Default"/>).</summary>
    [Range(0.01, 1_000.0)]
    public float TitleK1 { get; init; } = Bm25Parameters.Default.TitleK1;

    public Bm25Parameters Bm25 => new(K1, B, TitleK1);
}
