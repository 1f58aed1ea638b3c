using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using SearchService.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SearchService.Api.Tests.Reliability;

/// <summary>
/// 2,000 random file operations while 8 clients query without pause and two full rebuilds run: no request may
/// fail with a 5xx, no result may list an id twice or an id that never existed, and afterwards the index must
/// equal the folder (every file once, with its current content, and nothing else).
/// </summary>
public sealed class StressTests(ITestOutputHelper output)
{
    private const int Operations = 2_000;
    private const int Clients = 8;
    private const string AdminKey = "stress-admin-key-0123456789";

    private static readonly string[] Words = ["الفضاء", "الصواريخ", "الطاقة", "المياه", "الزراعة", "التعليم", "الصحة", "الاقتصاد", "المدينة", "البحر"];

    private static readonly string[] Queries =
    [
        "الفضاء", "الصواريخ الطاقة", "\"الطاقة المياه\"", "الزرا*", "التعليم OR الصحة", "الاقتصاد -البحر", "title:عنوان", "المدينه~1",
    ];

    private readonly ConcurrentDictionary<string, byte> everExisted = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> problems = new();
    private readonly Dictionary<string, string> markers = new(StringComparer.Ordinal);
    private readonly List<string> folders = ["f0", "f1", "f2", "f3"];
    private readonly Random random = new(20261125);
    private long serial;
    private long requests;

    [Fact]
    public async Task RandomFileOperations_WithQueriesAndRebuilds_KeepEveryGuarantee_AndConverge()
    {
        await using var host = await ServiceHost.StartAsync(null, "--Search:AdminApiKey", AdminKey);
        // Enough files that each rebuild pass takes a while and overlaps the operations that follow it.
        for (var i = 0; i < 1_000; i++)
        {
            Create(host);
        }

        await host.WaitUntilReadyAsync();

        using var stop = new CancellationTokenSource();
        var clients = Enumerable.Range(0, Clients).Select(c => Task.Run(() => QueryAsync(host, c, stop.Token))).ToArray();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        for (var op = 0; op < Operations; op++)
        {
            if (op is 500 or 1500)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/index/rebuild", UriKind.Relative));
                request.Headers.Add("X-Api-Key", AdminKey);
                using var response = await host.Client.SendAsync(request);
                Check(response.StatusCode == HttpStatusCode.Accepted, $"rebuild answered {(int)response.StatusCode}");
            }

            var kind = RandomOperation(host);
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
            if (random.Next(10) == 0)
            {
                await Task.Delay(random.Next(1, 10)); // let events interleave with the worker, not only pile up
            }
        }

        var operationsTook = clock.Elapsed;
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        var converged = TimeSpan.Zero;
        await ServiceHost.PollAsync(
            async () =>
            {
                converged = clock.Elapsed; // when the check that succeeds started
                return await IndexEqualsFolderAsync(host);
            },
            "the index to equal the folder",
            TimeSpan.FromSeconds(90));

