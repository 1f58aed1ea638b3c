using System.Text.Json;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Hosting;

/// <summary>Logs as an operator reads them: one JSON object per line when asked (the image's default), events with
/// ids and fields, nothing per request, and a slow search logged without its text.</summary>
public sealed class LoggingTests : IDisposable
{
    private const string SecretQuery = "ترامب سري";

    private readonly TestFolders folders = new(new Dictionary<string, string>
    {
        ["a.txt"] = "قال ترامب إن الاجتماع كان جيدا",
        ["b.txt"] = "أعلنت الحكومة خطة جديدة",
        ["c.md"] = "# عنوان\n\nنص عن ماسك وشركة تسلا",
    });

    [Fact]
    public async Task JsonLogs_AreOneObjectPerLine_WithEventIdsAndFields_AndNothingPerRequest()
    {
        using var child = ChildService.Start(folders, "--Logging:Console:FormatterName", "json", "--Search:Log:SlowSearchMilliseconds", "0");
        await child.WaitUntilReadyAsync();
        var before = child.LogEntries().Count;

        const int Searches = 4;
        for (var i = 0; i < Searches; i++)
        {
            (await child.Client.GetAsync(new Uri($"api/search?q={Uri.EscapeDataString(SecretQuery)}", UriKind.Relative))).EnsureSuccessStatusCode();
            (await child.Client.GetAsync(new Uri("api/status", UriKind.Relative))).EnsureSuccessStatusCode();
            (await child.Client.GetAsync(new Uri("/", UriKind.Relative))).EnsureSuccessStatusCode();
        }

        // Each search is "slow" at a threshold of 0 ms; once the last one's line is out, every earlier line is too.
        await ServiceHost.PollAsync(() => Task.FromResult(child.LogEntries().Count(e => ChildService.EventId(e) == 3001) == Searches), "the slow-search lines", TimeSpan.FromSeconds(20));
        var entries = child.LogEntries();
        Assert.All(entries.Skip(before), e => Assert.Equal(3001, ChildService.EventId(e)));

        var slow = entries.First(e => ChildService.EventId(e) == 3001);
        Assert.Equal("Warning", slow.GetProperty("LogLevel").GetString());
        Assert.Equal(SecretQuery.Length, slow.GetProperty("State").GetProperty("QueryLength").GetInt32());
        Assert.True(slow.GetProperty("State").GetProperty("ElapsedMs").GetInt64() >= 0);
        Assert.DoesNotContain(SecretQuery, child.Log(), StringComparison.Ordinal);

        var reconciled = entries.Single(e => ChildService.EventId(e) == 2102);
        Assert.Equal(3, reconciled.GetProperty("State").GetProperty("Indexed").GetInt32());
        Assert.Equal(3, reconciled.GetProperty("State").GetProperty("Documents").GetInt32());
        Assert.Contains(entries, e => ChildService.EventId(e) == 2101 && e.GetProperty("State").GetProperty("ToIndex").GetInt32() == 3);
    }

    [Fact]
    public async Task JsonLogs_KeepArabicReadable()
    {
        folders.WriteDocument("تالف.txt", "\0\0\0\0 binary");
        using var child = ChildService.Start(folders, "--Logging:Console:FormatterName", "json");
        await child.WaitUntilReadyAsync();

        await ServiceHost.PollAsync(() => Task.FromResult(child.LogEntries().Any(e => ChildService.EventId(e) == 1001)), "the skipped file's line", TimeSpan.FromSeconds(20));
        var skipped = child.LogEntries().First(e => ChildService.EventId(e) == 1001);
        Assert.Equal("تالف.txt", skipped.GetProperty("State").GetProperty("Id").GetString());
        Assert.Contains("تالف.txt", child.Log(), StringComparison.Ordinal); // written as is, not as \\uXXXX
    }

    [Fact]
    public async Task TextLogs_AreTheDefault_AndARequestWritesNothing()
    {
        using var child = ChildService.Start(folders);
        await child.WaitUntilReadyAsync();
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(child.Log().Split('\n')[0]));

        for (var i = 0; i < 10; i++)
        {
            (await child.Client.GetAsync(new Uri("api/search?q=ترامب", UriKind.Relative))).EnsureSuccessStatusCode();
        }

        // A file added after the requests is logged after them: once its line is out, theirs would be too.
        var before = child.Log();
        folders.WriteDocument("d.txt", "\0\0\0\0 binary");
        await ServiceHost.PollAsync(() => Task.FromResult(child.Log().Contains("d.txt", StringComparison.Ordinal)), "the new file's line", TimeSpan.FromSeconds(20));
        var added = child.Log()[before.Length..];
        Assert.DoesNotContain("/api/search", added, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.AspNetCore", added, StringComparison.Ordinal);
    }

    public void Dispose() => folders.Dispose();
}
