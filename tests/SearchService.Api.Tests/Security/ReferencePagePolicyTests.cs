using System.Net;
using System.Text.RegularExpressions;
using SearchService.Api.Hosting;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Security;

/// <summary><c>/docs</c> is served wholly by the app: its scripts come from Scalar's assembly, its configuration
/// turns off everything that would call Scalar's services, and only its own response relaxes the site's policy.</summary>
public sealed partial class ReferencePagePolicyTests
{
    [Fact]
    public async Task ReferencePage_LoadsOnlyTheAppsOwnScripts_AllowedByAFreshNonce()
    {
        await using var host = await ServiceHost.StartAsync();

        var (html, policy) = await GetPageAsync(host);
        var (_, secondPolicy) = await GetPageAsync(host);

        var nonces = ScriptNonce().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
        var nonce = Assert.Single(nonces);
        Assert.Equal(ScriptTag().Count(html), ScriptNonce().Count(html)); // every script carries it
        var scriptSources = Directive(policy, "script-src");
        Assert.Equal(["'self'", $"'nonce-{nonce}'"], scriptSources);
        Assert.DoesNotContain($"'nonce-{nonce}'", secondPolicy, StringComparison.Ordinal);
        Assert.Equal(["'none'"], Directive(policy, "default-src"));
        Assert.Equal(["'self'"], Directive(policy, "connect-src"));
        Assert.Equal(["'self'", "data:"], Directive(policy, "font-src"));
        Assert.Equal(["'none'"], Directive(policy, "frame-ancestors"));

        var sources = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("scalar.js", sources);
        foreach (var source in sources)
        {
            Assert.DoesNotContain(":", source, StringComparison.Ordinal);
            Assert.False(source.StartsWith("//", StringComparison.Ordinal), source);
            using var script = await host.Client.GetAsync(new Uri(host.BaseAddress, "docs/" + source));
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
            Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("\"withDefaultFonts\":false")] // Inter and JetBrains Mono would come from Scalar's CDN
    [InlineData("\"telemetry\":false")]
    [InlineData("\"proxyUrl\":\"\"")] // requests from the page's client go straight to the service
    [InlineData("\"agent\":{\"disabled\":true}")]
    [InlineData("\"mcp\":{\"disabled\":true}")]
    [InlineData("\"url\":\"openapi/v1.json\"")]
    public async Task ReferencePage_ConfiguresScalarToStayOnThisServer(string setting)
    {
        await using var host = await ServiceHost.StartAsync();

        var (html, _) = await GetPageAsync(host);

        Assert.Contains(setting, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("openapi/v1.json")]
    [InlineData("docs")] // the redirect to docs/
    [InlineData("docs/scalar.js")]
    public async Task OtherResponses_KeepTheSitePolicy(string path)
    {
        await using var host = await ServiceHost.StartAsync();

        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Redirect, $"{path}: {response.StatusCode}");
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }

    private static async Task<(string Html, string Policy)> GetPageAsync(ServiceHost host)
    {
        using var response = await host.Client.GetAsync(new Uri("docs/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadAsStringAsync(), response.Headers.GetValues("Content-Security-Policy").Single());
    }

    private static string[] Directive(string policy, string name) =>
        policy.Split(';', StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Single(d => d[0] == name)[1..];

    [GeneratedRegex("<script\\b")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("<script\\b[^>]*\\bnonce=\"([^\"]+)\"")]
    private static partial Regex ScriptNonce();

    [GeneratedRegex("<script\\b[^>]*\\bsrc=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
