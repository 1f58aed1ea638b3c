using System.ComponentModel.DataAnnotations;

namespace SearchService.Api.Hosting;

/// <summary>The <c>Search</c> configuration section. Validated at start-up: a wrong value stops the service
/// with a message that names the setting.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>The folder of articles to index (watched recursively). Relative paths are from the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DocumentsPath { get; set; } = "index-data";

    /// <summary>Where the Lucene index lives; keep it outside the documents folder (it is skipped if inside).</summary>
    [Required(AllowEmptyStrings = false)]
    public string IndexPath { get; set; } = "search-index";

    /// <summary>How long a file must stay quiet before it is read, so a file still being written is read once.</summary>
    [Range(0, 60_000)]
    public int DebounceMilliseconds { get; set; } = 300;

    /// <summary>How often the whole folder is compared with the index, for changes that raise no events (network
    /// and container mounts).</summary>
    [Range(1, 86_400)]
    public int ReconcileIntervalSeconds { get; set; } = 30;

    /// <summary>Files larger than this are skipped and reported.</summary>
    [Range(1, 1L << 30)]
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>A search stops after this long and returns the best hits found so far, flagged <c>timedOut</c>.</summary>
    [Range(10, 60_000)]
    public int QueryTimeoutMilliseconds { get; set; } = 2_000;
    /// <summary>The key that <c>POST /api/index/rebuild</c> requires in <c>X-Api-Key</c>. Unset (the default) or
    /// blank disables the endpoint; when set it must be at least <see cref="MinAdminApiKeyLength"/> characters.</summary>
    public string? AdminApiKey { get; set; }

    public const int MinAdminApiKeyLength = 16;

    public TimeSpan Debounce => TimeSpan.FromMilliseconds(DebounceMilliseconds);

    public TimeSpan ReconcileInterval => TimeSpan.FromSeconds(ReconcileIntervalSeconds);
}
