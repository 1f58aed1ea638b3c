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

    public TimeSpan Keep => TimeSpan.FromSeconds(KeepSeconds);
}
