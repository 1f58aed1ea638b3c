using System.Net;
using System.Text.Json;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Endpoints;

public sealed class SearchEndpointsTests(SearchCorpusFixture fixture) : IClassFixture<SearchCorpusFixture>
{
    private ServiceHost Host => fixture.Host;

    [Fact]
    public async Task Search_ReturnsDocumentedShape()
    {
        var results = await Host.SearchAsync("الذكاء الاصطناعي", page: 1, size: 5);

        Assert.Equal(["query", "total", "page", "size", "tookMs", "hits", "timedOut", "expanded", "facets", "next", "didYouMean"], Names(results));
        Assert.Equal(JsonValueKind.Null, results.GetProperty("didYouMean").ValueKind);
        Assert.Equal(0, results.GetProperty("expanded").GetArrayLength());
        Assert.Equal("الذكاء الاصطناعي", results.GetProperty("query").GetString());
        Assert.Equal(2, results.GetProperty("total").GetInt32());
        Assert.Equal(1, results.GetProperty("page").GetInt32());
        Assert.Equal(5, results.GetProperty("size").GetInt32());
        Assert.False(results.GetProperty("timedOut").GetBoolean());
        Assert.InRange(results.GetProperty("tookMs").GetInt64(), 0, 2_000); // whole milliseconds, within the query budget

        // Both words, close together and in the title, rank above both words apart.
        var hits = results.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(["ai.txt", "separate.txt"], hits.Select(h => h.GetProperty("id").GetString()));
        Assert.True(hits[0].GetProperty("score").GetDouble() > hits[1].GetProperty("score").GetDouble());
        foreach (var hit in hits)
        {
            var id = hit.GetProperty("id").GetString()!;
            Assert.Equal(
                ["id", "title", "titleHtml", "titleParts", "score", "snippets", "fragments", "path", "modified", "date", "dateSource", "url", "source"],
                Names(hit));
            Assert.Equal(id, hit.GetProperty("path").GetString());
            Assert.Equal(SearchCorpusFixture.Files[id].Split('\n')[0], hit.GetProperty("title").GetString());
            Assert.True(hit.GetProperty("score").GetDouble() > 0);
            Assert.Equal(new DateTimeOffset(File.GetLastWriteTimeUtc(Host.FullPath(id))), hit.GetProperty("modified").GetDateTimeOffset());
            Assert.Equal(JsonValueKind.Array, hit.GetProperty("titleParts").ValueKind);
            Assert.Equal(JsonValueKind.Array, hit.GetProperty("fragments").ValueKind);
            foreach (var field in new[] { "url", "source" })
            {
                Assert.Equal(JsonValueKind.Null, hit.GetProperty(field).ValueKind); // plain .txt files carry none
            }

            // Nor a date of their own: they are dated by their file, and say so.
            Assert.Equal(hit.GetProperty("modified").GetDateTimeOffset(), hit.GetProperty("date").GetDateTimeOffset());
            Assert.Equal("file", hit.GetProperty("dateSource").GetString());

            var snippet = Assert.Single(hit.GetProperty("snippets").EnumerateArray()).GetString()!;
            Assert.Contains("<mark>الذكاء</mark>", snippet, StringComparison.Ordinal);
            Assert.Contains("<mark>الاصطناعي</mark>", snippet, StringComparison.Ordinal);
        }

        Assert.Equal("<mark>الذكاء</mark> <mark>الاصطناعي</mark> يغير العالم", hits[0].GetProperty("titleHtml").GetString());
        Assert.Equal("مقالة عن <mark>الذكاء</mark>", hits[1].GetProperty("titleHtml").GetString());
    }

