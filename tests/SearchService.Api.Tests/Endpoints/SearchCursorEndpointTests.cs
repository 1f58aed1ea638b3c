using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Endpoints;

/// <summary>Walking all results with <c>after</c> over the real service, while another task adds and deletes files in
/// the folder: every document that stayed is returned once, and no id twice. And the 400s of a bad <c>after</c>.</summary>
public sealed class SearchCursorEndpointTests
{
    private const int Originals = 5_000;

    [Fact]
    public async Task WalkingWithAfter_WhileFilesAreAddedAndDeleted_ReturnsEveryDocumentThatStayed_Once()
    {
        var files = Enumerable.Range(0, Originals).ToDictionary(i => $"orig/{i:D4}.txt", i => $"مسرح {i}\n\nعرض مسرحي رقم o{i} في المدينة");
        await using var host = await ServiceHost.StartAsync(files);
        await host.WaitUntilReadyAsync(TimeSpan.FromMinutes(5));
        await ServiceHost.PollAsync(async () => (await Search(host, "")).GetProperty("total").GetInt32() == Originals, "every file to be searchable", TimeSpan.FromMinutes(2));

        var deleted = new HashSet<string>();
        var added = 0;
        using var stop = new CancellationTokenSource();
        var changes = Task.Run(async () =>
        {
            // Deletes originals spread over the whole order and adds files that rank anywhere, at a steady pace.
            for (var k = 0; !stop.IsCancellationRequested; k++)
            {
                var victim = $"orig/{(k * 7919) % Originals:D4}.txt";
                lock (deleted)
                {
                    deleted.Add(victim);
                }

                File.Delete(host.FullPath(victim));
                host.WriteDocument($"added/{k}.txt", $"مسرح جديد\n\nعرض مسرحي جديد a{k} " + string.Join(' ', Enumerable.Repeat("مسرحي", k % 4)));
                Volatile.Write(ref added, k + 1);
                await Task.Delay(15, CancellationToken.None);
            }
        }, CancellationToken.None);

        var seen = new List<string>();
        var page = await Search(host, "&size=100");
        var pages = 1;
        while (true)
        {
            seen.AddRange(ServiceHost.HitIds(page));
            if (page.GetProperty("next").GetString() is not { } next)
            {
                break;
            }

            // Each next page is asked for only once the index has changed since the last: a file added after it is found.
            var mark = Volatile.Read(ref added);
            await ServiceHost.PollAsync(async () => mark == 0 || (await Search(host, "", $"a{mark - 1}")).GetProperty("total").GetInt32() > 0, "a change to be indexed");
            page = await Search(host, "&size=100&after=" + Uri.EscapeDataString(next));
            pages++;
        }

        await stop.CancelAsync();
        await changes;

        var stayed = Enumerable.Range(0, Originals).Select(i => $"orig/{i:D4}.txt").Where(id => !deleted.Contains(id)).ToList();
        Assert.True(pages >= 40, $"only {pages} pages");
        Assert.True(deleted.Count > 20, $"only {deleted.Count} files deleted during the walk");
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Empty(stayed.Except(seen));
    }

    [Fact]
    public async Task ABadAfter_IsA400_SayingWhy()
    {
        await using var host = await ServiceHost.StartReadyAsync(Enumerable.Range(0, 5).ToDictionary(i => $"{i}.txt", i => $"مسرح\n\nعرض مسرحي {i}"));
        var next = (await Search(host, "&size=2")).GetProperty("next").GetString()!;

        await AssertBadRequest(host, "&size=2&tag=x&after=" + Uri.EscapeDataString(next), "لا يخص هذا البحث");
        await AssertBadRequest(host, "&sort=date&after=" + Uri.EscapeDataString(next), "another search");
        await AssertBadRequest(host, "&after=not-a-cursor", "تالف");
        await AssertBadRequest(host, "&after=" + Uri.EscapeDataString(next[..^4]), "not a cursor");
        await AssertBadRequest(host, "&page=2&after=" + Uri.EscapeDataString(next), "cannot be combined");

        // The same search with another size is fine: the following hits, not more than asked for.
        var following = await Search(host, "&size=3&after=" + Uri.EscapeDataString(next));
        Assert.Equal(3, ServiceHost.HitIds(following).Count);
        Assert.Equal(JsonValueKind.Null, following.GetProperty("next").ValueKind);
    }

    private static async Task AssertBadRequest(ServiceHost host, string parameters, string said)
    {
        using var response = await host.Client.GetAsync(new Uri("api/search?q=" + Uri.EscapeDataString("مسرحي") + parameters, UriKind.Relative));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(said, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> Search(ServiceHost host, string parameters, string query = "مسرحي") =>
        await host.Client.GetFromJsonAsync<JsonElement>(new Uri("api/search?q=" + Uri.EscapeDataString(query) + parameters, UriKind.Relative));
}
