using System.Diagnostics;
using System.Net;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Reliability;

/// <summary>A replica stopped for a rolling update leaves its load balancer before it closes: from SIGTERM on,
/// /readyz answers 503 while searches are still answered for the whole drain, and then the process exits 0.</summary>
public sealed class ShutdownDrainTests : IDisposable
{
    private const int DrainSeconds = 4;

    private readonly TestFolders folders = new();

    [Fact]
    public async Task Sigterm_TurnsReadyzTo503_KeepsAnsweringSearchesForTheDrain_ThenExits0()
    {
        folders.WriteDocument("a.txt", "مقال عن الاقتصاد والتعليم في المدن");
        using var service = ChildService.Start(folders,
            "--Logging:Console:FormatterName", "json", "--Shutdown:DrainSeconds", DrainSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await service.WaitUntilReadyAsync();

        var sinceSignal = Stopwatch.StartNew();
        service.SendTerminate();

        // Polled, not slept: the flag flips as soon as the host starts stopping.
        await ServiceHost.PollAsync(
            async () =>
            {
                using var readyz = await service.Client.GetAsync(new Uri("readyz", UriKind.Relative));
                return readyz.StatusCode == HttpStatusCode.ServiceUnavailable && (await readyz.Content.ReadAsStringAsync()).Contains("Draining", StringComparison.Ordinal);
            },
            "/readyz to answer 503 (draining) after SIGTERM",
            TimeSpan.FromSeconds(DrainSeconds));

        // Search until the server closes: every answer is a 200 with the hit, and answers go on through the drain.
        var answered = 0;
        var lastAnswer = TimeSpan.Zero;
        while (!service.HasExited && sinceSignal.Elapsed < TimeSpan.FromSeconds(DrainSeconds + 20))
        {
            try
            {
                using var response = await service.Client.GetAsync(ServiceHost.SearchUri("الاقتصاد"));
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"a search during the drain answered {(int)response.StatusCode}: {body}");
                Assert.Contains("a.txt", body, StringComparison.Ordinal);
                answered++;
                lastAnswer = sinceSignal.Elapsed;
            }
            catch (HttpRequestException)
            {
                break; // the drain is over and the server closed
            }
        }

        Assert.True(answered > 0, "no search was answered after SIGTERM");
        // The drain is a lower bound (the server may not close before it); a quarter second is left for the clocks.
        Assert.True(lastAnswer >= TimeSpan.FromSeconds(DrainSeconds - 0.25), $"searches stopped {lastAnswer.TotalSeconds:F1} s after SIGTERM, before the {DrainSeconds} s drain was over");
        Assert.True(service.WaitForExit(TimeSpan.FromSeconds(30)), $"the service did not exit after its drain: {service.LogTail()}");
        Assert.Equal(0, service.ExitCode);
        var events = service.LogEntries().Select(ChildService.EventId).ToList();
        Assert.Contains(5001, events); // draining began
        Assert.Contains(5002, events); // drained, then closed
        Assert.True(events.IndexOf(5002) < events.LastIndexOf(4002), "the worker stopped before the drain was over"); // worker's final commit after the drain
    }

    public void Dispose() => folders.Dispose();
}
