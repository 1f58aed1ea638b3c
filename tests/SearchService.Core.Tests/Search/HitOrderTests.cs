using SearchService.Core.Search;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Search;

/// <summary>Hits with equal scores are listed by id, not by the order their documents were written in: two indexes of
/// the same documents list them the same way, page after page.</summary>
public sealed class HitOrderTests : IDisposable
{
    // Many documents with the very same text (their scores tie), a few that score differently, and two words that
    // neighbour each other in some (the proximity bonus re-sorts those).
    private static readonly IReadOnlyList<(string Id, string Text)> Documents =
    [
        .. Enumerable.Range(0, 30).Select(i => ($"same-{(i * 7) % 30:D2}.txt", "زار الوزير المدينة القديمة")),
        .. Enumerable.Range(0, 10).Select(i => ($"apart-{i}.txt", "زار الوزير ثم عاد بعد أيام إلى المدينة")),
        ("more.txt", "الوزير الوزير الوزير في المدينة"),
    ];

    private readonly TempIndex forwards = Written(Documents);
    private readonly TempIndex backwards = Written([.. Documents.Reverse()]);

    [Theory]
    [InlineData("الوزير", SearchSort.Relevance)]
    [InlineData("الوزير المدينة", SearchSort.Relevance)]
    [InlineData("المدينة", SearchSort.Date)]
    public void TwoIndexesOfTheSameDocuments_ListTiesTheSameWay(string query, SearchSort sort)
    {
        for (var page = 1; page <= 5; page++)
        {
            var request = new SearchRequest(query, page, 7) { Sort = sort };
            var a = forwards.Engine.Search(request).Hits.Select(h => h.Id).ToList();
            var b = backwards.Engine.Search(request).Hits.Select(h => h.Id).ToList();

            Assert.NotEmpty(a);
            Assert.Equal(a, b);
        }
    }

    [Fact]
    public void EqualScores_AreOrderedById()
    {
        var hits = backwards.Engine.Search(new SearchRequest("الوزير", 1, 100)).Hits;
        var tied = hits.Where(h => h.Id.StartsWith("same-", StringComparison.Ordinal)).ToList();

        Assert.Equal(30, tied.Count);
        Assert.All(tied, h => Assert.Equal(tied[0].Score, h.Score));
        Assert.Equal(tied.Select(h => h.Id).Order(StringComparer.Ordinal), tied.Select(h => h.Id));
    }

    public void Dispose()
    {
        forwards.Dispose();
        backwards.Dispose();
    }

    // One commit per few documents, so the index has several segments in the order written.
    private static TempIndex Written(IReadOnlyList<(string Id, string Text)> documents)
    {
        var index = new TempIndex(new Dictionary<string, string>());
        foreach (var (i, (id, text)) in documents.Index())
        {
            index.Store.Upsert(TempIndex.Document(id, text));
            if (i % 8 == 7)
            {
                index.Store.Commit();
            }
        }

        index.Store.Commit();
        return index;
    }
}
