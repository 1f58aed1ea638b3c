using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace SearchService.Api.Tests.Browser;

/// <summary>
/// One headless Chromium per test class. It is Debian's chromium package, never a downloaded browser,
/// and it is kept off the network: only 127.0.0.1 resolves.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public const string MissingChromiumMessage =
        "Chromium was not found at /usr/bin/chromium; install it with `apt-get install -y chromium` to run the browser tests.";

    private readonly ConcurrentDictionary<IPage, ConcurrentQueue<string>> _problems = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static bool IsChromiumInstalled => File.Exists(ChromiumPath);

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(MissingChromiumMessage);

    public async Task InitializeAsync()
    {
        if (!IsChromiumInstalled)
        {
            return;
        }

        // Expectations poll until this deadline instead of tests sleeping; the first search may wait for indexing.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            ],
        });
    }

    /// <summary>
    /// A fresh context per test, so no cookies, storage or history leak between tests. Script errors and any
    /// request leaving 127.0.0.1 are recorded for <see cref="AssertNoProblems"/> (external requests are blocked).
    /// </summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, int width = 1200, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "ar",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var problems = _problems.GetOrAdd(page, _ => new ConcurrentQueue<string>());
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Scheme is "http" or "https" && url.Host != baseAddress.Host)
            {
                problems.Enqueue($"request outside the app: {url}");
                await route.AbortAsync();
                return;
            }

            await route.ContinueAsync();
        });
        page.PageError += (_, error) => problems.Enqueue($"script error: {error}");
        page.Console += (_, message) =>
        {
            // 400/404 answers the page handles itself are logged by Chromium as "Failed to load resource".
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                problems.Enqueue($"console error: {message.Text}");
            }
        };
        return page;
    }

    /// <summary>Fails when the page threw, logged an error, or tried to load anything from another host.</summary>
    public void AssertNoProblems(IPage page) =>
        Assert.Empty(_problems.TryGetValue(page, out var problems) ? problems : []);

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
