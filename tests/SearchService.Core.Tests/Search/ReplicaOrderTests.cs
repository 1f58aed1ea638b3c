using SearchService.Core.Search;
using SearchService.Core.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SearchService.Core.Tests.Search;

/// <summary>
/// Replicas behind a load balancer each build their own index of the same folder, in whatever order the files come
/// and with their own flushes and merges. A reader paging through the balancer must see one answer: every replica
/// has to give the same hits in the same order. Built here on all 70,272 news articles of the benchmark, three
/// times, in different orders with different commit points and merge histories, and compared on the benchmark's
/// 300 queries.
/// </summary>
public sealed class ReplicaOrderTests(ITestOutputHelper output)
{
    private const int Depth = 100;

    // Far above any query's cost here, so no search stops early on a busy machine and returns a partial list.
    private static readonly SearchLimits Unhurried = SearchLimits.Default with { QueryTimeoutMilliseconds = 600_000 };

    [SkippableFact]
    public void ThreeIndexesOfTheSameNews_WrittenInDifferentOrders_GiveTheSameAnswerToEveryBenchmarkQuery()
    {
        var articles = NewsArticles.ReadAll();
        var queries = NewsArticles.BenchmarkQueries();
        Skip.If(articles is null || queries is null, "shared/corpus (news and bench) was not found next to the repository");

        // The first replica reads the folder front to back and commits every 5,000 files; the second reads it back
        // to front, commits every 1,500 and is merged to one segment; the third reads it shuffled and commits every
        // 333. Different segments and doc numbers, and documents in a different order within a segment (only the
        // shuffle showed that a name's spellings were read off a sample of documents taken by doc number).
        using var first = Build(articles, commitEvery: 5_000, compact: false);
        var random = new Random(20261203);
        var shuffled = articles.OrderBy(_ => random.Next()).ToList();
        articles.Reverse();
        using var second = Build(articles, commitEvery: 1_500, compact: true);
        using var third = Build(shuffled, commitEvery: 333, compact: false);
        Assert.Equal(1, second.Store.SegmentCount);
        Assert.True(first.Store.SegmentCount > 1 && third.Store.SegmentCount > 1, "the unmerged replicas have several segments");

        var differing = new List<string>();
        var compared = 0;
        foreach (var query in queries)
        {
            var a = Answer(first, query);
            compared += a.Hits.Count;
            foreach (var (name, other) in new[] { ("second", second), ("third", third) })
            {
                if (Difference(a, Answer(other, query)) is { } difference)
                {
                    differing.Add($"«{query}», first and {name}: {difference}");
                }
            }
        }

        output.WriteLine($"{queries.Length} queries, {compared} hits compared, {differing.Count} answers differ");
        Assert.True(compared > queries.Length * 50, $"only {compared} hits were compared: the queries should find plenty");
        Assert.True(differing.Count == 0, $"{differing.Count} answers to the {queries.Length} queries differ:\n" + string.Join('\n', differing.Take(20)));
    }

    // What a reader sees of an answer that must not depend on the segments: the count, the other spellings searched,
    // the correction offered, and the top hits with their scores to the bit (two scores a bit apart would order two
    // otherwise tied hits differently on another layout, even where this pair of layouts happens to agree).
    private sealed record ReplicaAnswer(int Total, string Expanded, string? DidYouMean, IReadOnlyList<(string Id, float Score)> Hits);

    private static ReplicaAnswer Answer(ReplicaIndex replica, string query)
    {
        var results = replica.Engine.Search(new SearchRequest(query, 1, Depth));
        return new ReplicaAnswer(
            results.Total,
            string.Join("; ", results.Expanded.Select(e => $"{e.Word}: {string.Join(' ', e.Variants)}")),
            results.DidYouMean?.Query,
            [.. results.Hits.Select(h => (h.Id, h.Score))]);
    }

    private static string? Difference(ReplicaAnswer a, ReplicaAnswer b)
    {
        if (a.Expanded != b.Expanded)
        {
            return $"other spellings «{a.Expanded}» and «{b.Expanded}»";
        }

        if (a.DidYouMean != b.DidYouMean)
        {
            return $"did you mean «{a.DidYouMean}» and «{b.DidYouMean}»";
        }

        if (a.Total != b.Total || a.Hits.Count != b.Hits.Count)
        {
            return $"{a.Total} and {b.Total} matches, {a.Hits.Count} and {b.Hits.Count} listed";
        }

        var at = a.Hits.Zip(b.Hits).TakeWhile(p => p.First == p.Second).Count();
        return at == a.Hits.Count ? null
            : $"rank {at + 1}: {a.Hits[at].Id} {a.Hits[at].Score:R} and {b.Hits[at].Id} {b.Hits[at].Score:R}";
    }

    private static ReplicaIndex Build(List<(string Id, string Title, string Text)> articles, int commitEvery, bool compact) =>
        new(articles.Select(a => TempIndex.Document(a.Id, a.Text, a.Title)), commitEvery, compact, Unhurried);
}
