using System.Diagnostics;
using SearchService.Core.Documents;

namespace SearchService.Core.Tests.Documents;

public sealed class HtmlFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Read_Html_TakesTitleDescriptionAndDateFromHead()
    {
        _folder.Write("a.html", """
            <!doctype html>
            <html lang="ar" dir="rtl">
            <head>
              <title>  أخبار   التقنية </title>
              <meta name="Description" content="ملخص قصير">
              <meta property="article:published_time" content="2024-05-01T10:00:00Z">
              <style>body { color: red; }</style>
              <script>var secret = "لا تفهرسني";</script>
            </head>
            <body><p>نص الصفحة</p></body>
            </html>
            """);

        var document = await _folder.ReadOkAsync("a.html");

        Assert.Equal("أخبار التقنية", document.Title);
        Assert.Equal("ملخص قصير", document.Description);
        Assert.Equal("2024-05-01T10:00:00Z", document.Date);
        Assert.Equal("نص الصفحة", document.Text);
    }

    [Theory]
    [InlineData("<meta name=\"date\" content=\"2018-02-18\">")]
    [InlineData("<time datetime=\"2018-02-18\">١٨ فبراير</time>")]
    public async Task Read_HtmlDate_FromMetaDateOrTime(string element)
    {
        _folder.Write("a.html", $"<html><head><title>ع</title>{(element.StartsWith("<meta", StringComparison.Ordinal) ? element : "")}</head><body><p>نص {(element.StartsWith("<time", StringComparison.Ordinal) ? element : "")}</p></body></html>");

        var document = await _folder.ReadOkAsync("a.html");

        Assert.Equal("2018-02-18", document.Date);
    }

    [Fact]
    public async Task Read_HtmlAdjacentBlocks_DoNotGlueWords()
    {
        _folder.Write("a.htm", "<html><body><h1>عنوان</h1><p>فقرة</p><ul><li>أول</li><li>ثان</li></ul>" +
            "<div>سطر<br>تال</div><table><tr><td>خلية</td><td>أخرى</td></tr></table></body></html>");

        var document = await _folder.ReadOkAsync("a.htm");

        var words = document.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["عنوان", "فقرة", "أول", "ثان", "سطر", "تال", "خلية", "أخرى"], words);
        Assert.Equal("عنوان", document.Title);
        Assert.StartsWith("عنوان\n\nفقرة\n\nأول\nثان", document.Text);
    }

    [Fact]
    public async Task Read_HtmlBody_SkipsScriptStyleTemplateNoscriptAndSvg()
    {
        _folder.Write("a.html", "<html><body><p>مرئي</p><script>alert('script')</script>" +
            "<style>.x{}</style><template>قالب</template><noscript>بدون</noscript>" +
            "<svg><text>رسم</text></svg><!-- تعليق --><p>أيضا</p></body></html>");

        var document = await _folder.ReadOkAsync("a.html");

        Assert.Equal("مرئي\n\nأيضا", document.Text);
    }

    [Fact]
    public async Task Read_HtmlEntitiesAndInlineElements_DecodeAndCollapseSpaces()
    {
        _folder.Write("a.html", "<html><head><title>R&amp;D &#1593;&#1585;&#1576;&#1610;</title></head>" +
            "<body><p>أ&nbsp;&lt;ب&gt;   <b>غامق</b><i>مائل</i>\n\n   نهاية &quot;اقتباس&quot;</p></body></html>");

        var document = await _folder.ReadOkAsync("a.html");

        Assert.Equal("R&D عربي", document.Title);
        Assert.Equal("أ <ب> غامقمائل نهاية \"اقتباس\"", document.Text);
    }

    [Fact]
    public async Task Read_HtmlPre_KeepsLineBreaksAndSpaces()
    {
        _folder.Write("a.html", "<html><body><p>قبل</p><pre>سطر  1\n  سطر 2</pre></body></html>");

        var document = await _folder.ReadOkAsync("a.html");

        Assert.Equal("قبل\n\nسطر  1\n  سطر 2", document.Text);
    }

    [Fact]
    public async Task Read_HtmlWithoutTitleOrHeading_UsesFirstWords()
    {
        _folder.Write("a.html", "<p>نص بلا عنوان ولا رأس</p>");

        var document = await _folder.ReadOkAsync("a.html");

        Assert.Equal("نص بلا عنوان ولا رأس", document.Title);
    }

    [Fact]
    public async Task Read_HtmlWithOnlyScript_FailsAsNoText()
    {
        _folder.Write("a.html", "<html><body><script>var x = 1;</script></body></html>");

        var result = await _folder.ReadAsync("a.html");

        Assert.False(result.Succeeded);
        Assert.Equal("no text", result.Error);
    }

    [Fact]
    public async Task Read_HtmlThatParsesTooSlowly_FailsWithinTheBudget()
    {
        // Deeply misnested lists make AngleSharp's tree building superlinear (seconds for this file).
        _folder.Write("slow.html", "<body>" + string.Concat(Enumerable.Repeat("<ul><li>", 50_000)) + "x</body>");
        var reader = new DocumentReader(TimeSpan.FromMilliseconds(100));
        var watch = Stopwatch.StartNew();

        var result = await reader.ReadAsync(
            _folder.Root, Path.Combine(_folder.Root, "slow.html"), TempFolder.DefaultLimit, CancellationToken.None);

        Assert.Equal("HTML took longer than 0.1 s to parse", result.Error);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
