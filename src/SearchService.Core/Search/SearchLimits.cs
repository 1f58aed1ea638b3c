namespace SearchService.Core.Search;

/// <summary>Bounds on what one search may cost, so no query can stall the service.</summary>
public sealed record SearchLimits
{
    public static SearchLimits Default { get; } = new();

    /// <summary>After this long a search stops collecting and returns the hits found so far (flagged as partial).</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(2);
}
