using System.Net;
using System.Text.RegularExpressions;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Endpoints;

/// <summary>The page is served by the app itself, with nothing loaded from elsewhere (it may run offline).</summary>
public sealed partial class PageEndpointsTests
{
    [Theory]
    [InlineData("/", "search.js")]
    [InlineData("/documents/000_8af5831bf0bad0c9.txt", "document.js")]
    [InlineData("/documents/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D9%85%D9%82%D8%A7%D9%84%20%D9%85%D8%A7%D8%B3%D9%83.txt?q=x", "document.js")]
    public async Task Pages_AreServedAsRightToLeftArabicHtml(string path, string script)
    {
        await using var host = await ServiceHost.StartAsync();

        using var response = await host.Client.GetAsync(new Uri(host.BaseAddress, path));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains($"src=\"/{script}\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("app.css", "text/css")]
    [InlineData("search.js", "text/javascript")]
    [InlineData("document.js", "text/javascript")]
    [InlineData("marked-text.js", "text/javascript")]
    public async Task Assets_AreServed(string file, string mediaType)
    {
        await using var host = await ServiceHost.StartAsync();

        using var response = await host.Client.GetAsync(new Uri(file, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void PageFiles_ReferenceNothingOutsideTheApp()
    {
        var webRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var files = Directory.GetFiles(webRoot);
        Assert.NotEmpty(files);

        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.False(ExternalReference().IsMatch(text), $"{Path.GetFileName(file)} loads something from outside the app");
            Assert.False(HtmlSink().IsMatch(text), $"{Path.GetFileName(file)} parses strings as HTML");
        }
    }

    // src/href/url()/@import/fetch pointing at another host (http:, https: or protocol-relative //).
    [GeneratedRegex("""(src|href)\s*=\s*["']?(https?:)?//|url\(\s*["']?(https?:)?//|@import|fetch\(\s*["'`](https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    // The page builds elements itself; any of these would let document text become markup.
    [GeneratedRegex(@"\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment")]
    private static partial Regex HtmlSink();
}
