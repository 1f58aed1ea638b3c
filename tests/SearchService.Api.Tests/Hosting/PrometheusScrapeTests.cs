using System.Globalization;
using System.Text.Json;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Hosting;

/// <summary>A real Prometheus scrapes the running service, and a PromQL query over its HTTP API returns our search
/// counter as it grows.</summary>
[Collection(MetricsCollection.Name)]
public sealed class PrometheusScrapeTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60); // Prometheus starts, then scrapes every second

    [SkippableFact]
    public async Task Prometheus_ScrapesTheService_AndPromQLReturnsOurSearchCounter()
    {
        Skip.IfNot(PrometheusServer.IsInstalled, PrometheusServer.MissingMessage);
        await using var host = await ServiceHost.StartReadyAsync(new Dictionary<string, string>
        {
            ["sun.txt"] = "الطاقة الشمسية\n\nتنتج الألواح الطاقة من ضوء الشمس.",
        });
        using var prometheus = PrometheusServer.Start(host.BaseAddress);

        await host.SearchAsync("الطاقة");
        await host.SearchAsync("الشمس");
        await WaitForValueAsync(prometheus, """searchservice_searches_total{outcome="ok"}""", 2);

        await host.SearchAsync("الألواح");
        var series = await WaitForValueAsync(prometheus, """searchservice_searches_total{outcome="ok"}""", 3);

        var labels = series.GetProperty("metric");
        Assert.Equal("searchservice_searches_total", labels.GetProperty("__name__").GetString());
        Assert.Equal(PrometheusServer.Job, labels.GetProperty("job").GetString());
        Assert.Equal($"{host.BaseAddress.Host}:{host.BaseAddress.Port}", labels.GetProperty("instance").GetString());
        await WaitForValueAsync(prometheus, "searchservice_documents", 1);
        await WaitForValueAsync(prometheus, """sum(http_server_request_duration_seconds_count{http_route="/api/search/",http_response_status_code="200"})""", 3);
    }

    /// <summary>Polls the query until it returns one series with <paramref name="expected"/>; returns that series.</summary>
    private static async Task<JsonElement> WaitForValueAsync(PrometheusServer prometheus, string promql, double expected)
    {
        JsonElement last = default;
        try
        {
            await ServiceHost.PollAsync(
                async () =>
                {
                    last = await prometheus.QueryAsync(promql);
                    return last.ValueKind == JsonValueKind.Array && last.GetArrayLength() == 1 && ValueOf(last[0]) == expected;
                },
                $"Prometheus to answer {expected} to {promql}",
                Deadline,
                TimeSpan.FromMilliseconds(250));
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message} Its last answer: {last}. Its log: {prometheus.LogTail()}", e);
        }

        return last[0];
    }

    private static double ValueOf(JsonElement series) =>
        double.Parse(series.GetProperty("value")[1].GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture);
}
