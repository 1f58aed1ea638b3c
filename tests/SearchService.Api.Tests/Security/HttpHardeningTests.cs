using System.Net;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Security;

public sealed class HttpHardeningTests
{
    private static readonly Dictionary<string, string> Files = new() { ["a.txt"] = "عنوان\n\nنص عن ماسك" };

    [Theory]
    [InlineData("api/search?q=%D9%85%D8%A7%D8%B3%D9%83")]
    [InlineData("api/search")]
    [InlineData("api/status")]
    [InlineData("api/documents/missing.txt")]
    [InlineData("")]
    public async Task Responses_CarrySecurityHeaders_AndNoServerBanner(string path)
    {
        await using var host = await ServiceHost.StartAsync(Files);

        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Search_OverTheRateLimit_Returns429WithRetryAfter_AndOtherEndpointsStillAnswer()
    {
        await using var host = await ServiceHost.StartReadyAsync(Files, "--RateLimit:RequestsPerSecond", "1", "--RateLimit:Burst", "3");

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 10 && limited is null; i++)
        {
            var response = await host.Client.GetAsync(ServiceHost.SearchUri("ماسك"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(limited);
        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        limited.Dispose();
        using var status = await host.Client.GetAsync(new Uri("api/status", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
    }

    [Fact]
    public async Task OversizedHeaders_AreRejectedBeforeReachingTheApp()
    {
        await using var host = await ServiceHost.StartAsync(Files);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("api/status", UriKind.Relative));
        request.Headers.Add("X-Padding", new string('x', 40 * 1024));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }
}