    [Fact]
    public async Task Search_WritesArabicAsReadableUtf8()
    {
        var body = await Host.Client.GetStringAsync(ServiceHost.SearchUri("ماسك"));

        Assert.Contains("ماسك", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u06", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<mark>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WithQuotedPhrase_ReturnsOnlyAdjacentMatches()
    {
        var keyword = ServiceHost.HitIds(await Host.SearchAsync("الذكاء الاصطناعي"));
        var phrase = ServiceHost.HitIds(await Host.SearchAsync("\"الذكاء الاصطناعي\""));

        Assert.Contains("separate.txt", keyword);
        Assert.Equal(["ai.txt"], phrase);
    }

    [Fact]
    public async Task Search_WithPhrase_MarksPhraseOccurrencesNotLoneWords()
    {
        var results = await Host.SearchAsync("\"الذكاء الاصطناعي\"");
        var snippets = string.Join(" ", results.GetProperty("hits")[0].GetProperty("snippets").EnumerateArray().Select(s => s.GetString()));

        Assert.Contains("<mark>الذكاء</mark> <mark>الاصطناعي</mark>", snippets, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>الذكاء</mark> وحده", snippets, StringComparison.Ordinal);
        Assert.Contains("الذكاء وحده", snippets, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WithSloppyPhrase_FindsWordsNearEachOther()
    {
        Assert.Empty(ServiceHost.HitIds(await Host.SearchAsync("\"الخبراء الذكاء\"")));
        Assert.Equal(["ai.txt"], ServiceHost.HitIds(await Host.SearchAsync("\"الخبراء الذكاء\"~3")));
    }

    [Fact]
    public async Task Search_WithExclusion_DropsDocumentsWithTheWord()
    {
        var ids = ServiceHost.HitIds(await Host.SearchAsync("ماسك -ألتمان"));

        Assert.Equal(["script.txt"], ids);
        Assert.Equal(["ai.txt"], ServiceHost.HitIds(await Host.SearchAsync("الذكاء -\"الفن الاصطناعي\" -موضوع")));
    }

    [Fact]
    public async Task Search_WithOr_FindsEither()
    {
        var ids = ServiceHost.HitIds(await Host.SearchAsync("ألتمان OR الزهور"));

        Assert.Equal(["altman.txt", "separate.txt"], ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_WithPrefix_AnalysesItLikeWords()
    {
        var results = await Host.SearchAsync("الاستكش*");

        Assert.Equal(["space.txt"], ServiceHost.HitIds(results));
        Assert.Contains("<mark>الاستكشاف</mark>", results.GetProperty("hits")[0].GetProperty("snippets")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WithTitleField_SearchesTitlesOnly()
    {
        Assert.Equal(["folder/title-only.md"], ServiceHost.HitIds(await Host.SearchAsync("title:الصواريخ")));
        Assert.Empty(ServiceHost.HitIds(await Host.SearchAsync("title:الطب")));
        Assert.Equal(["ai.txt"], ServiceHost.HitIds(await Host.SearchAsync("الطب")));
    }

    [Fact]
    public async Task Search_WhenOnlyTitleMatches_SnippetIsTheOpening()
    {
        var hit = (await Host.SearchAsync("الصواريخ")).GetProperty("hits")[0];

        Assert.Contains("<mark>الصواريخ</mark>", hit.GetProperty("titleHtml").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("افتتاحية المقال", hit.GetProperty("snippets")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_EscapesDocumentMarkupButNotArabic()
    {
        var hit = (await Host.SearchAsync("alert")).GetProperty("hits")[0];
        var snippet = hit.GetProperty("snippets")[0].GetString()!;

        Assert.Contains("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;", snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", snippet, StringComparison.Ordinal);
        Assert.Contains("&quot;أخرى&quot;", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("&#1", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ForName_DoesNotReturnStemCollision()
    {
        var ids = ServiceHost.HitIds(await Host.SearchAsync("ألتمان"));

        Assert.Equal(["altman.txt"], ids);
    }

    [Fact]
    public async Task Search_ForLatinWords_IgnoresCase()
    {
        Assert.Equal(["space.txt"], ServiceHost.HitIds(await Host.SearchAsync("spacex")));
        Assert.Equal(["space.txt"], ServiceHost.HitIds(await Host.SearchAsync("OPENAI")));
    }

    [Fact]
    public async Task Search_RanksDocumentsWithAllWordsFirst_AndStillFindsPartialMatches()
    {
        var ids = ServiceHost.HitIds(await Host.SearchAsync("الطاقة الجينات"));

        Assert.Equal("both.txt", ids[0]);
        Assert.Contains("one-many.txt", ids);
    }

    [Theory]
    [InlineData("من في على")]
    [InlineData("؟ ، .")]
    [InlineData("-")]
    [InlineData("\"")]
    [InlineData("OR")]
    [InlineData("( ) [ ]")]
    public async Task Search_WithNothingSearchable_ReturnsEmptyResults(string query)
    {
        var results = await Host.SearchAsync(query);

        Assert.Equal(0, results.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("ما الذي سأل عنه ألتمان ماسك؟")]
    [InlineData("\"ماسك")]
    [InlineData("ماسك OR")]
    [InlineData("-- ماسك ++")]
    [InlineData("title: ألتمان")]
    public async Task Search_WithStrayOperators_StillFindsTheWords(string query)
    {
        Assert.Contains("altman.txt", ServiceHost.HitIds(await Host.SearchAsync(query)));
    }

    public static TheoryData<string> InvalidRequests => new()
    {
        "api/search",
        "api/search?q=",
        "api/search?q=%20%20",
        "api/search?q=" + new string('a', 1001),
        "api/search?q=x&page=0",
        "api/search?q=x&page=-1",
        "api/search?q=x&page=abc",
        "api/search?q=x&size=0",
        "api/search?q=x&size=101",
        "api/search?q=x&page=101&size=100",
        "api/search?q=*",
        "api/search?q=%2Amusk",
        "api/search?q=a*",
        "api/search?q=-ماسك",
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Search_WithInvalidRequest_ReturnsProblemDetails400(string uri)
    {
        using var response = await Host.Client.GetAsync(new Uri(uri, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Search_Pages_AreDisjointAndCoverTheResults()
    {
        var all = ServiceHost.HitIds(await Host.SearchAsync("الذكاء OR الطاقة OR ماسك", size: 100));
        var first = ServiceHost.HitIds(await Host.SearchAsync("الذكاء OR الطاقة OR ماسك", page: 1, size: 2));
        var second = ServiceHost.HitIds(await Host.SearchAsync("الذكاء OR الطاقة OR ماسك", page: 2, size: 2));

        Assert.True(all.Count > 4);
        Assert.Equal(all.Take(4), first.Concat(second));
    }

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
