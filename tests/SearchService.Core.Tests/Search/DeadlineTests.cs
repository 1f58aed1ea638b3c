using Microsoft.Extensions.Time.Testing;
using SearchService.Core.Highlighting;
using SearchService.Core.Querying;
using SearchService.Core.Search;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Search;

/// <summary>The time budget covers the whole request, read from the injected clock: a fake one makes it exact.</summary>
public sealed class DeadlineTests : IDisposable
{
    private static readonly SearchLimits Limits = new() { QueryTimeoutMilliseconds = 2_000 };

    private readonly TempIndex index = new(Enumerable.Range(0, 600).ToDictionary(
        i => $"doc{i:D3}",
        i => $"خبر رقم {i} عن ماسك وشركة الفضاء، ثم كلام عادي لا يخص البحث في شيء"));

    public void Dispose() => index.Dispose();

    [Fact]
    public void Search_WithinTheBudget_BuildsEverySnippet()
    {
        var clock = new FakeTimeProvider(); // never moves: the budget never runs out

        var results = Engine(clock).Search(new SearchRequest("ماسك", 1, 10));

        Assert.False(results.TimedOut);
        Assert.Equal(600, results.Total);
        Assert.All(results.Hits, h => Assert.Contains(h.Snippets.SelectMany(s => s.Parts), p => p.IsMatch));
    }

    [Fact]
    public void Search_PastTheDeadlineWhileCollecting_StopsWithTheHitsFoundSoFar()
    {
        // Every reading of the clock moves it past the budget: the collector's first check stops the search.
        var clock = new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromHours(1) };

        var results = Engine(clock).Search(new SearchRequest("ماسك", 1, 10));

        Assert.True(results.TimedOut);
        Assert.InRange(results.Total, 1, 599);
        Assert.Equal(10, results.Hits.Count);
    }

    [Fact]
    public void Search_PastTheDeadlineBeforeSnippets_ReturnsTheSameHitsWithoutSnippets()
    {
        // A rare word: too few documents for the collector to look at the clock, so collection completes and
        // the deadline is found past when the snippets would be built.
        var expected = Engine(new FakeTimeProvider()).Search(new SearchRequest("7 17 27", 1, 10));
        var clock = new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromHours(1) };

        var results = Engine(clock).Search(new SearchRequest("7 17 27", 1, 10));

        Assert.True(results.TimedOut);
        Assert.Equal(3, expected.Total);
        Assert.Equal(expected.Total, results.Total);
        Assert.Equal(expected.Hits.Select(h => (h.Id, h.Title, h.Score)), results.Hits.Select(h => (h.Id, h.Title, h.Score)));
        Assert.All(results.Hits, h =>
        {
            Assert.Empty(h.Snippets);
            Assert.DoesNotContain(h.TitleFragment.Parts, p => p.IsMatch);
        });
        Assert.All(expected.Hits, h => Assert.NotEmpty(h.Snippets));
    }

    private SearchEngine Engine(TimeProvider clock) =>
        new(index.Store.Searchers, QueryWeights.Default, new SnippetBuilder(), Limits, clock);
}
