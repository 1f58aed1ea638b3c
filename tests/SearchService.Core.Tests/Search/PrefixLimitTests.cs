using SearchService.Core.Highlighting;
using SearchService.Core.Querying;
using SearchService.Core.Search;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Search;

/// <summary><c>Search:Limits:MaxPrefixTerms</c> bounds how many index words one <c>word*</c> may expand to.</summary>
public sealed class PrefixLimitTests : IDisposable
{
    private readonly TempIndex index = new(new Dictionary<string, string>
    {
        ["a.txt"] = "مكتبة مكتوب مكتبي",
        ["b.txt"] = "مكتب مكتبات",
    });

    [Fact]
    public void Prefix_WithMoreCompletionsThanTheLimit_IsRefusedSayingSo()
    {
        var error = Assert.Throws<QueryParseException>(() => Search("مكت*", maxPrefixTerms: 3));

        Assert.Contains("3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prefix_WithinTheLimit_FindsEveryCompletion() =>
        Assert.Equal(["a.txt", "b.txt"], Search("مكت*", maxPrefixTerms: 10).Hits.Select(h => h.Id).Order(StringComparer.Ordinal));

    public void Dispose() => index.Dispose();

    private SearchResults Search(string query, int maxPrefixTerms) =>
        new SearchEngine(index.Store.Searchers, QueryWeights.Default, new SnippetBuilder(), SearchLimits.Default with { MaxPrefixTerms = maxPrefixTerms })
            .Search(new SearchRequest(query));
}
