using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Reliability;

/// <summary>SIGTERM (docker stop, a rolling update) in the middle of indexing: the service exits cleanly within
/// Docker's 10 s, having committed what it indexed, so the next start reads only the files it had not reached.</summary>
public sealed class GracefulShutdownTests : IDisposable
{
    private const int Files = 8_000;

    private readonly TestFolders folders = new();

    [Fact]
    public async Task Sigterm_DuringIndexing_CommitsAndExitsWithin10s_AndTheNextStartRereadsNothingCommitted()
    {
        // A few kilobytes each, so indexing them all takes several of the worker's 3 s refreshes.
        var words = "أعلنت الحكومة اليوم عن خطة جديدة للاقتصاد والتعليم والصحة في المدن والقرى بعد اجتماع الوزراء".Split(' ');
        for (var i = 0; i < Files; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, 600).Select(k => words[(i * 7 + k * k) % words.Length] + (k % 50 == 0 ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")));
            folders.WriteDocument($"news/{i:D5}.txt", text);
        }

        int seen;
        string firstLog;
        using (var first = ChildService.Start(folders, "--Logging:Console:FormatterName", "json"))
        {
            // Under way: some files indexed and visible, not all.
            seen = 0;
            await ServiceHost.PollAsync(
                async () =>
                {
                    try
                    {
                        seen = (await first.StatusAsync()).GetProperty("documents").GetInt32();
                    }
                    catch (HttpRequestException)
                    {
                        return false; // not listening yet
                    }

                    Assert.True(seen < Files, "indexing finished before the test could stop it: give it more files");
                    return seen > 0;
                },
                "indexing to be under way",
                TimeSpan.FromSeconds(60));

            Assert.True(first.Terminate(TimeSpan.FromSeconds(10)), $"the service did not exit within 10 s of SIGTERM: {first.LogTail()}");
            Assert.Equal(0, first.ExitCode);
            Assert.Contains(first.LogEntries(), e => ChildService.EventId(e) == 4002); // the worker stopped (after its final commit)
            firstLog = first.Log();
        }

        using var second = ChildService.Start(folders, "--Logging:Console:FormatterName", "json");
        await second.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        var reconcile = second.LogEntries().Last(e => ChildService.EventId(e) == 2101).GetProperty("State"); // both runs write one log
        var indexed = reconcile.GetProperty("Indexed").GetInt32();
        // At least what searches saw before the stop was committed.
        Assert.True(indexed >= seen && indexed < Files, $"{indexed} in the index at the next start, {seen} seen before the stop; the stopped service said: {firstLog}");
        Assert.Equal(Files, reconcile.GetProperty("OnDisk").GetInt32());
        Assert.Equal(Files - indexed, reconcile.GetProperty("ToIndex").GetInt32());
        Assert.Equal(Files, (await second.StatusAsync()).GetProperty("documents").GetInt32());
    }

    public void Dispose() => folders.Dispose();
}
