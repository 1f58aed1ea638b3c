using Microsoft.Playwright;

namespace SearchService.Api.Tests.Browser;

/// <summary>Keeps screenshots as test artifacts (never committed): $TEST_ARTIFACTS or TestResults/ in the output.</summary>
internal static class Screenshots
{
    public static string Folder
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("TEST_ARTIFACTS");
            var folder = Path.Combine(
                string.IsNullOrWhiteSpace(root) ? Path.Combine(AppContext.BaseDirectory, "TestResults") : root,
                "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
