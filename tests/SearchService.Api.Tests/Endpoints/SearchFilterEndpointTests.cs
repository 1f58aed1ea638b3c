using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Endpoints;

/// <summary>from, to, source, tag and sort over the real API, on documents dated in each form feeds use.</summary>
public sealed class SearchFilterEndpointTests
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["iso.json"] = """{ "title": "مسرح", "text": "عرض مسرحي في المدينة", "date": "2017-05-05T15:39:00+01:00", "source": "Hespress", "category": "culture" }""",
        ["rfc.json"] = """{ "title": "مسرح", "text": "عرض مسرحي في العاصمة", "date": "Tue, 22 May 2018 22:01:51 +0400", "source": "الرياض", "category": "culture" }""",
        ["plain.json"] = """{ "title": "مسرح", "text": "عرض مسرحي في القرية", "date": "2015-07-21 02:45:52", "source": "hespress", "category": "sport" }""",
    };

    [Fact]
    public async Task Filters_Narrow_AndSortByDate_PutsTheNewestFirst()
    {
        await using var host = await ServiceHost.StartReadyAsync(Files);

        Assert.Equal(["iso.json", "plain.json", "rfc.json"], await Ids(host, ""));
        Assert.Equal(["iso.json", "rfc.json"], await Ids(host, "&from=2017-01-01"));
        Assert.Equal(["iso.json", "plain.json"], await Ids(host, "&to=2017-05-05"));
        Assert.Equal(["iso.json", "plain.json"], await Ids(host, "&source=HESPRESS"));
        Assert.Equal(["iso.json", "plain.json", "rfc.json"], await Ids(host, "&source=hespress&source=" + Uri.EscapeDataString("الرياض")));
        Assert.Equal(["iso.json"], await Ids(host, "&source=hespress&tag=culture"));

        var newest = await host.Client.GetFromJsonAsync<JsonElement>(new Uri("api/search?q=" + Uri.EscapeDataString("مسرحي") + "&sort=date", UriKind.Relative));
        Assert.Equal(["rfc.json", "iso.json", "plain.json"], newest.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("&from=yesterday", "from")]
    [InlineData("&to=2018-13-01", "to")]
    [InlineData("&from=2018-02-01&to=2018-01-01", "from is after to")]
    [InlineData("&sort=oldest", "sort")]
    [InlineData("&source=", "source")]
    public async Task ABadFilter_IsA400_SayingWhich(string parameters, string said)
    {
        await using var host = await ServiceHost.StartReadyAsync(Files);

        using var response = await host.Client.GetAsync(new Uri("api/search?q=" + Uri.EscapeDataString("مسرحي") + parameters, UriKind.Relative));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(said, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<List<string>> Ids(ServiceHost host, string parameters)
    {
        var results = await host.Client.GetFromJsonAsync<JsonElement>(new Uri("api/search?q=" + Uri.EscapeDataString("مسرحي") + parameters, UriKind.Relative));
        return [.. results.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
    }
}
