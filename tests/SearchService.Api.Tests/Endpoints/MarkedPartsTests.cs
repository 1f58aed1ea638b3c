using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Endpoints;

/// <summary>
/// Highlights as data beside the HTML: <c>titleParts</c> and <c>fragments</c> on each hit, <c>titleParts</c> and
/// <c>textParts</c> on a document asked for with <c>q</c>. Each part is <c>{ text, match }</c>, the text as written
/// (never escaped), and the parts say exactly what the HTML says.
/// </summary>
public sealed partial class MarkedPartsTests(SearchCorpusFixture fixture) : IClassFixture<SearchCorpusFixture>
{
    private const string Ellipsis = "…";

    private ServiceHost Host => fixture.Host;

    [Fact]
    public async Task Search_HitsCarryTitleAndSnippetsAsParts_ThatSayWhatTheHtmlSays()
    {
        var hits = (await Host.SearchAsync("ماسك")).GetProperty("hits").EnumerateArray().ToList();

        Assert.Equal(2, hits.Count);
        foreach (var hit in hits)
        {
            var titleParts = hit.GetProperty("titleParts");
            Assert.Equal(hit.GetProperty("title").GetString(), Text(titleParts));
            Assert.Equal(Marks(hit.GetProperty("titleHtml").GetString()!), Matches(titleParts));

            var snippets = hit.GetProperty("snippets").EnumerateArray().Select(s => s.GetString()!).ToList();
            var fragments = hit.GetProperty("fragments").EnumerateArray().ToList();
            Assert.NotEmpty(fragments);
            Assert.Equal(snippets.Count, fragments.Count);
            foreach (var (snippet, fragment) in snippets.Zip(fragments))
            {
                Assert.Equal(["parts", "startsMidText", "endsMidText"], fragment.EnumerateObject().Select(p => p.Name));
                var parts = fragment.GetProperty("parts");
                Assert.Equal(HtmlAsText(snippet), WithEllipses(fragment, Text(parts)));
                Assert.Equal(Marks(snippet), Matches(parts));
            }

            Assert.Contains(fragments.SelectMany(f => Matches(f.GetProperty("parts"))), m => m.Contains("ماسك", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Search_FragmentCutFromTheMiddle_SaysItStartsAndEndsMidText()
    {
        var hit = Assert.Single((await Host.SearchAsync("المنطاد")).GetProperty("hits").EnumerateArray());
        var fragment = Assert.Single(hit.GetProperty("fragments").EnumerateArray());
        var text = Text(fragment.GetProperty("parts"));

        Assert.Equal("long.txt", hit.GetProperty("id").GetString());
        Assert.True(fragment.GetProperty("startsMidText").GetBoolean());
        Assert.True(fragment.GetProperty("endsMidText").GetBoolean());
        Assert.Equal(["المنطاد"], Matches(fragment.GetProperty("parts")));
        Assert.Contains(text, SearchCorpusFixture.Files["long.txt"], StringComparison.Ordinal);
        Assert.DoesNotContain(Ellipsis, text, StringComparison.Ordinal); // the ellipsis is the client's to draw
        Assert.Equal(Ellipsis + text + Ellipsis, HtmlAsText(hit.GetProperty("snippets")[0].GetString()!));
    }

    [Fact]
    public async Task Search_WhenOnlyTitleMatches_TitlePartsFlagTheWord_AndTheOpeningHasNoMatch()
    {
        var hit = (await Host.SearchAsync("الصواريخ")).GetProperty("hits")[0];
        var opening = Assert.Single(hit.GetProperty("fragments").EnumerateArray());

        Assert.Equal([("الصواريخ", true), (" القابلة لإعادة الاستخدام", false)], Parts(hit.GetProperty("titleParts")));
        Assert.False(opening.GetProperty("startsMidText").GetBoolean());
        Assert.Empty(Matches(opening.GetProperty("parts")));
        Assert.StartsWith("افتتاحية المقال", Text(opening.GetProperty("parts")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_PartsCarryDocumentMarkupAsPlainText_NeverEscaped()
    {
        var hit = Assert.Single((await Host.SearchAsync("alert")).GetProperty("hits").EnumerateArray());
        var parts = hit.GetProperty("fragments")[0].GetProperty("parts");

        Assert.Equal(["alert"], Matches(parts));
        Assert.Contains("<script>alert(1)</script> وكلمة ماسك & رموز \"أخرى\"", Text(parts), StringComparison.Ordinal);
        Assert.DoesNotContain(Parts(parts), p => p.Text.Contains("&lt;", StringComparison.Ordinal) || p.Text.Contains("&amp;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetDocument_WithQuery_GivesTitleAndWholeTextAsParts()
    {
        var document = await Host.Client.GetFromJsonAsync<JsonElement>(new Uri("api/documents/script.txt?q=ماسك", UriKind.Relative));
        var textParts = document.GetProperty("textParts");

        Assert.Equal(document.GetProperty("text").GetString(), Text(textParts));
        Assert.Equal(["ماسك"], Matches(textParts));
        Assert.Equal(Marks(document.GetProperty("textHtml").GetString()!), Matches(textParts));
        Assert.Contains("<script>alert(1)</script>", Text(textParts), StringComparison.Ordinal);
        Assert.Equal([("تجربة", false)], Parts(document.GetProperty("titleParts")));
    }

    [Fact]
    public async Task GetDocument_WithQueryMatchingTheTitle_FlagsItInTitleParts()
    {
        var document = await Host.Client.GetFromJsonAsync<JsonElement>(new Uri("api/documents/folder/title-only.md?q=الصواريخ", UriKind.Relative));

        Assert.Equal([("الصواريخ", true), (" القابلة لإعادة الاستخدام", false)], Parts(document.GetProperty("titleParts")));
        Assert.Empty(Matches(document.GetProperty("textParts")));
    }

    [Fact]
    public async Task GetDocument_WithoutQuery_HasNoParts()
    {
        using var response = await Host.Client.GetAsync(new Uri("api/documents/script.txt", UriKind.Relative));
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, document.GetProperty("titleParts").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.GetProperty("textParts").ValueKind);
    }

    /// <summary>The parts as (text, match) pairs; fails unless each is exactly <c>{ "text": string, "match": bool }</c>.</summary>
    private static List<(string Text, bool Match)> Parts(JsonElement parts) =>
        [.. parts.EnumerateArray().Select(part =>
        {
            Assert.Equal(["text", "match"], part.EnumerateObject().Select(p => p.Name));
            Assert.Equal(JsonValueKind.String, part.GetProperty("text").ValueKind);
            Assert.Contains(part.GetProperty("match").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
            return (part.GetProperty("text").GetString()!, part.GetProperty("match").GetBoolean());
        })];

    private static string Text(JsonElement parts) => string.Concat(Parts(parts).Select(p => p.Text));

    private static List<string> Matches(JsonElement parts) => [.. Parts(parts).Where(p => p.Match).Select(p => p.Text)];

    private static string WithEllipses(JsonElement fragment, string text) =>
        (fragment.GetProperty("startsMidText").GetBoolean() ? Ellipsis : "") + text + (fragment.GetProperty("endsMidText").GetBoolean() ? Ellipsis : "");

    /// <summary>What a browser would show for the HTML form: the marks' tags gone, entities decoded.</summary>
    private static string HtmlAsText(string html) =>
        WebUtility.HtmlDecode(html.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));

    private static List<string> Marks(string html) => [.. MarkTag().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex MarkTag();
}
