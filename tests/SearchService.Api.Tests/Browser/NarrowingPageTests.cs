using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SearchService.Api.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SearchService.Api.Tests.Browser;

/// <summary>
/// What a reader does after a first search, in headless Chromium against the real service: narrows by source, tag
/// and year with the counts beside them, sorts by date, follows "did you mean", takes a completion from under the
/// box, and goes from an article to the related ones; every view lives in the URL.
/// </summary>
public sealed class NarrowingPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string Article(string title, string date, string source, string tags, string text) =>
        $"---\ntitle: {title}\ndate: {date}\nsource: {source}\ntags: [{tags}]\n---\n\n{text}\n";

    private static readonly (string Path, string Text)[] Theatre =
    [
        ("old.md", Article("مسرح المدينة القديم", "2017-03-01", "Hespress", "ثقافة", "افتتح مسرح المدينة موسمه بعرض عن الذاكرة.")),
        ("new.md", Article("مسرح الشباب يعود", "2018-05-01", "Hespress", "ثقافة, فن", "عاد مسرح الشباب إلى الخشبة بعرض جديد عن الهجرة.")),
        ("newest.md", Article("مسرح الساحل في الصيف", "2018-07-01", "Alyaum", "رياضة", "قدّم مسرح الساحل عروضه في الهواء الطلق.")),
    ];

    [SkippableFact]
    public async Task Filters_ShowCounts_Narrow_StayInTheUrl_AndSortByDate()
    {
        Skip.IfNot(BrowserFixture.IsChromiumInstalled, BrowserFixture.MissingChromiumMessage);
        await using var host = await StartAsync(Theatre);
        await host.WaitForSearchAsync("مسرح", ids => ids.Count == 3, "the three theatre articles");
        var page = await browser.NewPageAsync(host.BaseAddress);

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("مسرح"));
        await Expect(page.Locator(".hit")).ToHaveCountAsync(3);
        var sources = page.Locator("fieldset[data-facet='source']");
        await Expect(sources.Locator("label", new() { HasText = "Hespress" })).ToContainTextAsync("2");
        await Expect(sources.Locator("label", new() { HasText = "Alyaum" })).ToContainTextAsync("1");
        await Expect(page.Locator("fieldset[data-facet='year'] label", new() { HasText = "2018" })).ToContainTextAsync("2");
        await Screenshots.SaveAsync(page, "search-filters");

        await sources.GetByLabel("Alyaum").CheckAsync();
        await Expect(page.Locator(".hit")).ToHaveCountAsync(1);
        await Expect(page.Locator(".hit-title a")).ToHaveAttributeAsync("href", new Regex("newest\\.md"));
        await Expect(page).ToHaveURLAsync(new Regex("source=Alyaum"));
        // Its own filter does not narrow a facet: the other source can still be chosen, with its count.
        await Expect(sources.Locator("label", new() { HasText = "Hespress" })).ToContainTextAsync("2");

        await page.ReloadAsync();
        await Expect(page.Locator(".hit")).ToHaveCountAsync(1);
        await Expect(sources.GetByLabel("Alyaum")).ToBeCheckedAsync();

        await page.GoBackAsync();
        await Expect(page.Locator(".hit")).ToHaveCountAsync(3);

        await page.Locator("fieldset[data-facet='year']").GetByLabel("2017").CheckAsync();
        await Expect(page.Locator(".hit")).ToHaveCountAsync(1);
        await Expect(page).ToHaveURLAsync(new Regex("from=2017-01-01&to=2017-12-31"));
        await Expect(page.Locator("#from")).ToHaveValueAsync("2017-01-01");

        await page.GetByText("إزالة كل عوامل التضييق").ClickAsync();
        await Expect(page.Locator(".hit")).ToHaveCountAsync(3);
        await Expect(page).Not.ToHaveURLAsync(new Regex("from="));

        await page.GetByLabel("ترتيب النتائج").SelectOptionAsync("date");
        await Expect(page).ToHaveURLAsync(new Regex("sort=date"));
        var order = page.Locator(".hit-title a");
        await Expect(order.Nth(0)).ToHaveAttributeAsync("href", new Regex("newest\\.md"));
        await Expect(order.Nth(1)).ToHaveAttributeAsync("href", new Regex("/new\\.md"));
        await Expect(order.Nth(2)).ToHaveAttributeAsync("href", new Regex("old\\.md"));
        browser.AssertNoProblems(page);
    }

    [SkippableFact]
    public async Task ADateRange_FromTheForm_NarrowsToIt()
    {
        Skip.IfNot(BrowserFixture.IsChromiumInstalled, BrowserFixture.MissingChromiumMessage);
        await using var host = await StartAsync(Theatre);
        await host.WaitForSearchAsync("مسرح", ids => ids.Count == 3, "the three theatre articles");
        var page = await browser.NewPageAsync(host.BaseAddress);

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("مسرح"));
        await Expect(page.Locator(".hit")).ToHaveCountAsync(3);
        await page.Locator("#from").FillAsync("2018-01-01");
        await page.Locator("#to").FillAsync("2018-06-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "تطبيق" }).ClickAsync();

        await Expect(page.Locator(".hit")).ToHaveCountAsync(1);
        await Expect(page.Locator(".hit-title a")).ToHaveAttributeAsync("href", new Regex("/new\\.md"));
        await Expect(page).ToHaveURLAsync(new Regex("from=2018-01-01&to=2018-06-30"));
        browser.AssertNoProblems(page);
    }

    [SkippableFact]
    public async Task AMisspeltWord_OffersTheIndexsSpelling_AsALinkThatSearchesIt()
    {
        Skip.IfNot(BrowserFixture.IsChromiumInstalled, BrowserFixture.MissingChromiumMessage);
        var files = Enumerable.Range(1, 6)
            .Select(i => ($"unrest-{i}.txt", $"تقرير {i}\n\nتحدث التقرير رقم {i} عن الاضطراب في الأسواق وعن أسباب الاضطراب."))
            .ToArray();
        await using var host = await StartAsync(files);
        await host.WaitForSearchAsync("الاضطراب", ids => ids.Count == 6, "the six reports");
        var page = await browser.NewPageAsync(host.BaseAddress);

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("الاظطراب"));
        var suggestion = page.Locator("#did-you-mean a");
        await Expect(suggestion).ToHaveTextAsync("الاضطراب");
        await Expect(page.Locator("#did-you-mean strong")).ToHaveTextAsync("الاضطراب");

        await suggestion.ClickAsync();
        await Expect(page.GetByLabel("ابحث في نصوص المقالات")).ToHaveValueAsync("الاضطراب");
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape("q=" + Uri.EscapeDataString("الاضطراب"))));
        await Expect(page.Locator(".hit")).ToHaveCountAsync(6);
        await Expect(page.Locator("#did-you-mean")).ToBeHiddenAsync();
        browser.AssertNoProblems(page);
    }

    [SkippableFact]
    public async Task Completions_AreListedUnderTheBox_AndTakenWithTheKeyboard()
    {
        Skip.IfNot(BrowserFixture.IsChromiumInstalled, BrowserFixture.MissingChromiumMessage);
        await using var host = await StartAsync(
            ("musk-1.txt", "ماسك يتحدث\n\nتحدث ماسك عن الصواريخ."),
            ("musk-2.txt", "ماسك والسيارات\n\nقال ماسك إن السيارات الكهربائية هي المستقبل."),
            ("energy.txt", "مستقبل الطاقة الشمسية\n\nالطاقة الشمسية في الصحراء."));
        await host.WaitForSearchAsync("ماسك", ids => ids.Count == 2, "both Musk articles");
        var page = await browser.NewPageAsync(host.BaseAddress);
        var box = page.GetByLabel("ابحث في نصوص المقالات");

        await page.GotoAsync("/");
        await box.PressSequentiallyAsync("ماس", new() { Delay = 40 });
        var list = page.GetByRole(AriaRole.Listbox);
        await Expect(list).ToBeVisibleAsync();
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(list.GetByRole(AriaRole.Option).First).ToHaveTextAsync("ماسك");
        Assert.Equal("rtl", await list.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        await Screenshots.SaveAsync(page, "search-completions");

        await box.PressAsync("ArrowDown");
        await Expect(list.GetByRole(AriaRole.Option).First).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", "completion-0");
        await box.PressAsync("Enter");
        await Expect(box).ToHaveValueAsync("ماسك");
        await Expect(list).ToBeHiddenAsync();
        await Expect(page.Locator(".hit")).ToHaveCountAsync(2);

        // Escape closes the list and leaves what was typed.
        await box.FillAsync("");
        await box.PressSequentiallyAsync("مستقبل الط", new() { Delay = 40 });
        var title = list.GetByRole(AriaRole.Option, new() { Name = "مستقبل الطاقة الشمسية" });
        await Expect(title).ToBeVisibleAsync();
        await box.PressAsync("Escape");
        await Expect(list).ToBeHiddenAsync();
        await Expect(box).ToHaveValueAsync("مستقبل الط");

        // A title opens its article.
        await box.PressSequentiallyAsync("ا", new() { Delay = 40 });
        await Expect(title).ToBeVisibleAsync();
        await title.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/documents/energy\\.txt$"));
        browser.AssertNoProblems(page);
    }

    [SkippableFact]
    public async Task AnArticle_ListsRelatedArticles_AsLinks()
    {
        Skip.IfNot(BrowserFixture.IsChromiumInstalled, BrowserFixture.MissingChromiumMessage);
        await using var host = await StartAsync(
            ("rocket-1.txt", "إطلاق صاروخ جديد\n\nأطلقت الشركة صاروخا جديدا يحمل أقمارا صناعية إلى المدار بعد تجارب محرك الصاروخ."),
            ("rocket-2.txt", "تجربة محرك صاروخ\n\nنجحت تجربة محرك الصاروخ الذي سيحمل الأقمار الصناعية إلى المدار."),
            ("olives.txt", "موسم الزيتون\n\nبدأ موسم قطف الزيتون في القرى الجبلية."));
        await host.WaitForSearchAsync("صاروخ", ids => ids.Count == 2, "both rocket articles");
        var page = await browser.NewPageAsync(host.BaseAddress);

        await page.GotoAsync("/documents/rocket-1.txt");
        var related = page.Locator("#related");
        await Expect(related).ToBeVisibleAsync();
        await Expect(related.GetByRole(AriaRole.Heading)).ToHaveTextAsync("مقالات ذات صلة");
        var first = related.Locator("li a").First;
        await Expect(first).ToHaveTextAsync("تجربة محرك صاروخ");
        await Expect(related).Not.ToContainTextAsync("إطلاق صاروخ جديد");

        await first.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/documents/rocket-2\\.txt"));
        await Expect(page.Locator("#title")).ToHaveTextAsync("تجربة محرك صاروخ");
        browser.AssertNoProblems(page);
    }

    private static Task<ServiceHost> StartAsync(params (string Path, string Text)[] documents) =>
        ServiceHost.StartAsync(documents.ToDictionary(d => d.Path, d => d.Text));
}
