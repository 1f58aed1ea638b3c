using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace SearchService.CrashHarness;

/// <summary>
/// Checks that the index holds exactly the folder's documents with their current content: every file is fetched
/// by id (<c>/api/documents/{id}</c>) and must carry the marker of its last write, and the index's document count
/// must equal the number of files, so nothing is duplicated or left over. Searches must not list an id twice.
/// </summary>
internal static class IndexVerifier
{
    private static readonly string[] Probes = ["السعودية", "الحكومة", "تونس", "الرياض", "وزير", "الاقتصاد"];

    public static async Task<Verification> VerifyAsync(HttpClient client, IReadOnlyDictionary<string, string> markers, CancellationToken ct)
    {
        var lost = new ConcurrentBag<string>();
        var stale = new ConcurrentBag<string>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct };
        await Parallel.ForEachAsync(markers, parallel, async (entry, token) =>
        {
            var escaped = string.Join('/', entry.Key.Split('/').Select(Uri.EscapeDataString));
            using var response = await client.GetAsync(new Uri("api/documents/" + escaped, UriKind.Relative), token);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                lost.Add(entry.Key);
                return;
            }

            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(token));
            if (!json.RootElement.GetProperty("text").GetString()!.Contains(entry.Value, StringComparison.Ordinal))
            {
                stale.Add(entry.Key);
            }
        });

        using var status = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/status", UriKind.Relative), ct));
        var documents = status.RootElement.GetProperty("documents").GetInt32();
        var failures = status.RootElement.GetProperty("failures").GetArrayLength();
        var found = markers.Count - lost.Count;

        var duplicateHits = 0;
        foreach (var probe in Probes)
        {
            for (var page = 1; page <= 3; page++)
            {
                var uri = new Uri($"api/search?q={Uri.EscapeDataString(probe)}&size=100&page={page}", UriKind.Relative);
                using var json = JsonDocument.Parse(await client.GetStringAsync(uri, ct));
                var hits = json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
                duplicateHits += hits.Count - hits.Distinct(StringComparer.Ordinal).Count();
            }
        }

        foreach (var id in lost.Take(5).Concat(stale.Take(5)))
        {
            Console.Error.WriteLine($"  problem: {id} ({(lost.Contains(id) ? "lost" : "stale")})");
        }

        return new Verification(markers.Count, documents, lost.Count, stale.Count, Math.Max(0, documents - found), duplicateHits, failures);
    }
}
