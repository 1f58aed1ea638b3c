using SearchService.Core.Search;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Querying;

/// <summary>Plain words also match other words of their root, below same-stem matches; the syntax keeps its meaning.</summary>
public sealed class RootMatchingTests : IDisposable
{
    private readonly TempIndex index = new(new Dictionary<string, string>
    {
        ["travellers"] = "وصل المسافرون إلى المطار",
        ["travels"] = "يسافر الوفد غدا",
        ["weather"] = "الطقس جميل",
    });

    public void Dispose() => index.Dispose();

    [Fact]
    public void PlainWord_FindsWordsOfItsRoot_BelowItsOwnForms() =>
        Assert.Equal(["travels", "travellers"], index.Ids("يسافر"));

    [Theory]
    [InlineData("\"يسافر\"")]
    [InlineData("+يسافر")]
    [InlineData("يسافر*")]
    public void QuotedRequiredOrPrefixWord_DoesNotMatchByRoot(string query) =>
        Assert.Equal(["travels"], index.Ids(query));

    [Fact]
    public void RootMatch_IsMarkedInTheSnippet()
    {
        var hit = index.Engine.Search(new SearchRequest("يسافر")).Hits.Single(h => h.Id == "travellers");

        Assert.Equal(["المسافرون"], hit.Snippets.SelectMany(s => s.Parts).Where(p => p.IsMatch).Select(p => p.Text));
    }
}
