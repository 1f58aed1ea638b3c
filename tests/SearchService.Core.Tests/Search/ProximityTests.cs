using Lucene.Net.Search;
using SearchService.Core.Highlighting;
using SearchService.Core.Querying;
using SearchService.Core.Search;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Search;

/// <summary>Neighbouring query words found close together earn a bonus: added to the best hits by the words alone
/// (a rescoring pass), with the same score the one combined query gave.</summary>
public sealed class ProximityTests : IDisposable
{
    private const string Query = "الوزير المدينة";

    private static readonly string Filler = string.Join(' ', Enumerable.Repeat("كلام", 20));

    // "far" is indexed first: with equal scores it would come first.
    private readonly TempIndex index = new(new Dictionary<string, string>
    {
        ["far.txt"] = $"زار الوزير {Filler} المدينة القديمة",
        ["near.txt"] = $"زار الوزير المدينة القديمة {Filler}",
    });

    [Fact]
    public void WordsCloseTogether_RankAboveTheSameWordsApart() =>
        Assert.Equal(["near.txt", "far.txt"], Ids(QueryWeights.Default));

    [Fact]
    public void WithProximityOff_TheTwoTie() =>
        Assert.Equal(["far.txt", "near.txt"], Ids(QueryWeights.Default with { Proximity = 0 }));

    [Fact]
    public void RescoredScores_EqualTheOneQueryOfWordsAndProximityTogether()
    {
        using var lease = index.Store.Searchers.AcquireSearcher();
        var plan = QueryPlanner.Plan(QuerySyntaxParser.Parse(Query), lease.Searcher, index.Store.Searchers.Analyzer, QueryWeights.Default);
        var together = new BooleanQuery(disableCoord: true) { { plan.Query, Occur.MUST }, { plan.Proximity, Occur.SHOULD } };
        var expected = lease.Searcher.Search(together, 10).ScoreDocs.Select(d => d.Score);

        Assert.Equal(expected, Search(QueryWeights.Default).Hits.Select(h => h.Score));
    }

    public void Dispose() => index.Dispose();

    private List<string> Ids(QueryWeights weights) => [.. Search(weights).Hits.Select(h => h.Id)];

    private SearchResults Search(QueryWeights weights) =>
        new SearchEngine(index.Store.Searchers, weights, new SnippetBuilder(), SearchLimits.Default).Search(new SearchRequest(Query));
}
