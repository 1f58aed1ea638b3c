using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SearchService.Api.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SearchService.Api.Tests.Browser;

/// <summary>Drives the search page in headless Chromium against the real service over its own temp folders.</summary>
public sealed class SearchPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string MuskArticle =
        "ماسك يتحدث عن SpaceX و OpenAI\n\n" +
        "في عام 2016 تحدث إيلون ماسك عن شركة SpaceX وعن مختبر OpenAI وعن مستقبل الطاقة المستدامة.\n\n" +
        "وختم حديثه بأن البشرية تحتاج إلى أكثر من كوكب واحد كي تستمر طويلا.";

    [SkippableFact]
    public async Task TypingQuery_ShowsMarkedResults_KeepsQueryInUrl_AndReloadRestoresIt()
    {
        Skip.IfNot(BrowserFixture.IsChromiumInstalled, BrowserFixture.MissingChromiumMessage);
        await using var host = await StartAsync(
            ("musk.txt", MuskArticle),
            ("tesla.txt", "ماسك وسيارات تسلا\n\nتحدث ماسك في 2019 عن سيارات Tesla الكهربائية وعن بطاريات Powerwall."),
            ("other.txt", "مقال عن الزراعة\n\nزراعة القمح في الوادي تحتاج إلى ماء كثير."));
        await host.WaitForSearchAsync("ماسك", ids => ids.Count == 2, "both Musk articles");
        var page = await browser.NewPageAsync(host.BaseAddress);

        await page.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("#index-status")).ToHaveAttributeAsync("data-state", "ready");
        await Expect(page.Locator("#index-status")).ToContainTextAsync("3");

        await page.GetByLabel("ابحث في نصوص المقالات").PressSequentiallyAsync("ماسك", new() { Delay = 40 });

        await Expect(page.Locator(".hit")).ToHaveCountAsync(2);
        await Expect(page.Locator(".snippet mark").First).ToContainTextAsync("ماسك");
        await Expect(page.Locator("#summary")).ToHaveTextAsync(new Regex("^عدد النتائج: 2 — المدة: "));
        await Expect(page.Locator(".hit time").First).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape("?q=" + Uri.EscapeDataString("ماسك")) + "$"));
        await Screenshots.SaveAsync(page, "search-results");

        await page.ReloadAsync();

        await Expect(page.GetByLabel("ابحث في نصوص المقالات")).ToHaveValueAsync("ماسك");
        await Expect(page.Locator(".hit")).ToHaveCountAsync(2);
        await Expect(page.Locator(".snippet mark").First).ToBeVisibleAsync();

        await page.SetViewportSizeAsync(390, 844);
        await Screenshots.SaveAsync(page, "search-results-phone");
        browser.AssertNoProblems(page);
    }

    [SkippableFact]
    public async Task TheEmptyBox_IsRightToLeft_AndTakesTheDirectionOfWhatIsTyped()
    {
        Skip.IfNot(BrowserFixture.IsChromiumInstalled, BrowserFixture.MissingChromiumMessage);
        await using var host = await StartAsync(("musk.txt", MuskArticle));
        var page = await browser.NewPageAsync(host.BaseAddress);
        var box = page.GetByLabel("ابحث في نصوص المقالات");

        await page.GotoAsync("/");
        Assert.Equal("rtl", await box.EvaluateAsync<string>("e => getComputedStyle(e).direction"));

        await box.FillAsync("SpaceX");
        Assert.Equal("ltr", await box.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        await box.FillAsync("");
        Assert.Equal("rtl", await box.EvaluateAsync<string>("e => getComputedStyle(e).direction"));

        await page.GotoAsync("/?q=SpaceX");
        await Expect(page.Locator(".hit")).ToHaveCountAsync(1);
        Assert.Equal("ltr", await box.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        browser.AssertNoProblems(page);
    }

    [SkippableFact]
    public async Task AHitsDate_IsTheDocumentsOwn_OrLabelledAsTheFilesDate()
    {
        Skip.IfNot(BrowserFixture.IsChromiumInstalled, BrowserFixture.MissingChromiumMessage);
        await using var host = await StartAsync(
            ("dated.json", """{ "title": "مسرح مؤرخ", "text": "عرض مسرحي مؤرخ", "date": "Sun, 18 Feb 2018 21:35:43 +0400" }"""),
            ("undated.txt", "مسرح بلا تاريخ\n\nعرض مسرحي بلا تاريخ"));
        var page = await browser.NewPageAsync(host.BaseAddress);

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("مسرحي"));

        var dated = page.Locator(".hit", new() { Has = page.Locator("a[href*='dated.json']") });
        var undated = page.Locator(".hit", new() { Has = page.Locator("a[href*='undated.txt']") });
        await Expect(dated.Locator("time")).ToHaveAttributeAsync("datetime", "2018-02-18T21:35:43+04:00"); // at the offset the feed wrote
        await Expect(dated.Locator("time")).Not.ToContainTextAsync("تاريخ الملف");
        await Expect(undated.Locator("time")).ToContainTextAsync("تاريخ الملف");

        await dated.Locator(".hit-title a").ClickAsync();
        await Expect(page.Locator("#meta")).ToContainTextAsync("التاريخ");
        await Expect(page.Locator("#meta")).Not.ToContainTextAsync("تاريخ الملف");
        browser.AssertNoProblems(page);
    }

    [SkippableFact]
    public async Task QuotedPhrase_OnEnter_ShowsOnlyTheDocumentWithTheAdjacentWords()
    {
        Skip.IfNot(BrowserFixture.IsChromiumInstalled, BrowserFixture.MissingChromiumMessage);
        await using var host = await StartAsync(
            ("phrase-adjacent.txt", "الطاقة الشمسية\n\nأصبحت الطاقة الشمسية أرخص مصدر للكهرباء في كثير من البلدان."),
            ("phrase-apart.txt", "ألواح على السطح\n\nالألواح الشمسية على السطح لا تكفي، والطاقة تأتي أيضا من الرياح."));
        await host.WaitUntilSearchableAsync("الشمسية", "phrase-apart.txt");
        var page = await browser.NewPageAsync(host.BaseAddress);
        await page.GotoAsync("/");

        var box = page.GetByLabel("ابحث في نصوص المقالات");
        await box.FillAsync("\"الطاقة الشمسية\"");
        await box.PressAsync("Enter");

        await Expect(page.Locator(".hit")).ToHaveCountAsync(1);
        await Expect(page.Locator(".hit-title a")).ToHaveAttributeAsync("href", new Regex("phrase-adjacent"));
        await Expect(page.Locator(".snippet mark").First).ToBeVisibleAsync();
        browser.AssertNoProblems(page);
    }

    [SkippableFact]
    public async Task ManyMatches_ArePaginated_AndBackReturnsToTheFirstPage()
    {
        Skip.IfNot(BrowserFixture.IsChromiumInstalled, BrowserFixture.MissingChromiumMessage);
        var documents = Enumerable.Range(1, 13)
            .Select(i => ($"olive-{i:00}.txt", $"الزيتون رقم {i}\n\nمقال رقم {i} عن قطف الزيتون وعصره في القرية."))
            .ToArray();
        await using var host = await StartAsync(documents);
        await host.WaitForSearchAsync("الزيتون", ids => ids.Count == 13, "all 13 olive articles");
        var page = await browser.NewPageAsync(host.BaseAddress);
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("الزيتون"));

        await Expect(page.Locator(".hit")).ToHaveCountAsync(10);
        await Expect(page.Locator("#summary")).ToHaveTextAsync(new Regex("^عدد النتائج: 13 — المعروض: 1–10 — "));
        await Expect(page.Locator("#pager [aria-current=page]")).ToHaveTextAsync("1");

        await page.Locator("#pager a[rel=next]").ClickAsync();

        await Expect(page.Locator(".hit")).ToHaveCountAsync(3);
        await Expect(page).ToHaveURLAsync(new Regex("page=2"));
        await Expect(page.Locator("#pager [aria-current=page]")).ToHaveTextAsync("2");

        await page.GoBackAsync();

        await Expect(page.Locator(".hit")).ToHaveCountAsync(10);
        await Expect(page).Not.ToHaveURLAsync(new Regex("page="));
        browser.AssertNoProblems(page);
    }

    [SkippableFact]
    public async Task OpeningResult_ShowsTheWholeArticleWithTheQueryHighlighted()
    {
        Skip.IfNot(BrowserFixture.IsChromiumInstalled, BrowserFixture.MissingChromiumMessage);
        await using var host = await StartAsync(("أخبار/مقال ماسك.txt", MuskArticle));
        await host.WaitUntilSearchableAsync("ماسك", "أخبار/مقال ماسك.txt");
        var page = await browser.NewPageAsync(host.BaseAddress);
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("ماسك"));

        await page.Locator(".hit-title a").First.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/documents/.+\\?q="));
        await Expect(page.Locator("#text")).ToContainTextAsync("البشرية تحتاج إلى أكثر من كوكب واحد");
        await Expect(page.Locator("#text mark").First).ToContainTextAsync("ماسك");
        await Expect(page.Locator("#title")).Not.ToBeEmptyAsync();
        await Screenshots.SaveAsync(page, "article");

        await page.GetByText("العودة إلى نتائج البحث").ClickAsync();
        await Expect(page.Locator(".hit")).ToHaveCountAsync(1);
        browser.AssertNoProblems(page);
    }

    [SkippableFact]
    public async Task InvalidQuery_ShowsTheApisArabicMessage()
    {
        Skip.IfNot(BrowserFixture.IsChromiumInstalled, BrowserFixture.MissingChromiumMessage);
        await using var host = await ServiceHost.StartReadyAsync(new Dictionary<string, string> { ["musk.txt"] = MuskArticle });
        var (query, detail) = await FindInvalidQueryAsync(host.Client);
        var page = await browser.NewPageAsync(host.BaseAddress);
        await page.GotoAsync("/");

        var box = page.GetByLabel("ابحث في نصوص المقالات");
        await box.FillAsync(query);
        await box.PressAsync("Enter");

        await Expect(page.Locator("#message")).ToBeVisibleAsync();
        await Expect(page.Locator("#message")).ToHaveAttributeAsync("role", "alert");
        await Expect(page.Locator("#message")).ToHaveTextAsync(detail);
        await Expect(page.Locator(".hit")).ToHaveCountAsync(0);
        browser.AssertNoProblems(page);
    }

    [SkippableFact]
    public async Task LatinName_FindsTheArabicSpelling_AndSaysSoInOneLine()
    {
        Skip.IfNot(BrowserFixture.IsChromiumInstalled, BrowserFixture.MissingChromiumMessage);
        await using var host = await StartAsync(("musk.txt", MuskArticle), ("weather.txt", "الطقس اليوم\n\nسماء صافية ورياح خفيفة."));
        await host.WaitUntilSearchableAsync("ماسك", "musk.txt");
        var page = await browser.NewPageAsync(host.BaseAddress);

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("Musk"));

        await Expect(page.Locator(".hit")).ToHaveCountAsync(1);
        await Expect(page.Locator(".hit mark").First).ToHaveTextAsync("ماسك");
        await Expect(page.Locator("#expanded")).ToBeVisibleAsync();
        await Expect(page.Locator("#expanded")).ToContainTextAsync("ماسك");
        await Expect(page.Locator("#expanded")).ToContainTextAsync("Musk");

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("الطقس"));
        await Expect(page.Locator(".hit")).ToHaveCountAsync(1);
        await Expect(page.Locator("#expanded")).ToBeHiddenAsync();
        browser.AssertNoProblems(page);
    }

    [SkippableFact]
    public async Task ArabicSpelling_FindsTheOtherSpelling_MarksIt_AndSaysSoInOneLine()
    {
        Skip.IfNot(BrowserFixture.IsChromiumInstalled, BrowserFixture.MissingChromiumMessage);

        // Five articles of each spelling, in the same company: enough for the index to show ترمب is a name.
        var files = Enumerable.Range(1, 5)
            .SelectMany(i => new[]
            {
                ($"long-{i}.txt", $"خبر {i}\n\nقال الرئيس ترامب إن الاتفاق قريب."),
                ($"short-{i}.txt", $"خبر {i}\n\nقال الرئيس ترمب إن الاتفاق قريب."),
            })
            .ToArray();
        await using var host = await StartAsync(files);
        await host.WaitUntilSearchableAsync("ترامب", "long-5.txt");
        await host.WaitUntilSearchableAsync("ترمب", "short-5.txt");
        var page = await browser.NewPageAsync(host.BaseAddress);

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("ترمب"));

        await Expect(page.Locator(".hit")).ToHaveCountAsync(10);
        await Expect(page.Locator(".hit mark").First).ToHaveTextAsync("ترمب");
        await Expect(page.Locator(".hit mark").Last).ToHaveTextAsync("ترامب");
        await Expect(page.Locator("#expanded")).ToContainTextAsync("ترامب");
        browser.AssertNoProblems(page);
    }

    [SkippableFact]
    public async Task NoMatch_ShowsTheNoResultsMessage()
    {
        Skip.IfNot(BrowserFixture.IsChromiumInstalled, BrowserFixture.MissingChromiumMessage);
        await using var host = await StartAsync(("musk.txt", MuskArticle));
        await host.WaitUntilSearchableAsync("ماسك", "musk.txt");
        var page = await browser.NewPageAsync(host.BaseAddress);

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("بطريق"));

        await Expect(page.Locator("#message")).ToContainTextAsync("لا توجد نتائج");
        await Expect(page.Locator(".hit")).ToHaveCountAsync(0);
        browser.AssertNoProblems(page);
    }

    [SkippableFact]
    public async Task HostileDocument_IsShownAsText_AndRunsNothing()
    {
        Skip.IfNot(BrowserFixture.IsChromiumInstalled, BrowserFixture.MissingChromiumMessage);
        const string Hostile =
            "قرصنة <script>window.__pwned = 'title'</script>\n\n" +
            "خبر عن القرصنة <script>window.__pwned = 'script'</script> " +
            "ثم صورة <img src=x onerror=\"window.__pwned = 'img'\"> ونص <b>عريض</b> في نهاية القرصنة.";
        await using var host = await StartAsync(("hostile.txt", Hostile));
        await host.WaitUntilSearchableAsync("القرصنة", "hostile.txt");
        var page = await browser.NewPageAsync(host.BaseAddress);

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("القرصنة"));

        await Expect(page.Locator(".hit")).ToHaveCountAsync(1);
        await Expect(page.Locator(".snippet mark").First).ToBeVisibleAsync();
        await Expect(page.Locator(".hit-title mark")).ToHaveTextAsync("قرصنة");
        await Expect(page.Locator(".hit-title")).ToContainTextAsync("<script>window.__pwned = 'title'</script>");
        await Expect(page.Locator("#hits")).ToContainTextAsync("<script>");
        await Expect(page.Locator("#hits img, #hits script, #hits b")).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"));

        await page.Locator(".hit-title a").ClickAsync();

        await Expect(page.Locator("#title")).ToContainTextAsync("<script>window.__pwned = 'title'</script>");
        await Expect(page.Locator("#text")).ToContainTextAsync("<img src=x onerror=\"window.__pwned = 'img'\">");
        await Expect(page.Locator("#text mark").First).ToBeVisibleAsync();
        await Expect(page.Locator("main img, main script, main b")).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"));
        browser.AssertNoProblems(page);
    }

    [SkippableFact]
    public async Task Highlights_AreDrawnFromTheParts_NotFromTheHtmlStrings()
    {
        Skip.IfNot(BrowserFixture.IsChromiumInstalled, BrowserFixture.MissingChromiumMessage);
        var filler = string.Concat(Enumerable.Repeat("كانت الرحلة طويلة والسماء صافية فوق الحقول الخضراء. ", 8));
        await using var host = await StartAsync(("balloon.txt", "المنطاد الأحمر\n\n" + filler + "ثم ظهر المنطاد فوق التلال. " + filler));
        await host.WaitUntilSearchableAsync("المنطاد", "balloon.txt");
        var page = await browser.NewPageAsync(host.BaseAddress);
        await page.RouteAsync("**/api/**", ReplaceHtmlFieldsWithDecoysAsync);

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("المنطاد"));

        await Expect(page.Locator(".hit-title mark")).ToHaveTextAsync("المنطاد");
        await Expect(page.Locator(".snippet mark")).ToHaveTextAsync("المنطاد");
        await Expect(page.Locator(".snippet")).ToHaveTextAsync(new Regex("^….*ثم ظهر المنطاد فوق التلال.*…$"));
        await Expect(page.Locator("main")).Not.ToContainTextAsync(Decoy);

        await page.Locator(".hit-title a").ClickAsync();

        await Expect(page.Locator("#title mark")).ToHaveTextAsync("المنطاد");
        await Expect(page.Locator("#text mark")).ToHaveTextAsync("المنطاد");
        await Expect(page.Locator("#text")).ToContainTextAsync("ثم ظهر المنطاد فوق التلال.");
        await Expect(page.Locator("main")).Not.ToContainTextAsync(Decoy);
        browser.AssertNoProblems(page);
    }

    [SkippableFact]
    public async Task KeyboardOnly_SearchAndOpenAnArticle_WithVisibleFocus()
    {
        Skip.IfNot(BrowserFixture.IsChromiumInstalled, BrowserFixture.MissingChromiumMessage);
        await using var host = await StartAsync(("musk.txt", MuskArticle));
        await host.WaitUntilSearchableAsync("ماسك", "musk.txt");
        var page = await browser.NewPageAsync(host.BaseAddress);
        await page.GotoAsync("/");

        await TabUntilFocusedAsync(page, "#q");
        await page.Keyboard.TypeAsync("ماسك");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".hit")).ToHaveCountAsync(1);
        await TabUntilFocusedAsync(page, ".hit-title a");

        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);

        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/documents/musk\\.txt\\?q="));
        await Expect(page.Locator("#text mark").First).ToBeVisibleAsync();
        browser.AssertNoProblems(page);
    }

    private static async Task TabUntilFocusedAsync(IPage page, string selector)
    {
        for (var i = 0; i < 10; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.Locator(selector).First.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {selector}");
    }

    private const string Decoy = "DECOY";

    // Every HTML form of a highlight is replaced by a marked decoy: a page that read one would show it.
    private static async Task ReplaceHtmlFieldsWithDecoysAsync(IRoute route)
    {
        var response = await route.FetchAsync();
        var body = JsonNode.Parse(await response.TextAsync());
        if (body is JsonObject answer)
        {
            foreach (var hit in answer["hits"]?.AsArray() ?? [])
            {
                hit!["titleHtml"] = $"<mark>{Decoy}</mark>";
                hit["snippets"] = new JsonArray($"<mark>{Decoy}</mark>");
            }

            if (answer.ContainsKey("textHtml"))
            {
                answer["titleHtml"] = $"<mark>{Decoy}</mark>";
                answer["textHtml"] = $"<mark>{Decoy}</mark>";
            }
        }

        await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = body?.ToJsonString() });
    }

    private static Task<ServiceHost> StartAsync(params (string Path, string Text)[] documents) =>
        ServiceHost.StartAsync(documents.ToDictionary(d => d.Path, d => d.Text));

    // The page must show whatever Arabic message the API gives, so the test reads it from the API first.
    // A '*' after fewer than two letters is one of the documented 400s.
    private static async Task<(string Query, string Detail)> FindInvalidQueryAsync(HttpClient client)
    {
        const string Query = "ك*";
        using var response = await client.GetAsync(ServiceHost.SearchUri(Query));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var detail = problem.GetProperty("detail").GetString();
        Assert.False(string.IsNullOrWhiteSpace(detail));
        return (Query, detail!);
    }
}
