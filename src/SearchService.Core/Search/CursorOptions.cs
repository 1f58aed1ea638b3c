using System.ComponentModel.DataAnnotations;

namespace SearchService.Core.Search;

/// <summary>How cursors (<see cref="SearchResults.Next"/>) are served (configuration section <c>Search:Cursor</c>,
/// validated at start-up).</summary>
public sealed record CursorOptions
{
    public const string Section = "Search:Cursor";

    public static CursorOptions Default { get; } = new();

    /// <summary>How long the index as a cursor saw it is kept after its last use, so a walk through all results
    /// sees no document twice and skips none while the folder changes. A cursor older than this pages on the
    /// current index instead (best effort). Each kept state holds index files open, so not hours.</summary>
    [Range(1, 86_400)]
    public int KeepSeconds { get; init; } = 300;

    /// <summary>At most this many states of the index are kept at once; past it the least recently used is let go
    /// (its cursors go on by sort values). While files keep changing the index is refreshed about every second, and
    /// without a cap each refresh a search saw would hold its files open for <see cref="KeepSeconds"/>.</summary>
    [Range(1, 10_000)]
    public int MaxKept { get; init; } = 32;

    public TimeSpan Keep => TimeSpan.FromSeconds(KeepSeconds);
}