        output.WriteLine($"{Operations} operations ({string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"))}) in {operationsTook.TotalSeconds:F1} s; " +
            $"index equal to the folder ({markers.Count} files) after {converged.TotalSeconds:F1} s; {Interlocked.Read(ref requests)} requests by {Clients} clients; {problems.Count} problems");
        Assert.Empty(problems);
    }

    private async Task QueryAsync(ServiceHost host, int client, CancellationToken stop)
    {
        var local = new Random(client);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (local.Next(5) == 0 && everExisted.Keys.ElementAtOrDefault(local.Next(Math.Max(1, everExisted.Count))) is { } id)
                {
                    using var document = await host.Client.GetAsync(new Uri("api/documents/" + id, UriKind.Relative), CancellationToken.None);
                    Check(document.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"document {id}: {(int)document.StatusCode}");
                }
                else
                {
                    var query = Queries[local.Next(Queries.Length)];
                    using var response = await host.Client.GetAsync(ServiceHost.SearchUri(query, local.Next(1, 3), 100), CancellationToken.None);
                    var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                    Check(response.StatusCode == HttpStatusCode.OK, $"search {query}: {(int)response.StatusCode} {body}");
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        var ids = ServiceHost.HitIds(JsonDocument.Parse(body).RootElement);
                        Check(ids.Count == ids.Distinct(StringComparer.Ordinal).Count(), $"search {query} listed an id twice: {string.Join(", ", ids)}");
                        foreach (var hit in ids.Where(i => !everExisted.ContainsKey(i)))
                        {
                            Check(false, $"search {query} returned {hit}, which never existed");
                        }
                    }
                }

                Interlocked.Increment(ref requests);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Check(false, $"request failed: {e.GetType().Name}: {e.Message}");
            }
        }
    }

    /// <summary>True once the index holds exactly the folder: the count matches, and every file's document carries
    /// the marker of the file's last write.</summary>
    private async Task<bool> IndexEqualsFolderAsync(ServiceHost host)
    {
        var status = await host.StatusAsync();
        if (status.GetProperty("documents").GetInt32() != markers.Count || status.GetProperty("pending").GetInt32() != 0)
        {
            return false;
        }

        foreach (var (id, marker) in markers)
        {
            using var response = await host.Client.GetAsync(new Uri("api/documents/" + id, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return false;
            }

            var text = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("text").GetString()!;
            if (!text.Contains(marker, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private string RandomOperation(ServiceHost host)
    {
        var roll = random.Next(200);
        if (roll < 50 || markers.Count < 20)
        {
            Create(host);
            return "create";
        }

        var id = markers.Keys.ElementAt(random.Next(markers.Count));
        switch (roll)
        {
            case < 86:
                Write(host, id);
                return "overwrite";
            case < 110:
                var marker = NextMarker();
                File.AppendAllText(host.FullPath(id), $"\n{Words[random.Next(Words.Length)]} {marker}", Encoding.UTF8);
                markers[id] = marker;
                return "append";
            case < 134:
                Move(host, id, $"{Folder(id)}/r{Interlocked.Increment(ref serial)}.txt");
                return "rename";
            case < 158:
                var moved = $"{folders[random.Next(folders.Count)]}/{Path.GetFileName(id)}";
                if (moved == id || markers.ContainsKey(moved))
                {
                    moved = $"{folders[random.Next(folders.Count)]}/m{Interlocked.Increment(ref serial)}.txt";
                }

                Move(host, id, moved);
                return "move between folders";
            case < 182:
                File.Delete(host.FullPath(id));
                markers.Remove(id);
                return "delete";
            case < 193:
                for (var i = 0; i < 15; i++)
                {
                    Write(host, id); // rapid rewrites: only the last may remain
                }

                return "rapid rewrites";
            case < 198:
                MoveFolder(host);
                return "rename folder";
            default:
                DeleteFolder(host);
                return "delete folder";
        }
    }

    private void Create(ServiceHost host)
    {
        if (random.Next(30) == 0)
        {
            folders.Add($"f{Interlocked.Increment(ref serial)}/sub");
        }

        Write(host, $"{folders[random.Next(folders.Count)]}/d{Interlocked.Increment(ref serial)}.txt");
    }

    private void Write(ServiceHost host, string id)
    {
        everExisted[id] = 0; // before the file exists, so no client can see it first
        var marker = NextMarker();
        var words = string.Join(' ', Enumerable.Range(0, 12).Select(_ => Words[random.Next(Words.Length)]));
        host.WriteDocument(id, $"عنوان {Words[random.Next(Words.Length)]}\n\n{words} {marker}");
        markers[id] = marker;
    }

    private void Move(ServiceHost host, string from, string to)
    {
        everExisted[to] = 0;
        Directory.CreateDirectory(Path.GetDirectoryName(host.FullPath(to))!);
        File.Move(host.FullPath(from), host.FullPath(to));
        markers[to] = markers[from];
        markers.Remove(from);
    }

    private void MoveFolder(ServiceHost host)
    {
        var from = folders[random.Next(folders.Count)];
        if (!Directory.Exists(host.FullPath(from)))
        {
            return;
        }

        var to = $"g{Interlocked.Increment(ref serial)}";
        var moving = markers.Keys.Where(id => id.StartsWith(from + "/", StringComparison.Ordinal)).ToList();
        foreach (var id in moving)
        {
            everExisted[to + id[from.Length..]] = 0;
        }

        Directory.Move(host.FullPath(from), host.FullPath(to));
        foreach (var id in moving)
        {
            markers[to + id[from.Length..]] = markers[id];
            markers.Remove(id);
        }

        folders.Remove(from);
        folders.Add(to);
        if (folders.Count < 3)
        {
            folders.Add($"f{Interlocked.Increment(ref serial)}");
        }
    }

    private void DeleteFolder(ServiceHost host)
    {
        var folder = folders[random.Next(folders.Count)];
        if (Directory.Exists(host.FullPath(folder)))
        {
            Directory.Delete(host.FullPath(folder), recursive: true);
        }

        foreach (var id in markers.Keys.Where(id => id.StartsWith(folder + "/", StringComparison.Ordinal)).ToList())
        {
            markers.Remove(id);
        }
    }

    private string NextMarker() => $"mk{Interlocked.Increment(ref serial)}mk";

    private static string Folder(string id) => id[..id.LastIndexOf('/')];

    private void Check(bool condition, string problem)
    {
        if (!condition)
        {
            problems.Enqueue(problem);
        }
    }
}
