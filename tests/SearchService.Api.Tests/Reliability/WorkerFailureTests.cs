using System.Globalization;
using System.Net;
using System.Text.Json;
using SearchService.Api.Tests.Infrastructure;
using SearchService.Tests.FileSystems;

namespace SearchService.Api.Tests.Reliability;

/// <summary>
/// When the index cannot be updated after start (a full disk, its files gone), the service says so: /api/status
/// reports failing with the reason, /readyz answers 503, searches keep answering from the last commit, and the
/// worker retries on its own until indexing resumes with nothing lost.
/// </summary>
public sealed class WorkerFailureTests
{
    private const string SeedWord = "الصواريخ";
    private const string NewWord = "البراكين";

    [Fact]
    public async Task IndexDeletedUnderTheRunningService_FailsVisibly_ThenRebuildsWithNothingLost()
    {
        using var folders = new TestFolders(Seed(5));
        await using var host = await folders.StartAsync();
        await host.WaitUntilReadyAsync();

        Directory.Delete(IndexFiles.CommitFolder(folders.Index), recursive: true);
        folders.WriteDocument("new.txt", $"عنوان جديد\n\nنص عن {NewWord}.");

        var failing = await WaitUntilFailingAsync(host);
        Assert.DoesNotContain(folders.Root, Reason(failing), StringComparison.Ordinal); // no absolute path in the status
        Assert.Equal(5, ServiceHost.HitIds(await host.SearchAsync(SeedWord)).Count); // the old results, still served

        await WaitUntilRecoveredAsync(host, 6);
        Assert.Equal(["new.txt"], ServiceHost.HitIds(await host.SearchAsync(NewWord)));
    }

    [SkippableFact]
    public async Task FullDisk_SearchesKeepTheOldResults_StatusSaysWhy_AndIndexingResumesOnceSpaceIsFreed()
    {
        using var mount = TmpfsMount.TryMount(megabytes: 8, out var why);
        Skip.If(mount is null, why);
        using var folders = new TestFolders(Seed(20), index: Path.Combine(mount.Path, "index"));
        await using var host = await folders.StartAsync();
        await host.WaitUntilReadyAsync();

        var ballast = mount.Fill("ballast");
        for (var i = 0; i < 10; i++)
        {
            folders.WriteDocument($"new/{i}.txt", string.Create(CultureInfo.InvariantCulture, $"عنوان {i}\n\nنص عن {NewWord} رقم {i}. ") + string.Concat(Enumerable.Repeat("كلمات أخرى كثيرة. ", 200)));
        }

        var failing = await WaitUntilFailingAsync(host);
        Assert.Contains("space", Reason(failing), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(mount.Path, Reason(failing), StringComparison.Ordinal);
        Assert.Equal(20, ServiceHost.HitIds(await host.SearchAsync(SeedWord, size: 100)).Count);

        File.Delete(ballast);

        await WaitUntilRecoveredAsync(host, 30);
        Assert.Equal(10, ServiceHost.HitIds(await host.SearchAsync(NewWord, size: 100)).Count);
        Assert.Equal(20, ServiceHost.HitIds(await host.SearchAsync(SeedWord, size: 100)).Count);
    }

    /// <summary>Polls until the status says failing, checking /readyz answers 503 at that moment; returns the status.</summary>
    private static async Task<JsonElement> WaitUntilFailingAsync(ServiceHost host)
    {
        JsonElement failing = default;
        await ServiceHost.PollAsync(
            async () =>
            {
                var status = await host.StatusAsync();
                if (status.GetProperty("state").GetString() != "failing")
                {
                    return false;
                }

                // Failing lasts at least the first retry's backoff (a second), so readiness is checked within it.
                using var ready = await host.Client.GetAsync(new Uri("readyz", UriKind.Relative));
                Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
                failing = status;
                return true;
            },
            "the status to say indexing is failing");
        Assert.False(string.IsNullOrWhiteSpace(Reason(failing)), "failing must say why");
        Assert.True(failing.GetProperty("error").GetProperty("attempts").GetInt32() >= 1);
        return failing;
    }

    private static async Task WaitUntilRecoveredAsync(ServiceHost host, int documents)
    {
        await ServiceHost.PollAsync(
            async () =>
            {
                using var ready = await host.Client.GetAsync(new Uri("readyz", UriKind.Relative));
                var status = await host.StatusAsync();
                return ready.StatusCode == HttpStatusCode.OK && status.GetProperty("documents").GetInt32() == documents;
            },
            $"indexing to resume with all {documents} documents",
            TimeSpan.FromSeconds(60));
        var recovered = await host.StatusAsync();
        Assert.Equal("ready", recovered.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, recovered.GetProperty("error").ValueKind);
    }

    private static string Reason(JsonElement status) => status.GetProperty("error").GetProperty("reason").GetString() ?? string.Empty;

    private static Dictionary<string, string> Seed(int count) =>
        Enumerable.Range(0, count).ToDictionary(
            i => string.Create(CultureInfo.InvariantCulture, $"seed{i}.txt"),
            i => string.Create(CultureInfo.InvariantCulture, $"عنوان {i}\n\nنص عن {SeedWord} رقم {i}."));
}
