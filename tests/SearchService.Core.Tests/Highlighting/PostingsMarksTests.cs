using SearchService.Core.Search;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Highlighting;

/// <summary>Marks come from the postings of the terms the search matched, in the search's own terms.</summary>
public sealed class PostingsMarksTests
{
    [Theory]
    [InlineData("كتاب", "قرأت والكتاب وكتابها", new[] { "والكتاب", "وكتابها" })]
    [InlineData("كتاب", "كِتَابٌ مفيد", new[] { "كِتَابٌ" })]
    [InlineData("\"الذكاء الاصطناعي\"", "الذكاء وحده، ثم الذكاء الاصطناعي", new[] { "الذكاء", "الاصطناعي" })]
    [InlineData("الاستكش*", "الاستكشاف والاستكشافات", new[] { "الاستكشاف", "والاستكشافات" })]
    [InlineData("ماسك -تسلا", "ماسك يملك تسلا", new[] { "ماسك" })]
    [InlineData("ماسك~1", "ماسق وماسك ماتع", new[] { "ماسق" })] // like FuzzyQuery: the first letter must agree
    [InlineData("ماسك~1", "قال مساك", new[] { "مساك" })] // a transposition is one edit, as FuzzyQuery counts it
    [InlineData("ألتمان", "تم لقاء ألتمان", new[] { "ألتمان" })]
    [InlineData("spacex", "شركة SpaceX.", new[] { "SpaceX" })]
    [InlineData("يسافر", "وصل المسافرون", new[] { "المسافرون" })] // same root, as the query searched the root field
    [InlineData("\"يسافر\"", "وصل المسافرون", new string[0])] // a quoted word is not searched by root
    [InlineData("متى ولد ماسك", "متى ولد ماسك؟", new[] { "ولد", "ماسك" })] // question words are not searched
    [InlineData("\"ماسك الفضاء\"~3", "الفضاء حلم ماسك", new[] { "الفضاء", "ماسك" })] // reversed (2) and one apart (1)
    [InlineData("\"ماسك الفضاء\"~2", "الفضاء حلم ماسك", new string[0])]
    public void Get_MarksWholeWordsAsWritten(string query, string text, string[] expected)
    {
        // "other" makes يسافر a word the index knows, so it is not taken for a misspelling and searched fuzzily.
        using var index = new TempIndex(new Dictionary<string, string> { ["d"] = text, ["other"] = "يسافر" });

        var page = index.Engine.Get("d", query)!;

        Assert.Equal(expected, Marked(page.Text!));
    }

    [Fact]
    public void Search_FuzzyWordFoundByTransposition_MarksItInTheSnippet()
    {
        // Lucene's FuzzyQuery counts a transposition as one edit; the marks come from the terms it expanded to.
        using var index = new TempIndex(new Dictionary<string, string> { ["d"] = "أعلن مساك عن شركة جديدة للصواريخ" });

        var hit = Assert.Single(index.Engine.Search(new SearchRequest("ماسك~1")).Hits);

        Assert.Equal(["مساك"], hit.Snippets.SelectMany(Marked));
    }

    [Fact]
    public void Get_InTitle_MarksNoRootOnlyMatch()
    {
        // Only the body has a root field, so a title is marked for the word's own forms only.
        using var index = new TempIndex(new Dictionary<string, string>());
        index.Store.Upsert(TempIndex.Document("d", "نص آخر", title: "وصل المسافرون"));
        index.Store.Commit();

        Assert.Empty(Marked(index.Engine.Get("d", "يسافر")!.Title!));
    }

    [Fact]
    public void Get_ForTitleOnlyItem_MarksTheTitleAndNothingInText()
    {
        using var index = new TempIndex(new Dictionary<string, string>());
        index.Store.Upsert(TempIndex.Document("d", "ماسك في النص", title: "ماسك"));
        index.Store.Commit();

        var page = index.Engine.Get("d", "title:ماسك")!;

        Assert.Equal(["ماسك"], Marked(page.Title!));
        Assert.Empty(Marked(page.Text!));
    }

    [Fact]
    public void Search_ExcludedWordAlone_IsRejectedButTheDocumentViewMarksNothing()
    {
        using var index = new TempIndex(new Dictionary<string, string> { ["d"] = "ماسك يملك تسلا" });

        Assert.Throws<SearchService.Core.Querying.QueryParseException>(() => index.Engine.Search(new SearchRequest("-تسلا")));
        Assert.Empty(Marked(index.Engine.Get("d", "-تسلا")!.Text!));
    }

    private static IEnumerable<string> Marked(Core.Highlighting.Fragment fragment) =>
        fragment.Parts.Where(p => p.IsMatch).Select(p => p.Text);
}
