using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Endpoints;

/// <summary>The facets of GET /api/search over the real service, on documents dated in each of the three forms
/// (front matter, JSON <c>published</c>, HTML meta), checked against counts the test makes from what it wrote.</summary>
public sealed class SearchFacetEndpointTests
{
    private static readonly string[] Sources = ["Hespress", "hespress", "الرياض", "Alyaum"];
    private static readonly string[] Tags = ["culture", "sport", "اقتصاد"];

    private sealed record Written(string Id, string Source, string Tag, int Year);

    private static readonly List<Written> Model = [.. Enumerable.Range(0, 36).Select(i => new Written(
        (i % 3) switch { 0 => $"d{i}.md", 1 => $"d{i}.json", _ => $"d{i}.html" },
        Sources[i % Sources.Length],
        Tags[(i / 2) % Tags.Length],
        2015 + (i % 5)))];

    private static Dictionary<string, string> Files() => Model.ToDictionary(w => w.Id, w => (Path.GetExtension(w.Id)) switch
    {
        ".md" => $"---\ndate: {w.Year}-03-04T10:00:00Z\nsource: {w.Source}\ntags: [{w.Tag}]\n---\n# مسرح\n\nعرض مسرحي في المدينة",
        ".json" => $$"""{ "title": "مسرح", "text": "عرض مسرحي في العاصمة", "published": "{{w.Year}}-02-18 21:35:43", "source": "{{w.Source}}", "category": "{{w.Tag}}" }""",
        _ => $"""<html><head><title>مسرح</title><meta property="article:published_time" content="{w.Year}-07-01T12:00:00Z"><meta property="og:site_name" content="{w.Source}"><meta name="keywords" content="{w.Tag}"></head><body><p>عرض مسرحي في القرية</p></body></html>""",
    });

    [Fact]
    public async Task Facets_CountEveryMatch_EachUnnarrowedByItsOwnFilter()
    {
        await using var host = await ServiceHost.StartReadyAsync(Files());

        var all = await Search(host, "&size=1");
        Assert.Equal(36, all.GetProperty("total").GetInt32());
        AssertFacets(all, Model, Model, Model);

        // source=Hespress: the source counts stay those of the whole query; tag and year are narrowed to it.
        var hespress = Model.Where(w => w.Source.Equals("hespress", StringComparison.OrdinalIgnoreCase)).ToList();
        var bySource = await Search(host, "&source=HESPRESS");
        Assert.Equal(hespress.Count, bySource.GetProperty("total").GetInt32());
        AssertFacets(bySource, Model, hespress, hespress);

        // from/to and tag together: each facet sees the other filter only.
        var inRange = Model.Where(w => w.Year is >= 2016 and <= 2017).ToList();
        var culture = Model.Where(w => w.Tag == "culture").ToList();
        var narrowed = await Search(host, "&from=2016-01-01&to=2017-12-31&tag=culture");
        Assert.Equal(inRange.Intersect(culture).Count(), narrowed.GetProperty("total").GetInt32());
        AssertFacets(narrowed, [.. inRange.Intersect(culture)], inRange, culture);
    }

    [Fact]
    public async Task NoHits_StillCarryFacets_AsEmptyLists()
    {
        await using var host = await ServiceHost.StartReadyAsync(Files());

        var none = await Search(host, "&source=nobody&tag=nothing");
        var facets = none.GetProperty("facets");

        Assert.Equal(0, none.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, none.GetProperty("next").ValueKind);
        foreach (var facet in new[] { "source", "tag", "year" })
        {
            Assert.Empty(facets.GetProperty(facet).EnumerateArray());
        }
    }

    private static void AssertFacets(JsonElement results, IReadOnlyList<Written> forSource, IReadOnlyList<Written> forTag, IReadOnlyList<Written> forYear)
    {
        var facets = results.GetProperty("facets");
        Assert.Equal(Counted(forSource.Select(w => w.Source)), Read(facets.GetProperty("source")));
        Assert.Equal(Counted(forTag.Select(w => w.Tag)), Read(facets.GetProperty("tag")));
        Assert.Equal(Counted(forYear.Select(w => w.Year.ToString(CultureInfo.InvariantCulture))), Read(facets.GetProperty("year")));
    }

    // The test's own count: by case-folded value, shown as the commonest written form (ties: ordinal first).
    private static List<(string, int)> Counted(IEnumerable<string> values) =>
    [
        .. values.GroupBy(v => v.ToLowerInvariant())
            .Select(g => (g.GroupBy(v => v).OrderByDescending(f => f.Count()).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key, g.Count()))
            .OrderByDescending(p => p.Item2).ThenBy(p => p.Item1, StringComparer.Ordinal),
    ];

    private static List<(string, int)> Read(JsonElement facet) =>
        [.. facet.EnumerateArray().Select(v => (v.GetProperty("value").GetString()!, v.GetProperty("count").GetInt32()))];

    private static async Task<JsonElement> Search(ServiceHost host, string parameters) =>
        await host.Client.GetFromJsonAsync<JsonElement>(new Uri("api/search?q=" + Uri.EscapeDataString("مسرحي") + parameters, UriKind.Relative));
}
