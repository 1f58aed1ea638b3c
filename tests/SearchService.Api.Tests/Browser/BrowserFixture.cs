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

    /// <summary>A fresh context per test, so no cookies, storage or history leak between tests.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, int width = 1200, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "ar",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
