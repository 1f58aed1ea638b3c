using SearchService.Core.Search;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Search;

/// <summary>Walking with the cursor returns the same hits in the same order as paging, each once, also while the
/// index changes under the walk; a cursor of another search or a garbled one is refused.</summary>
public sealed class CursorTests : IDisposable
{
    private static readonly string Filler = string.Join(' ', Enumerable.Repeat("كلام", 12));

    private readonly TempIndex index = new(new Dictionary<string, string>());

    public CursorTests()
    {
        // Ties (identical texts), the two words near and far (the proximity bonus re-sorts), several dates.
        for (var i = 0; i < 150; i++)
        {
            var text = (i % 3) switch
            {
                0 => "زار الوزير المدينة",
                1 => $"زار الوزير {Filler} المدينة",
                _ => $"الوزير {i} في المدينة والمدينة",
            };
            index.Store.Upsert(TempIndex.Document($"doc-{i:D3}", text) with { Date = $"2018-01-{1 + i % 28:D2}" });
        }

        index.Store.Commit();
    }

    [Theory]
    [InlineData("الوزير المدينة", SearchSort.Relevance)]
    [InlineData("الوزير", SearchSort.Relevance)]
    [InlineData("المدينة", SearchSort.Date)]
    public void WalkingWithTheCursor_GivesTheOrderOfTheFirstPage_ContinuedWithoutRepeats(string query, SearchSort sort)
    {
        var walked = Walk(new SearchRequest(query, 1, 7) { Sort = sort });
        var all = index.Engine.Search(new SearchRequest(query, 1, 100) { Sort = sort }).Hits.Select(h => h.Id)
            .Concat(index.Engine.Search(new SearchRequest(query, 2, 100) { Sort = sort }).Hits.Select(h => h.Id)).ToList();

        Assert.Equal(150, walked.Count);
        Assert.Equal(walked.Count, walked.Distinct().Count());
        Assert.Equal(all.Take(7), walked.Take(7));
        Assert.Equal(all.Order(StringComparer.Ordinal), walked.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WhileTheIndexChanges_EveryDocumentThatStayed_IsReturnedOnce()
    {
        var request = new SearchRequest("الوزير المدينة", 1, 10);
        var seen = new List<string>();
        var deleted = new HashSet<string>();
        var results = index.Engine.Search(request);
        for (var step = 0; ; step++)
        {
            seen.AddRange(results.Hits.Select(h => h.Id));
            if (results.Next is null)
            {
                break;
            }

            // Between pages: new documents that score higher than any, and deletions ahead of and behind the walk.
            index.Store.Upsert(TempIndex.Document($"new-{step}", "الوزير المدينة الوزير المدينة"));
            foreach (var id in new[] { $"doc-{(step * 37) % 150:D3}", $"doc-{(step * 11 + 5) % 150:D3}" })
            {
                index.Store.Delete(id);
                deleted.Add(id);
            }

            index.Store.Commit();
            results = index.Engine.Search(request with { After = results.Next });
        }

        var stayed = Enumerable.Range(0, 150).Select(i => $"doc-{i:D3}").Where(id => !deleted.Contains(id));
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Empty(stayed.Except(seen));
    }

    [Fact]
    public void TheLastPage_HasNoNext()
    {
        Assert.Null(index.Engine.Search(new SearchRequest("الوزير", 1, 150)).Next);
        Assert.NotNull(index.Engine.Search(new SearchRequest("الوزير", 1, 149)).Next);
    }

    [Fact]
    public void ACursor_RoundTrips_AndBelongsToItsSearchOnly()
    {
        var request = new SearchRequest("الوزير", 1, 10);
        var next = index.Engine.Search(request).Next!.Encode();

        Assert.Equal(CursorReading.Read, SearchCursor.TryDecode(next, request with { Size = 50 }, out var cursor));
        Assert.Equal(next, cursor!.Encode());
        Assert.Equal(CursorReading.OtherSearch, SearchCursor.TryDecode(next, request with { Query = "المدينة" }, out _));
        Assert.Equal(CursorReading.OtherSearch, SearchCursor.TryDecode(next, request with { Sort = SearchSort.Date }, out _));
        Assert.Equal(CursorReading.OtherSearch, SearchCursor.TryDecode(next, request with { Filters = new SearchFilters { Tags = ["x"] } }, out _));
        Assert.All(new[] { "", "abc", "!!", next[..^3], next + "AAAA", "B" + next[1..], new string('A', 10_000) }, garbled =>
            Assert.Equal(CursorReading.Garbled, SearchCursor.TryDecode(garbled, request, out _)));
    }

    [Fact]
    public void ACursorWhoseSearcherIsGone_ContinuesOnTheCurrentIndex()
    {
        var request = new SearchRequest("الوزير", 1, 10);
        var first = index.Engine.Search(request);
        // Another engine over the same index (a restart, another replica) knows nothing of this one's searchers.
        var other = new SearchEngine(index.Store.Searchers);
        var second = other.Search(request with { After = first.Next });

        Assert.Equal(index.Engine.Search(request with { Page = 2 }).Hits.Select(h => h.Id), second.Hits.Select(h => h.Id));
    }

    public void Dispose() => index.Dispose();

    private List<string> Walk(SearchRequest request)
    {
        var ids = new List<string>();
        var results = index.Engine.Search(request);
        while (true)
        {
            ids.AddRange(results.Hits.Select(h => h.Id));
            if (results.Next is null)
            {
                return ids;
            }

            Assert.Equal(CursorReading.Read, SearchCursor.TryDecode(results.Next.Encode(), request, out var after));
            results = index.Engine.Search(request with { After = after });
        }
    }
}
