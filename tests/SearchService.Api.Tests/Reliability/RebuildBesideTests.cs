using System.Globalization;
using System.Net;
using System.Text.Json;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Reliability;

/// <summary>
/// A rebuild writes a new index beside the current one and switches when it is complete, so searches keep
/// answering from the old one all along (polled during the rebuild), and a kill mid-rebuild leaves one complete
/// index that the next start serves.
/// </summary>
public sealed class RebuildBesideTests
{
    private const string Key = "test-admin-key-0123456789";
    private const string CommonWord = "مشترك";

    // Enough text that the rebuild's pass takes a while (about a second here: 2,500 files of 300 words), so the
    // searches, made without pause between them, are seen answering during it.
    private const int DocumentCount = 2_500;
    private const int WordsPerDocument = 300;

    private static readonly TimeSpan NoPause = TimeSpan.FromMilliseconds(1);

    // Every start here indexes (or checks) 750,000 words: about 10 s alone, more while other test classes share the
    // two cores (CI once ran past the 20 s default on the first start). The behaviour under test comes after it.
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task StartUpRebuild_ForAnotherAnalysisVersion_SearchesKeepTheOldIndexUntilTheNewOneIsComplete()
    {
        using var folders = new TestFolders(ManyDocuments());
        await using (var first = await folders.StartAsync())
        {
            await first.WaitUntilReadyAsync(ReadyTimeout);
        }

        IndexFiles.Restamp(IndexFiles.CommitFolder(folders.Index), "an-older-analysis-0");

        await using var host = await folders.StartAsync();
        var duringRebuild = await SearchUntilReadyAsync(host);

        Assert.True(duringRebuild > 0, "no search was made while the rebuild ran");
        Assert.Equal(DocumentCount, Total(await host.SearchAsync(CommonWord, size: 1)));
        Assert.Contains("an-older-analysis-0", (await host.StatusAsync()).GetProperty("rebuildReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminRebuild_SearchesKeepAnsweringFromTheOldIndex_AndStatusSaysRebuilding()
    {
        using var folders = new TestFolders(ManyDocuments());
        await using var host = await folders.StartAsync("--Search:AdminApiKey", Key);
        await host.WaitUntilReadyAsync(ReadyTimeout);

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/index/rebuild", UriKind.Relative));
        request.Headers.Add("X-Api-Key", Key);
        Assert.Equal(HttpStatusCode.Accepted, (await host.Client.SendAsync(request)).StatusCode);

        var duringRebuild = 0;
        await ServiceHost.PollAsync(
            async () =>
            {
                var status = await host.StatusAsync();
                var rebuilding = status.GetProperty("state").GetString() == "rebuilding";
                Assert.Equal(DocumentCount, Total(await host.SearchAsync(CommonWord, size: 1)));
                if (rebuilding)
                {
                    duringRebuild++;
                    Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync(new Uri("readyz", UriKind.Relative))).StatusCode);
                    Assert.False(string.IsNullOrWhiteSpace(status.GetProperty("rebuildReason").GetString()));
                }

                return IndexFiles.MarkerGeneration(folders.Index) == "gen-2" && !rebuilding && status.GetProperty("state").GetString() == "ready";
            },
            "the rebuild to complete",
            TimeSpan.FromSeconds(120),
            NoPause);

        Assert.True(duringRebuild > 0, "the rebuild was never seen running");
        Assert.Equal(["gen-2"], IndexFiles.Generations(folders.Index));
    }

    [Fact]
    public async Task KilledDuringARebuild_TheNextStartServesTheOldIndex_RemovesThePartialOne_AndKeepsForeignFiles()
    {
        using var folders = new TestFolders(ManyDocuments());
        using (var child = ChildService.Start(folders, "--Search:AdminApiKey", Key))
        {
            await child.WaitUntilReadyAsync(ReadyTimeout);
            var dropped = folders.DropForeignFile("dropped-here.txt");

            // Held by another process: a second service on the same folder is refused at start.
            var refused = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => folders.StartAsync());
            Assert.Contains("in use by another running SearchService", refused.Message, StringComparison.Ordinal);

            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/index/rebuild", UriKind.Relative));
            request.Headers.Add("X-Api-Key", Key);
            Assert.Equal(HttpStatusCode.Accepted, (await child.Client.SendAsync(request)).StatusCode);
            await ServiceHost.PollAsync(
                async () =>
                {
                    var status = await child.StatusAsync();
                    var progress = status.GetProperty("progress");
                    return status.GetProperty("state").GetString() == "rebuilding" && progress.GetProperty("processed").GetInt64() > 0;
                },
                "the rebuild's pass to be under way",
                TimeSpan.FromSeconds(60));
            child.Kill();
            TestFolders.AssertForeignFileIntact(dropped);
        }

        Assert.Equal("gen-1", IndexFiles.MarkerGeneration(folders.Index)); // killed before the switch
        Assert.Equal(["gen-1", "gen-2"], IndexFiles.Generations(folders.Index));

        await using var host = await folders.StartAsync();
        await host.WaitUntilReadyAsync(ReadyTimeout);

        var after = await host.StatusAsync();
        Assert.Equal(DocumentCount, after.GetProperty("documents").GetInt32());
        Assert.Equal(0, after.GetProperty("progress").GetProperty("total").GetInt32()); // the old index was complete
        Assert.Equal(["gen-1"], IndexFiles.Generations(folders.Index));
        Assert.Equal(DocumentCount, Total(await host.SearchAsync(CommonWord, size: 1)));
        TestFolders.AssertForeignFileIntact(Path.Combine(folders.Index, "dropped-here.txt"));
    }

    /// <summary>Searches until /readyz answers 200; every answer must hold every document. Returns how many were
    /// made while the status said rebuilding.</summary>
    private static async Task<int> SearchUntilReadyAsync(ServiceHost host)
    {
        var duringRebuild = 0;
        await ServiceHost.PollAsync(
            async () =>
            {
                var state = (await host.StatusAsync()).GetProperty("state").GetString();
                Assert.Equal(DocumentCount, Total(await host.SearchAsync(CommonWord, size: 1)));
                if (state == "rebuilding")
                {
                    duringRebuild++;
                }

                return (await host.Client.GetAsync(new Uri("readyz", UriKind.Relative))).StatusCode == HttpStatusCode.OK;
            },
            "the rebuilt index to be ready",
            TimeSpan.FromSeconds(120),
            NoPause);
        return duringRebuild;
    }

    private static int Total(JsonElement results) => results.GetProperty("total").GetInt32();

    private static Dictionary<string, string> ManyDocuments()
    {
        // Words made from a seeded stream of Arabic letters, so every document has its own text to analyse and invert.
        var random = new Random(20261202);
        const string letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        var vocabulary = Enumerable.Range(0, 5_000)
            .Select(_ => new string([.. Enumerable.Range(0, random.Next(3, 8)).Select(_ => letters[random.Next(letters.Length)])]))
            .ToArray();
        return Enumerable.Range(0, DocumentCount).ToDictionary(
            i => string.Create(CultureInfo.InvariantCulture, $"d{i / 500}/doc{i}.txt"),
            i => string.Create(CultureInfo.InvariantCulture, $"عنوان {i}\n\nنص {CommonWord} عن الموضوع رقم {i} ")
                + string.Join(' ', Enumerable.Range(0, WordsPerDocument).Select(_ => vocabulary[random.Next(vocabulary.Length)])));
    }
}
