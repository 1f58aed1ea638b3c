using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;

namespace SearchService.Core.Tests.Highlighting;

public sealed class QueryMatcherTests
{
    private static IEnumerable<string> Marked(string query, string text)
    {
        var matcher = new QueryMatcher(SearchAnalyzers.CreatePerField(), QuerySyntaxParser.Parse(query));
        return matcher.FindMatches(IndexFields.Text, text).Select(m => text[m.Start..m.End]);
    }

    [Theory]
    [InlineData("كتاب", "قرأت والكتاب وكتابها", new[] { "والكتاب", "وكتابها" })]
    [InlineData("كتاب", "كِتَابٌ مفيد", new[] { "كِتَابٌ" })]
    [InlineData("\"الذكاء الاصطناعي\"", "الذكاء وحده، ثم الذكاء الاصطناعي", new[] { "الذكاء", "الاصطناعي" })]
    [InlineData("الاستكش*", "الاستكشاف والاستكشافات", new[] { "الاستكشاف", "والاستكشافات" })]
    [InlineData("ماسك -تسلا", "ماسك يملك تسلا", new[] { "ماسك" })]
    [InlineData("ماسك~1", "ماسق وماسك ماتع", new[] { "ماسق" })] // like FuzzyQuery: the first letter must agree
    [InlineData("ألتمان", "تم لقاء ألتمان", new[] { "ألتمان" })]
    [InlineData("spacex", "شركة SpaceX.", new[] { "SpaceX" })]
    [InlineData("يسافر", "وصل المسافرون", new[] { "المسافرون" })] // same root, as the query searched the root field
    [InlineData("\"يسافر\"", "وصل المسافرون", new string[0])] // a quoted word is not searched by root
    [InlineData("متى ولد ماسك", "متى ولد ماسك؟", new[] { "ولد", "ماسك" })] // question words are not searched
    public void FindMatches_MarksWholeWordsAsWritten(string query, string text, string[] expected) =>
        Assert.Equal(expected, Marked(query, text).ToArray());

    [Fact]
    public void FindMatches_ForPhrase_SkipsLoneWords()
    {
        var marked = Marked("\"الذكاء الاصطناعي\"", "الذكاء وحده، ثم الذكاء الاصطناعي").ToList();

        Assert.Equal(2, marked.Count);
    }

    [Fact]
    public void FindMatches_InTitle_MarksNoRootOnlyMatch()
    {
        // Only the body has a root field, so a title is marked for the word's own forms only.
        var matcher = new QueryMatcher(SearchAnalyzers.CreatePerField(), QuerySyntaxParser.Parse("يسافر"));

        Assert.Empty(matcher.FindMatches(IndexFields.Title, "وصل المسافرون"));
    }

    [Fact]
    public void FindMatches_ForTitleOnlyItem_MarksNothingInText() =>
        Assert.Empty(Marked("title:ماسك", "ماسك في النص"));
}
