using System.ComponentModel.DataAnnotations;

namespace SearchService.Core.Search;

/// <summary>
/// Every bound on what one request or one file may cost, in one place (configuration section
/// <c>Search:Limits</c>, validated at start-up), so that no query and no document can stall the service.
/// </summary>
public sealed record SearchLimits
{
    public const string Section = "Search:Limits";

    public static SearchLimits Default { get; } = new();

    /// <summary>Longest query accepted, in characters (a pasted question is a few hundred).</summary>
    [Range(1, 10_000)]
    public int MaxQueryLength { get; init; } = 1_000;

    /// <summary>Most hits one page may hold.</summary>
    [Range(1, 1_000)]
    public int MaxPageSize { get; init; } = 100;

    /// <summary>Results beyond this rank are not paged to: deep paging is costly and nobody reads page 1,000.</summary>
    [Range(1, 100_000)]
    public int MaxResultWindow { get; init; } = 10_000;

    /// <summary>A search stops after this long, snippets included, and returns the best hits found so far
    /// (flagged as partial).</summary>
    [Range(10, 60_000)]
    public int QueryTimeoutMilliseconds { get; init; } = 2_000;

    /// <summary>How many index words one <c>word*</c> may expand to; a wider prefix is a 400 asking for more
    /// letters. At most Lucene's boolean clause limit (1,024).</summary>
    [Range(1, 1_024)]
    public int MaxPrefixTerms { get; init; } = 1_024;

    /// <summary>Larger files are skipped and reported, never read into memory.</summary>
    [Range(1, 1L << 30)]
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    public TimeSpan TimeBudget => TimeSpan.FromMilliseconds(QueryTimeoutMilliseconds);
}
