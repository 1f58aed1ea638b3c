using System.Text.Json;
using SearchService.Benchmarks.Cli;
using SearchService.Benchmarks.Service;

namespace SearchService.Benchmarks.Modes;

/// <summary>Polls <c>/api/search</c> for a marker word until the expected document is (or is no longer) among
/// the hits. Matching is by id, not by hit count: a word the index does not know yet is searched fuzzily by the
/// service, so it may briefly find another file's marker.</summary>
internal sealed class FreshnessProbe(RunContext context, ServiceProcess service)
{
    // Against changes that take about half a second, 20 ms is resolution enough, and the probe adds less load.
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>Milliseconds from <paramref name="since"/> until the state holds, or null past the limit.</summary>
    public async Task<double?> WaitAsync(string marker, string id, bool present, long since)
    {
        var uri = new Uri($"api/search?q={Uri.EscapeDataString(marker)}&size=10", UriKind.Relative);
        while (context.Time.GetElapsedTime(since) < Limit)
        {
            using var json = JsonDocument.Parse(await service.Client.GetStringAsync(uri, context.Cancellation));
            var found = json.RootElement.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("id").GetString() == id);
            if (found == present)
            {
                return context.Time.GetElapsedTime(since).TotalMilliseconds;
            }

            await Task.Delay(PollInterval, context.Time, context.Cancellation);
        }

        return null;
    }
}
