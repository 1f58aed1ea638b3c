using System.Globalization;
using SearchService.Core.Documents;
using SearchService.Core.Search;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Search;

/// <summary>Facets count every match of the query and the other filters, each facet unnarrowed by its own filter,
/// checked against counts the test makes from the documents it wrote.</summary>
public sealed class FacetTests : IDisposable
{
    private static readonly string[] Sources = ["Hespress", "hespress ", "الرياض", "Alyaum", "Akhbarona"];
    private static readonly string[] Tags = ["culture", "Culture", "sport", "اقتصاد", "politics"];
    private static readonly string[] Dates = ["2016-03-01T10:00:00Z", "Sun, 18 Feb 2018 21:35:43 +0400", "2018-12-31 23:30:00", "2019-07-04", "2020-01-01T01:00:00+03:00"];

    private readonly TempIndex index = new(new Dictionary<string, string>());
    private readonly List<SourceDocument> written = [];

    public FacetTests()
    {
        // 60 documents on a deterministic mix; "مسرح" in two thirds of them, so the query matters too.
        for (var i = 0; i < 60; i++)
        {
            var document = TempIndex.Document($"doc-{i:D2}", i % 3 == 2 ? "خبر عن الاقتصاد" : "عرض مسرح في المدينة") with
            {
                Source = i % 7 == 6 ? null : Sources[i % Sources.Length],
                Tags = i % 4 == 3 ? [] : [Tags[i % Tags.Length], Tags[(i / 2) % Tags.Length]],
                Date = Dates[i % Dates.Length],
            };
            written.Add(document);
            index.Store.Upsert(document);
        }

        index.Store.Commit();
    }

    public static TheoryData<string?, string?, string[], string[]> Filters() => new()
    {
        { null, null, [], [] },
        { "2018-01-01", null, [], [] },
        { null, "2018-12-31", ["hespress"], [] },
        { null, null, ["hespress", "الرياض"], ["culture"] },
        { "2017-01-01", "2019-12-31", ["alyaum"], ["sport", "اقتصاد"] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Facets_CountAllMatches_EachUnnarrowedByItsOwnFilter(string? from, string? to, string[] sources, string[] tags)
    {
        var filters = new SearchFilters(Day(from), Day(to)) { Sources = sources, Tags = tags };
        var results = index.Engine.Search(new SearchRequest("مسرح", 1, 5) { Filters = filters });

        var matches = written.Where(d => d.Text.Contains("مسرح", StringComparison.Ordinal)).ToList();
        Assert.Equal(matches.Count(d => Date(d, filters) && Source(d, filters) && Tag(d, filters)), results.Total);
        Assert.Equal(Expected(matches.Where(d => Date(d, filters) && Tag(d, filters)).Where(d => !string.IsNullOrWhiteSpace(d.Source)).Select(d => d.Source!)), Pairs(results.Facets.Source));
        Assert.Equal(Expected(matches.Where(d => Date(d, filters) && Source(d, filters)).SelectMany(d => d.Tags.DistinctBy(Key))), Pairs(results.Facets.Tag));
        Assert.Equal(Expected(matches.Where(d => Source(d, filters) && Tag(d, filters)).Select(d => DocumentDate.Of(d).Date.UtcDateTime.Year.ToString(CultureInfo.InvariantCulture))), Pairs(results.Facets.Year));
    }

    [Fact]
    public void ValuesDifferingOnlyInCaseOrSpaces_CountAsOne_InTheirCommonestForm()
    {
        var source = Assert.Single(index.Engine.Search(new SearchRequest("مسرح")).Facets.Source, v => Key(v.Value) == "hespress");

        // Both spellings were written; the commonest is shown, trimmed.
        Assert.Contains(written, d => d.Source == "hespress ");
        Assert.Equal(Expected(written.Where(d => d.Text.Contains("مسرح", StringComparison.Ordinal) && d.Source is not null).Select(d => d.Source!)).Single(p => Key(p.Value) == "hespress"), (source.Value, source.Count));
    }

    [Fact]
    public void AtMostTwentyValues_TheLargestFirst()
    {
        using var many = new TempIndex(new Dictionary<string, string>());
        for (var i = 0; i < 30; i++)
        {
            for (var copies = 0; copies <= i % 5; copies++)
            {
                many.Store.Upsert(TempIndex.Document($"s{i}-{copies}", "مسرح") with { Source = $"source-{i:D2}", Tags = [$"tag-{i:D2}"] });
            }
        }

        many.Store.Commit();
        var facets = many.Engine.Search(new SearchRequest("مسرح")).Facets;

        Assert.Equal(20, facets.Source.Count);
        Assert.Equal(20, facets.Tag.Count);
        Assert.Equal(Enumerable.Range(0, 30).Select(i => ($"source-{i:D2}", i % 5 + 1)).OrderByDescending(p => p.Item2).ThenBy(p => p.Item1, StringComparer.Ordinal).Take(20), Pairs(facets.Source));
    }

    [Fact]
    public void NoHits_GiveEmptyFacets()
    {
        var results = index.Engine.Search(new SearchRequest("مسرح") { Filters = new SearchFilters { Sources = ["nobody"], Tags = ["nothing"] } });

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Facets.Source); // the tag filter still holds for the source counts, and matches nothing
        Assert.Empty(results.Facets.Tag);
        Assert.Empty(results.Facets.Year);
        Assert.Empty(index.Engine.Search(new SearchRequest("كلمةلاتوجد")).Facets.Year);
    }

    public void Dispose() => index.Dispose();

    private static string Key(string value) => value.Trim().ToLowerInvariant();

    private static DateOnly? Day(string? day) => day is null ? null : DateOnly.Parse(day, CultureInfo.InvariantCulture);

    private static bool Date(SourceDocument d, SearchFilters f)
    {
        var day = DateOnly.FromDateTime(DocumentDate.Of(d).Date.UtcDateTime);
        return (f.From is null || day >= f.From) && (f.To is null || day <= f.To);
    }

    private static bool Source(SourceDocument d, SearchFilters f) => f.Sources.Count == 0 || (d.Source is not null && f.Sources.Select(Key).Contains(Key(d.Source)));

    private static bool Tag(SourceDocument d, SearchFilters f) => f.Tags.Count == 0 || d.Tags.Any(t => f.Tags.Select(Key).Contains(Key(t)));

    // The test's own count: by key, shown as the commonest trimmed form (ties: ordinal first), largest first, 20 at most.
    private static List<(string Value, int Count)> Expected(IEnumerable<string> values) =>
    [
        .. values.GroupBy(Key)
            .Select(g => (g.GroupBy(v => v.Trim()).OrderByDescending(f => f.Count()).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key, g.Count()))
            .OrderByDescending(p => p.Item2).ThenBy(p => p.Item1, StringComparer.Ordinal).Take(20),
    ];

    private static List<(string, int)> Pairs(IReadOnlyList<FacetValue> values) => [.. values.Select(v => (v.Value, v.Count))];
}
