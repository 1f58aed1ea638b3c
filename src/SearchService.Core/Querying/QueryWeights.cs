namespace SearchService.Core.Querying;

/// <summary>How much each kind of evidence counts. Kept together so ranking changes are made in one place.</summary>
public sealed record QueryWeights
{
    public static QueryWeights Default { get; } = new();

    /// <summary>A match in the title counts this much more than one in the body.</summary>
    public float Title { get; init; } = 2.0f;

    /// <summary>Added on top of the stemmed match when the exact (unstemmed) form matches too.</summary>
    public float Exact { get; init; } = 1.0f;

    /// <summary>Boost of the whole query's words appearing close together (a sloppy phrase of all words).</summary>
    public float Proximity { get; init; } = 0.5f;

    public int ProximitySlop { get; init; } = 8;

    /// <summary>How many spelling variants a fuzzy item (<c>word~</c>) expands to (the closest ones).</summary>
    public int MaxExpansions { get; init; } = 50;
}
