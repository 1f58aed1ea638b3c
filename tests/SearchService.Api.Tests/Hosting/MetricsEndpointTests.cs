using System.Net;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Hosting;

/// <summary><c>GET /metrics</c> over the running service: our metrics under their Prometheus names, counting what
/// the tests do to it (searches, files written, a rebuild), and ASP.NET Core's request durations by route.</summary>
[Collection(MetricsCollection.Name)]
public sealed class MetricsEndpointTests
{
    private const string AdminKey = "metrics-admin-key-0123456789";

    private static readonly Dictionary<string, string> Files = new()
    {
        ["sun.txt"] = "الطاقة الشمسية\n\nتنتج الألواح الطاقة من ضوء الشمس.",
        ["wind.txt"] = "الرياح\n\nتدير الرياح التوربينات لإنتاج الطاقة.",
        ["empty.txt"] = "",
        ["broken.json"] = "[1, 2, 3]",
    };

    [Fact]
    public async Task Metrics_AnswerInTheTextFormat_WithOurMetricsUnderPrometheusNames()
    {
        await using var host = await ServiceHost.StartReadyAsync(Files);
        await host.SearchAsync("الطاقة"); // a counter is exported once something was added to it

        var scrape = await MetricsScrape.PollAsync(host.Client, s => s.Has("searchservice_searches_total"), "the search to be counted");

        foreach (var (name, type) in new[]
        {
            ("searchservice_searches_total", "counter"),
            ("searchservice_search_duration_seconds", "histogram"),
            ("searchservice_documents", "gauge"),
            ("searchservice_pending_changes", "gauge"),
            ("searchservice_documents_indexed_total", "counter"),
            ("searchservice_indexing_failures_total", "counter"),
            ("searchservice_index_size_bytes", "gauge"),
            ("searchservice_refresh_age_seconds", "gauge"),
        })
        {
            Assert.Contains($"# TYPE {name} {type}\n", scrape.Text, StringComparison.Ordinal);
        }

        Assert.Equal(2, scrape.Value("searchservice_documents"));
        Assert.Equal(2, scrape.Value("searchservice_documents_indexed_total"));
        Assert.Equal(1, scrape.Value("searchservice_indexing_failures_total", ("reason", "empty")));
        Assert.Equal(1, scrape.Value("searchservice_indexing_failures_total", ("reason", "invalid_format")));
        Assert.Equal(0, scrape.Value("searchservice_pending_changes"));
        Assert.True(scrape.Value("searchservice_index_size_bytes") > 0);
        Assert.InRange(scrape.Value("searchservice_refresh_age_seconds"), 0, 60);
        Assert.Equal(1, scrape.Value("searchservice_search_duration_seconds_count", ("outcome", "ok")));
        Assert.Equal(1, scrape.Value("searchservice_search_duration_seconds_bucket", ("outcome", "ok"), ("le", "+Inf")));
    }

    [Fact]
    public async Task Searches_AreCountedAndTimedByOutcome_ExactlyAsMade()
    {
        await using var host = await ServiceHost.StartReadyAsync(Files);
        var before = await MetricsScrape.GetAsync(host.Client);

        for (var i = 0; i < 3; i++)
        {
            await host.SearchAsync("الطاقة");
        }

        await AssertBadRequestAsync(host, "api/search?q="); // refused by the endpoint's checks
        await AssertBadRequestAsync(host, "api/search?q=" + Uri.EscapeDataString("-الطاقة")); // refused by the query parser

        var after = await MetricsScrape.PollAsync(
            host.Client, s => Searches(s, "ok") >= Searches(before, "ok") + 3 && Searches(s, "bad_request") >= Searches(before, "bad_request") + 2, "the searches to be counted");
        Assert.Equal(Searches(before, "ok") + 3, Searches(after, "ok"));
        Assert.Equal(Searches(before, "bad_request") + 2, Searches(after, "bad_request"));
        Assert.Equal(0, Searches(after, "timed_out"));
        Assert.Equal(3, after.Sum("searchservice_search_duration_seconds_count", ("outcome", "ok")) - before.Sum("searchservice_search_duration_seconds_count", ("outcome", "ok")));
        Assert.Equal(2, after.Sum("searchservice_search_duration_seconds_count", ("outcome", "bad_request")) - before.Sum("searchservice_search_duration_seconds_count", ("outcome", "bad_request")));
    }

