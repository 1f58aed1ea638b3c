using System.Collections.Concurrent;
using System.Net;
using Microsoft.Playwright;
using SearchService.Api.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SearchService.Api.Tests.Browser;

/// <summary>The interactive API reference (<c>/docs</c>) in headless Chromium: it shows the API and never reaches
/// beyond this machine, neither to load itself nor when it sends a request.</summary>
public sealed class ApiReferencePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task ReferencePage_ListsTheSearchEndpoint_SendsASearch_AndEveryRequestStaysOnLoopback()
    {
        Skip.IfNot(BrowserFixture.IsChromiumInstalled, BrowserFixture.MissingChromiumMessage);
        await using var host = await ServiceHost.StartReadyAsync(new Dictionary<string, string>
        {
            ["musk.txt"] = "ماسك يتحدث عن الفضاء\n\nتحدث إيلون ماسك عن الصواريخ.",
        });
        var page = await browser.NewPageAsync(host.BaseAddress);
        var requests = RecordEveryRequest(page);

        await page.GotoAsync("/docs");

        var search = page.GetByText("Keyword and phrase search with highlighted snippets").First;
        await Expect(search).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "صياغة الاستعلام · Query syntax" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "api-reference");

        // The page's own client sends the request, as a reader trying the API would.
        await search.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Test Request" }).First.ClickAsync();
        var request = page.GetByRole(AriaRole.Region, new() { Name = "Request: Keyword and phrase search with highlighted snippets" });
        await request.Locator("[aria-label='Include q in request']")
            .Locator("xpath=ancestor::*[.//*[@aria-label=' Value']][1]")
            .Locator("[aria-label=' Value']")
            .ClickAsync();
        await page.Keyboard.TypeAsync("ماسك");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).First.ClickAsync();
        var response = page.GetByRole(AriaRole.Region, new() { Name = "Response" });
        await Expect(response).ToContainTextAsync("200 OK");
        await Expect(response).ToContainTextAsync("musk.txt");

        Assert.Contains(requests, url => url.AbsolutePath == "/openapi/v1.json");
        Assert.Contains(requests, url => url.AbsolutePath == "/docs/scalar.js");
        Assert.Contains(requests, url => url.AbsolutePath == "/api/search" && url.Query.Contains("q=", StringComparison.Ordinal));
        Assert.All(requests, url => Assert.True(IsLoopback(url), $"the page requested {url}"));
        browser.AssertNoProblems(page);
    }

    private static ConcurrentQueue<Uri> RecordEveryRequest(IPage page)
    {
        var requests = new ConcurrentQueue<Uri>();
        page.Context.Request += (_, request) => requests.Enqueue(new Uri(request.Url));
        page.WebSocket += (_, socket) => requests.Enqueue(new Uri(socket.Url));
        return requests;
    }

    // data: and blob: URLs are made inside the page; anything with a host must be this machine.
    private static bool IsLoopback(Uri url) =>
        url.Scheme is "data" or "blob" || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) ? IPAddress.IsLoopback(address) : url.Host == "localhost");
}
