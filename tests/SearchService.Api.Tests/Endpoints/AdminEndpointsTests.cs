using System.Net;
using System.Text.Json;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Endpoints;

/// <summary><c>POST /api/index/rebuild</c>: disabled without a configured key, 401 without the right one, and with
/// it a full re-read of the folder that catches what the fingerprints could not see.</summary>
public sealed class AdminEndpointsTests
{
    private const string Key = "test-admin-key-0123456789";

    private static readonly Dictionary<string, string> Seed = new()
    {
        ["a.txt"] = "عنوان أول\n\nنص عن الصواريخ القديمة.",
        ["sub/b.txt"] = "عنوان ثان\n\nنص عن الطاقة المستدامة.",
        ["broken.json"] = "[1, 2, 3]",
    };

    [Fact]
    public async Task Rebuild_WithoutAConfiguredKey_IsNotFound_EvenWithAHeader()
    {
        await using var host = await ServiceHost.StartAsync(Seed);

        using var response = await PostRebuildAsync(host, "anything-at-all-0123456789");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-admin-key-0123456789")]
    [InlineData("test-admin-key-012345678")] // a prefix of the key
    [InlineData("test-admin-key-01234567890")] // the key and more
    public async Task Rebuild_WithAMissingOrWrongKey_IsUnauthorized(string? key)
    {
        await using var host = await ServiceHost.StartReadyAsync(Seed, "--Search:AdminApiKey", Key);

        using var response = await PostRebuildAsync(host, key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(Key, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuild_WithTheRightKey_IsAccepted_AndReReadsEveryFile()
    {
        await using var host = await ServiceHost.StartReadyAsync(Seed, "--Search:AdminApiKey", Key);

        // The first pass already reads all three files: only a pass that started later is the rebuild's.
        var firstPass = Progress(await host.StatusAsync());
        Assert.Equal((3, 3), (firstPass.Processed, firstPass.Total));

        using var response = await PostRebuildAsync(host, Key);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("/api/status", response.Headers.Location?.OriginalString);
        await ServiceHost.PollAsync(
            async () => Progress(await host.StatusAsync()) is var pass && pass.Started > firstPass.Started && (pass.Processed, pass.Total) == (3, 3),
            "a new pass over all three files (the failed one included; a reconcile of the unchanged folder reads none)");
        Assert.Equal(["a.txt"], ServiceHost.HitIds(await host.SearchAsync("الصواريخ")));
        Assert.Equal(2, (await host.StatusAsync()).GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task Rebuild_PicksUpAChangeTheFingerprintsCannotSee()
    {
        var first = await ServiceHost.StartReadyAsync(Seed, "--Search:AdminApiKey", Key);
        first.KeepFoldersOnDispose = true;
        await first.DisposeAsync();

        // Same length and same modification time: to a fingerprint the file is unchanged.
        var path = Path.Combine(first.DocumentsPath, "a.txt");
        var modified = File.GetLastWriteTimeUtc(path);
        var before = File.ReadAllText(path);
        var after = before.Replace("القديمة", "الجديدة", StringComparison.Ordinal);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(before), System.Text.Encoding.UTF8.GetByteCount(after));
        File.WriteAllText(path, after);
        File.SetLastWriteTimeUtc(path, modified);

        await using var host = await first.RestartReadyAsync("--Search:AdminApiKey", Key);
        Assert.Equal(["a.txt"], ServiceHost.HitIds(await host.SearchAsync("القديمة"))); // stale, as expected

        using var response = await PostRebuildAsync(host, Key);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        await host.WaitUntilSearchableAsync("الجديدة", "a.txt");
        Assert.Empty(ServiceHost.HitIds(await host.SearchAsync("القديمة")));
    }

    [Fact]
    public async Task ShortAdminKey_StopsTheServiceAtStartUp()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => ServiceHost.StartAsync(Seed, "--Search:AdminApiKey", "short"));
        Assert.Contains("Search:AdminApiKey", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", "abc", true)]
    [InlineData("abc", "abd", false)]
    [InlineData("abc", "abcd", false)]
    [InlineData("", "abc", false)]
    [InlineData("مفتاح", "مفتاح", true)]
    public void KeysMatch_ComparesWholeKeys(string given, string expected, bool match) =>
        Assert.Equal(match, SearchService.Api.Endpoints.AdminEndpoints.KeysMatch(given, expected));

    private static async Task<HttpResponseMessage> PostRebuildAsync(ServiceHost host, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/index/rebuild", UriKind.Relative));
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await host.Client.SendAsync(request);
    }

    private static (long Processed, int Total, DateTimeOffset Started) Progress(JsonElement status)
    {
        var progress = status.GetProperty("progress");
        return (progress.GetProperty("processed").GetInt64(), progress.GetProperty("total").GetInt32(), progress.GetProperty("started").GetDateTimeOffset());
    }
}
