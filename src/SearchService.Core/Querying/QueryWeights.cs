namespace SearchService.Core.Querying;

/// <summary>How much each kind of evidence counts. Kept together so ranking changes are made in one place.
/// The defaults were chosen on arqa's ARCD train split (docs/ranking.md).</summary>
public sealed record QueryWeights
{
    public static QueryWeights Default { get; } = new();

    /// <summary>Weight of a title match relative to a body match; each field is scored on its own, so a word in
    /// both counts in both.</summary>
    public float Title { get; init; } = 1.0f;

    /// <summary>Added on top of the stemmed match when the exact (unstemmed) form matches too.</summary>
    public float Exact { get; init; } = 1.0f;

    /// <summary>Weight of a plain word's root in the body (يسافر → السفر). Roots are shared by many words, so their
    /// IDF is low and a root-only match stays below a stem match; the weight was the highest ARCD train nDCG@10
    /// among the settings that reach Recall@100 0.95 there.</summary>
    public float Root { get; init; } = 1.0f;

    /// <summary>Boost of each pair of neighbouring query words appearing close together in the body (a sloppy
    /// two-word phrase per pair).</summary>
    public float Proximity { get; init; } = 0.5f;

    /// <summary>How far apart (in word moves) a pair may be and still earn the proximity bonus; nearer earns more.</summary>
    public int ProximitySlop { get; init; } = 8;

    /// <summary>How many of the best hits by the words alone get the proximity bonus (at least ten times the hits
    /// asked for): scoring it for every matching document cost as much as the rest of a search. At 100 the top 10 of
    /// all 300 benchmark queries, and every ranking figure, are what scoring every document gives.</summary>
    public int ProximityDepth { get; init; } = 100;

    /// <summary>Scale a document's score by the share of the query's words it contains (classic Lucene coord).</summary>
    public bool Coordination { get; init; } = true;

    /// <summary>Drop question words (متى، كيف، لماذا …) from plain-word queries: pasted questions carry them,
    /// answers rarely do.</summary>
    public bool DropQuestionWords { get; init; } = true;

    /// <summary>How many spelling variants a fuzzy item (<c>word~</c>) expands to (the closest ones).</summary>
    public int MaxExpansions { get; init; } = 50;
}
