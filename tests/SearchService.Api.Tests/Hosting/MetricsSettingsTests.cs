using System.Net;
using Microsoft.Extensions.Options;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Hosting;

/// <summary>The <c>Metrics</c> settings: the off switch, the path, a port of its own, and values refused at start.</summary>
[Collection(MetricsCollection.Name)]
public sealed class MetricsSettingsTests
{
    private static readonly Dictionary<string, string> Files = new() { ["sun.txt"] = "الطاقة الشمسية\n\nتنتج الألواح الطاقة من ضوء الشمس." };

    [Fact]
    public async Task Disabled_TheEndpointIsNotFound()
    {
        await using var host = await ServiceHost.StartReadyAsync(Files, "--Metrics:Enabled", "false");
        await host.SearchAsync("الطاقة");

        using var response = await host.Client.GetAsync(new Uri("metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnotherPath_ServesTheMetricsThere_AndNotAtTheDefault()
    {
        await using var host = await ServiceHost.StartReadyAsync(Files, "--Metrics:Path", "/internal/prometheus");

        var scrape = await MetricsScrape.GetAsync(host.Client, "internal/prometheus");
        using var atDefault = await host.Client.GetAsync(new Uri("metrics", UriKind.Relative));

        Assert.Equal(1, scrape.Value("searchservice_documents"));
        Assert.Equal(HttpStatusCode.NotFound, atDefault.StatusCode);
    }

    [Fact]
    public async Task APortOfItsOwn_ServesTheMetricsOnlyThere_WhileTheApiStaysOnItsPort()
    {
        var port = ChildService.FreePort();
        await using var host = await ServiceHost.StartReadyAsync(Files, "--Metrics:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var metricsClient = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        Assert.NotEqual(port, host.BaseAddress.Port);

        var scrape = await MetricsScrape.GetAsync(metricsClient);
        using var onTheApiPort = await host.Client.GetAsync(new Uri("metrics", UriKind.Relative));

        Assert.Equal(1, scrape.Value("searchservice_documents"));
        Assert.Equal(HttpStatusCode.NotFound, onTheApiPort.StatusCode);
        Assert.Equal(["sun.txt"], ServiceHost.HitIds(await host.SearchAsync("الطاقة")));
    }

    [Theory]
    [InlineData("--Metrics:Path", "metrics", "Metrics:Path")]
    [InlineData("--Metrics:Path", "/", "Metrics:Path")]
    [InlineData("--Metrics:Path", "/metrics/", "Metrics:Path")]
    [InlineData("--Metrics:Path", "/metrics?x=1", "Metrics:Path")]
    [InlineData("--Metrics:Port", "0", "Metrics:Port")]
    [InlineData("--Metrics:Port", "65536", "Metrics:Port")]
    public async Task Start_WithAnInvalidSetting_FailsNamingIt(string key, string value, string named)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => ServiceHost.StartAsync(null, key, value));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithTheMetricsPortBeingTheServicesPort_FailsNamingIt()
    {
        var port = ChildService.FreePort();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => ServiceHost.StartAsync(
            null, "--urls", $"http://127.0.0.1:{port}", "--Metrics:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Contains("Metrics:Port", error.Message, StringComparison.Ordinal);
    }
}
