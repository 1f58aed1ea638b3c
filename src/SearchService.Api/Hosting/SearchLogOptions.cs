using System.ComponentModel.DataAnnotations;

namespace SearchService.Api.Hosting;

/// <summary>The <c>Search:Log</c> section: which searches are worth a log line.</summary>
public sealed class SearchLogOptions
{
    public const string Section = "Search:Log";

    /// <summary>A search slower than this is logged as a warning with its query's length and duration (never its
    /// text, which may be personal); 0 logs every search.</summary>
    [Range(0, 600_000)]
    public int SlowSearchMilliseconds { get; set; } = 1_000;
}
