using System.ComponentModel.DataAnnotations;

namespace SearchService.Api.Hosting;

/// <summary>
/// The <c>RateLimit</c> section: a token bucket per client address on the search endpoints. The default (20 a second,
/// bursts of 40) is far above what the page sends while someone types (a debounced request every few hundred ms),
/// leaves room for several people behind one address, and stops one client from monopolising two cores.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    /// <summary>Sustained requests per second per client address; 0 turns rate limiting off.</summary>
    [Range(0, 100_000)]
    public int RequestsPerSecond { get; set; } = 20;

    /// <summary>How many requests a client may make at once before the sustained rate applies.</summary>
    [Range(1, 100_000)]
    public int Burst { get; set; } = 40;
}
