using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SearchService.Core.Tests.Search;

/// <summary>
/// Replicas behind a load balancer each build their own index of the same folder, in whatever order the files come
/// and with their own flushes and merges. A reader paging through the balancer must see one list: every replica
/// has to give the same hits in the same order. Built here on all 70,272 news articles of the benchmark, written in
/// opposite orders with different commit points and merge histories, and compared on the benchmark's 300 queries.
/// </summary>
public sealed class ReplicaOrderTests(ITestOutputHelper output)
{
    private const int Depth = 100;

    // Far above any query's cost here, so no search stops early on a busy machine and returns a partial list.
    private static readonly SearchLimits Unhurried = SearchLimits.Default with { QueryTimeoutMilliseconds = 600_000 };

    [SkippableFact]
    public void TwoIndexesOfTheSameNews_WrittenInOppositeOrders_GiveTheSameTop100ForEveryBenchmarkQuery()
    {
        var articles = NewsArticles.ReadAll();
        var queries = NewsArticles.BenchmarkQueries();
        Skip.If(articles is null || queries is null, "shared/corpus (news and bench) was not found next to the repository");

        // One replica reads the folder front to back and commits every 5,000 files; the other reads it back to
        // front, commits every 1,500 and is then merged to one segment: different segments, different doc numbers.
        using var first = Build(articles, commitEvery: 5_000, compact: false);
        articles.Reverse();
        using var second = Build(articles, commitEvery: 1_500, compact: true);
        Assert.NotEqual(first.Store.SegmentCount, second.Store.SegmentCount);

        var differing = new List<string>();
        var compared = 0;
        foreach (var query in queries)
        {
            var a = Top(first, query);
            var b = Top(second, query);
            compared += a.Count;
            if (!a.SequenceEqual(b))
            {
                var at = a.Zip(b).TakeWhile(p => p.First == p.Second).Count();
                differing.Add($"«{query}»: {a.Count} and {b.Count} hits, first difference at rank {at + 1}");
            }
        }

        output.WriteLine($"{queries.Length} queries, {compared} hits compared, {differing.Count} lists differ");
        Assert.True(compared > queries.Length * 50, $"only {compared} hits were compared: the queries should find plenty");
        Assert.True(differing.Count == 0, $"{differing.Count} of {queries.Length} queries list different top {Depth}:\n" + string.Join('\n', differing.Take(20)));
    }

    private static IReadOnlyList<string> Top(Replica replica, string query) =>
        [.. replica.Engine.Search(new SearchRequest(query, 1, Depth)).Hits.Select(h => h.Id)];

    private static Replica Build(List<(string Id, string Title, string Text)> articles, int commitEvery, bool compact)
    {
        var replica = new Replica();
        var written = 0;
        foreach (var (id, title, text) in articles)
        {
            replica.Store.Upsert(TempIndex.Document(id, text, title));
            if (++written % commitEvery == 0)
            {
                replica.Store.Commit();
            }
        }

        replica.Store.Commit();
        if (compact)
        {
            replica.Store.Compact();
            replica.Store.Commit();
        }

        replica.Store.Refresh();
        return replica;
    }

    private sealed class Replica : IDisposable
    {
        public Replica()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "searchservice-core-tests", Guid.NewGuid().ToString("N"));
            Store = IndexStore.Open(Path, NullLogger.Instance);
            Engine = new SearchEngine(Store.Searchers, Unhurried);
        }

        public string Path { get; }

        public IndexStore Store { get; }

        public SearchEngine Engine { get; }

        public void Dispose()
        {
            Store.Dispose();
            Directory.Delete(Path, recursive: true);
        }
    }
}
