using System.Text;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Search;

/// <summary>A long text whose only match lies far past its opening still gets a snippet with the match marked,
/// cut from the stored piece where the match is, and says that text comes before it.</summary>
public sealed class LongTextSnippetTests
{
    [Theory]
    [InlineData("زلزال")] // a word
    [InlineData("\"زلزال مدمر\"")] // a phrase
    public void Search_MatchOnlyDeepInALongText_MarksItInASnippetFromThere(string query)
    {
        var filler = new StringBuilder();
        while (filler.Length < StoredText.PieceLength * 3)
        {
            filler.Append("نص عادي عن الاقتصاد والسياسة في المنطقة. ");
        }

        var deep = filler.Length;
        filler.Append("وضرب زلزال مدمر المدينة فجر اليوم. ");
        filler.Append("نص عادي عن الاقتصاد والسياسة في المنطقة. ", 0, 40);
        using var index = new TempIndex(new Dictionary<string, string> { ["report.txt"] = filler.ToString() });

        var hit = Assert.Single(index.Engine.Search(new SearchRequest(query)).Hits);

        var snippet = Assert.Single(hit.Snippets, s => s.Parts.Any(p => p.IsMatch));
        Assert.Contains(snippet.Parts, p => p.IsMatch && p.Text == "زلزال");
        Assert.True(snippet.StartsMidText);
        Assert.Contains("وضرب زلزال مدمر المدينة", snippet.PlainText, StringComparison.Ordinal);
        Assert.True(deep > StoredText.PieceLength);
    }
}
