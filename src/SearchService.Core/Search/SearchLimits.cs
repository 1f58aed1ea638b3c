namespace SearchService.Core.Search;

/// <summary>Bounds on what one search may cost, so no query can stall the service.</summary>
public sealed record SearchLimits
{
    public static SearchLimits Default { get; } = new();

    /// <summary>The whole request's budget: after this long a search stops collecting and returns the hits found so
    /// far, and hits whose snippets are not built by then come without them (both flagged as timed out).</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(2);
}
