using SearchService.Core.Search;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Search;

/// <summary>Dates, sources and tags narrow a search without changing its scores, and sort=date puts the newest first.</summary>
public sealed class FilterAndSortTests : IDisposable
{
    private readonly TempIndex index = new(new Dictionary<string, string>());

    public FilterAndSortTests()
    {
        Add("a", "2018-05-22T18:00:00Z", "الرياض", ["culture"], "مسرح مسرح مسرح عرض في المدينة");
        Add("b", "Sun, 18 Feb 2018 21:35:43 +0400", "Hespress", ["culture", "theatre"], "مسرح جديد في المدينة");
        Add("c", "09/11/2016", "hespress", ["sport"], "مسرح الرياضة في المدينة");
        Add("d", null, null, [], "مسرح بلا تاريخ في المدينة"); // dated by its file: the Unix epoch here
        index.Store.Commit();
    }

    [Fact]
    public void NoFilter_FindsAll_ByRelevance()
    {
        Assert.Equal(4, Ids(Request()).Count);
        Assert.Equal("a", Ids(Request())[0]); // the word three times
    }

    [Theory]
    [InlineData("2018-01-01", null, "a,b")]
    [InlineData(null, "2017-12-31", "c,d")]
    [InlineData("2018-02-18", "2018-02-18", "b")] // one whole day, both ends included
    [InlineData("2016-11-09", "2016-11-09", "c")] // a day-first date read as such
    [InlineData("2019-01-01", null, "")]
    public void ADateRange_KeepsTheDocumentsDatedWithinIt(string? from, string? to, string expected)
    {
        var filters = new SearchFilters(from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, string.Join(',', Ids(Request() with { Filters = filters }).Order()));
    }

    [Fact]
    public void Sources_AreAlternatives_MatchedWholeAndWithoutCase()
    {
        Assert.Equal(["b", "c"], Ids(Request() with { Filters = new SearchFilters { Sources = ["HESPRESS"] } }).Order());
        Assert.Equal(["a", "b", "c"], Ids(Request() with { Filters = new SearchFilters { Sources = ["hespress", "الرياض"] } }).Order());
        Assert.Empty(Ids(Request() with { Filters = new SearchFilters { Sources = ["hes"] } }));
    }

    [Fact]
    public void DifferentFilters_MustAllHold()
    {
        var filters = new SearchFilters(new DateOnly(2018, 1, 1)) { Sources = ["hespress"], Tags = ["culture", "sport"] };

        Assert.Equal(["b"], Ids(Request() with { Filters = filters }));
    }

    [Fact]
    public void AFilter_DoesNotChangeTheScores()
    {
        var all = index.Engine.Search(Request()).Hits.ToDictionary(h => h.Id, h => h.Score);
        var filtered = index.Engine.Search(Request() with { Filters = new SearchFilters { Tags = ["culture"] } }).Hits;

        Assert.Equal(["a", "b"], filtered.Select(h => h.Id));
        Assert.All(filtered, h => Assert.Equal(all[h.Id], h.Score));
    }

    [Fact]
    public void SortByDate_PutsTheNewestFirst_AndTheFileDatedLast()
    {
        Assert.Equal(["a", "b", "c", "d"], Ids(Request() with { Sort = SearchSort.Date }));
    }

    [Fact]
    public void SortByDate_BreaksTiesByRelevanceThenId()
    {
        Add("e", "2018-05-22T18:00:00Z", null, [], "مسرح في المدينة");
        Add("f", "2018-05-22T18:00:00Z", null, [], "مسرح في المدينة");
        index.Store.Commit();

        Assert.Equal(["a", "e", "f", "b", "c", "d"], Ids(Request() with { Sort = SearchSort.Date }));
    }

    public void Dispose() => index.Dispose();

    private static SearchRequest Request() => new("مسرح", 1, 10);

    private List<string> Ids(SearchRequest request) => [.. index.Engine.Search(request).Hits.Select(h => h.Id)];

    private void Add(string id, string? date, string? source, string[] tags, string text) =>
        index.Store.Upsert(TempIndex.Document(id, text) with { Date = date, Source = source, Tags = tags });
}