    [Fact]
    public async Task AFileWritten_RaisesDocumentsIndexed_AndTheDocumentsGauge()
    {
        await using var host = await ServiceHost.StartReadyAsync(Files);
        var before = await MetricsScrape.GetAsync(host.Client);

        host.WriteDocument("tide.txt", "المد والجزر\n\nيولد المد الطاقة في بعض الموانئ.");

        var after = await MetricsScrape.PollAsync(
            host.Client, s => s.Value("searchservice_documents") > before.Value("searchservice_documents"), "the new file to be counted");
        Assert.Equal(before.Value("searchservice_documents") + 1, after.Value("searchservice_documents"));
        Assert.Equal(before.Value("searchservice_documents_indexed_total") + 1, after.Value("searchservice_documents_indexed_total"));
        Assert.Contains("tide.txt", ServiceHost.HitIds(await host.SearchAsync("المد")));
    }

    [Fact]
    public async Task AFileThatCannotBeIndexed_IsCountedUnderItsReason()
    {
        await using var host = await ServiceHost.StartReadyAsync(Files);
        var before = await MetricsScrape.GetAsync(host.Client);

        host.WriteDocument("also-broken.json", "{ not json");

        var after = await MetricsScrape.PollAsync(
            host.Client, s => Failures(s, "invalid_format") > Failures(before, "invalid_format"), "the failure to be counted");
        Assert.Equal(Failures(before, "invalid_format") + 1, Failures(after, "invalid_format"));
        Assert.Equal(Failures(before, "empty"), Failures(after, "empty"));
        Assert.Equal(before.Value("searchservice_documents"), after.Value("searchservice_documents"));
    }

    [Fact]
    public async Task ARebuild_IsCountedOnceItCompletes()
    {
        await using var host = await ServiceHost.StartReadyAsync(Files, "--Search:AdminApiKey", AdminKey);
        Assert.False((await MetricsScrape.GetAsync(host.Client)).Has("searchservice_rebuilds_total"));

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/index/rebuild", UriKind.Relative));
        request.Headers.Add("X-Api-Key", AdminKey);
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        var after = await MetricsScrape.PollAsync(host.Client, s => s.Has("searchservice_rebuilds_total"), "the rebuild to be counted");
        Assert.Equal(1, after.Value("searchservice_rebuilds_total"));
        Assert.Equal(2, after.Value("searchservice_documents"));
    }

    [Fact]
    public async Task HttpRequestDurations_AreByRouteAndStatus_AndLeaveOutTheScrapesThemselves()
    {
        await using var host = await ServiceHost.StartReadyAsync(Files);
        await MetricsScrape.GetAsync(host.Client); // scrapes before and between the searches would be counted by now

        await host.SearchAsync("الطاقة");
        await AssertBadRequestAsync(host, "api/search?q=");
        await MetricsScrape.GetAsync(host.Client);

        var scrape = await MetricsScrape.PollAsync(
            host.Client, s => Requests(s, "400") >= 1 && Requests(s, "200") >= 1, "the search requests to be measured");
        Assert.Equal(1, Requests(scrape, "200"));
        Assert.Equal(1, Requests(scrape, "400"));
        Assert.True(scrape.Has("http_server_request_duration_seconds_count", ("http_route", "/readyz")));
        Assert.DoesNotContain(scrape.Samples, s => s.Labels.GetValueOrDefault("http_route") == "/metrics");
    }

    private static double Searches(MetricsScrape scrape, string outcome) => scrape.Sum("searchservice_searches_total", ("outcome", outcome));

    private static double Failures(MetricsScrape scrape, string reason) => scrape.Sum("searchservice_indexing_failures_total", ("reason", reason));

    private static double Requests(MetricsScrape scrape, string status) => scrape.Sum(
        "http_server_request_duration_seconds_count", ("http_route", "/api/search/"), ("http_response_status_code", status));

    private static async Task AssertBadRequestAsync(ServiceHost host, string uri)
    {
        using var response = await host.Client.GetAsync(new Uri(uri, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
