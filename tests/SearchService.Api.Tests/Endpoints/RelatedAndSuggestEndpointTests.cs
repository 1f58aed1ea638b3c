using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Endpoints;

/// <summary>GET /api/documents/{id}/related and GET /api/suggest over the real server and index.</summary>
public sealed class RelatedAndSuggestEndpointTests
{
    private const string MuskText = "التقى سام ألتمان بإيلون ماسك في عام 2016 وسأله عن شركة تسلا وعن صواريخ سبيس إكس وعن النجاح.";

    private static readonly Dictionary<string, string> Files = new()
    {
        ["musk.txt"] = "إيلون ماسك وتسلا\n" + MuskText + "\n",
        ["copies/musk-again.txt"] = "إيلون ماسك وتسلا\n" + MuskText + "\n", // the same article saved twice
        ["news/tesla.txt"] = "شركة تسلا\nأعلنت شركة تسلا التي يديرها إيلون ماسك عن سيارة كهربائية جديدة، وقال ماسك إن صواريخ سبيس إكس تنتظر.\n",
        ["weather.txt"] = "الطقس اليوم\nالجو ممطر في القاهرة اليوم مع رياح قوية وأمطار غزيرة على السواحل.\n",
        ["rain.txt"] = "أمطار القاهرة\nهطلت أمطار غزيرة على القاهرة مع رياح قوية، والجو ممطر حتى الغد.\n",
        ["latin.txt"] = "Google Maps\nGoogle أطلقت تحديثًا لخرائط Google في القاهرة.\n",
    };

    [Fact]
    public async Task Related_ListsTheSimilarOnes_WithoutItselfOrItsCopy()
    {
        await using var host = await ServiceHost.StartReadyAsync(Files);

        var related = await host.Client.GetFromJsonAsync<JsonElement>(new Uri("api/documents/news/tesla.txt/related", UriKind.Relative));
        Assert.Equal("news/tesla.txt", related.GetProperty("id").GetString());
        var ids = related.GetProperty("related").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.DoesNotContain("news/tesla.txt", ids);
        Assert.Single(ids, id => id is "musk.txt" or "copies/musk-again.txt"); // two files, one text: listed once
        Assert.True(ids.IndexOf(ids.First(id => id is "musk.txt" or "copies/musk-again.txt")) == 0, string.Join(", ", ids));

        var first = related.GetProperty("related")[0];
        Assert.Equal("إيلون ماسك وتسلا", first.GetProperty("title").GetString());
        Assert.StartsWith("التقى سام ألتمان", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal("file", first.GetProperty("dateSource").GetString());
        Assert.True(first.GetProperty("score").GetDouble() > 0);

        var rain = await host.Client.GetFromJsonAsync<JsonElement>(new Uri("api/documents/weather.txt/related?size=1", UriKind.Relative));
        Assert.Equal("rain.txt", Assert.Single(rain.GetProperty("related").EnumerateArray()).GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("api/documents/nothing.txt/related", HttpStatusCode.NotFound, "لا توجد وثيقة")]
    [InlineData("api/documents/musk.txt/related?size=500", HttpStatusCode.BadRequest, "size")]
    [InlineData("api/documents/musk.txt/related?size=0", HttpStatusCode.BadRequest, "size")]
    [InlineData("api/documents/musk.txt/related?size=abc", HttpStatusCode.BadRequest, "size")]
    [InlineData("api/suggest", HttpStatusCode.BadRequest, "q")]
    [InlineData("api/suggest?q=%20", HttpStatusCode.BadRequest, "q")]
    [InlineData("api/suggest?q=ماسك&size=21", HttpStatusCode.BadRequest, "size")]
    [InlineData("api/suggest?q=ماسك&size=x", HttpStatusCode.BadRequest, "size")]
    public async Task BadInput_IsA400Or404_WithAnArabicMessage(string url, HttpStatusCode status, string said)
    {
        await using var host = await ServiceHost.StartReadyAsync(Files);

        using var response = await host.Client.GetAsync(new Uri(url, UriKind.Relative));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(status, response.StatusCode);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(said, detail, StringComparison.Ordinal);
        Assert.Matches("[\u0621-\u064A]{3,}", detail);
    }

    [Fact]
    public async Task Suggest_TooLongText_IsA400()
    {
        await using var host = await ServiceHost.StartReadyAsync(Files);

        using var response = await host.Client.GetAsync(new Uri("api/suggest?q=" + new string('ب', 101), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Suggest_CompletesTheLastWord_InItsWrittenForm_KeepingTheWordsBefore()
    {
        await using var host = await ServiceHost.StartReadyAsync(Files);

        var found = await Suggest(host, "ايلون ما");
        Assert.Equal("ايلون ما", found.GetProperty("query").GetString());
        var words = found.GetProperty("words").EnumerateArray().Select(w => (w.GetProperty("text").GetString(), w.GetProperty("count").GetInt32())).ToList();
        Assert.Equal(("ايلون ماسك", 3), words[0]); // the commonest first; ماسك is in three bodies

        // Typed without hamza, shown as the articles write it.
        var hamza = await Suggest(host, "اي");
        Assert.Contains("إيلون", hamza.GetProperty("words").EnumerateArray().Select(w => w.GetProperty("text").GetString()));

        // Titles start with the typed text, compared folded.
        var titles = (await Suggest(host, "ايلون ما")).GetProperty("titles").EnumerateArray().Select(t => t.GetProperty("id").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["copies/musk-again.txt", "musk.txt"], titles);
    }

    [Fact]
    public async Task Suggest_LatinWord_ShownAsWritten_AndOneLetterCompletesNothing()
    {
        await using var host = await ServiceHost.StartReadyAsync(Files);

        var latin = await Suggest(host, "goo");
        Assert.Equal("Google", latin.GetProperty("words")[0].GetProperty("text").GetString());
        Assert.Equal("latin.txt", latin.GetProperty("titles")[0].GetProperty("id").GetString());

        var one = await Suggest(host, "م");
        Assert.Equal(0, one.GetProperty("words").GetArrayLength());
        Assert.Equal(0, one.GetProperty("titles").GetArrayLength());

        var finished = await Suggest(host, "ماسك ");
        Assert.Equal(0, finished.GetProperty("words").GetArrayLength());
    }

    private static Task<JsonElement> Suggest(ServiceHost host, string q) =>
        host.Client.GetFromJsonAsync<JsonElement>(new Uri("api/suggest?q=" + Uri.EscapeDataString(q), UriKind.Relative));
}
