using System.ComponentModel.DataAnnotations;

namespace SearchService.Worker;

/// <summary>The folders and timings of indexing, from the <c>Search</c> configuration section. Validated at
/// start-up: a wrong value stops the service with a message that names the setting.</summary>
public sealed class IndexingOptions
{
    public const string Section = "Search";

    /// <summary>The folder of articles to index (watched recursively). Relative paths are from the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DocumentsPath { get; set; } = "index-data";

    /// <summary>Where the Lucene index lives: a folder of its own, outside the documents folder.</summary>
    [Required(AllowEmptyStrings = false)]
    public string IndexPath { get; set; } = "search-index";

    /// <summary>How long a file must stay quiet before it is read, so a file still being written is read once.</summary>
    [Range(0, 60_000)]
    public int DebounceMilliseconds { get; set; } = 300;

    /// <summary>How often the whole folder is compared with the index, for changes that raise no events (network
    /// and container mounts).</summary>
    [Range(1, 86_400)]
    public int ReconcileIntervalSeconds { get; set; } = 30;

    public TimeSpan Debounce => TimeSpan.FromMilliseconds(DebounceMilliseconds);

    public TimeSpan ReconcileInterval => TimeSpan.FromSeconds(ReconcileIntervalSeconds);
}
