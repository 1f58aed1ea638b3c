using SearchService.Core.Search;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Querying;

/// <summary>A name typed in Latin letters finds the Arabic spellings the index holds, and says which it used.</summary>
public sealed class NameSpellingsTests : IDisposable
{
    private readonly TempIndex index = new(new Dictionary<string, string>
    {
        ["long-spelling"] = "قال الرئيس ترامب إن الاتفاق انتهى",
        ["short-spelling"] = "وصل ترمب إلى البيت الأبيض",
        ["with-prefix"] = "التقى الوزير بترامب أمس",
        ["latin"] = "The president, Donald Trump, spoke today",
        ["google-gh"] = "أطلقت غوغل هاتفا جديدا",
        ["google-j"] = "أطلقت جوجل خدمة جديدة",
        ["google-q"] = "تطبيق قوقل للخرائط",
        ["book"] = "قرأت كتابا عن كتابه وكتابها وكتابات الرحلات",
        ["writers"] = "اجتمع الكتاب في المعرض",
    });

    public void Dispose() => index.Dispose();

    [Fact]
    public void LatinName_FindsEveryArabicSpellingAndTheLatinOne_LatinFirst()
    {
        var ids = index.Ids("Trump");

        Assert.Equal("latin", ids[0]);
        Assert.Equal(["latin", "long-spelling", "short-spelling", "with-prefix"], ids.Order());
    }

    [Fact]
    public void Response_SaysWhichSpellingsWereSearched()
    {
        var expanded = Assert.Single(index.Engine.Search(new SearchRequest("Google")).Expanded);

        Assert.Equal("Google", expanded.Word);
        Assert.Equal(["جوجل", "غوغل", "قوقل"], expanded.Variants.Order());
        Assert.Equal(["google-gh", "google-j", "google-q"], index.Ids("Google").Order());
    }

    [Fact]
    public void Snippet_MarksTheSpellingTheArticleUses()
    {
        var hit = index.Engine.Search(new SearchRequest("Trump")).Hits.Single(h => h.Id == "with-prefix");

        Assert.Equal(["بترامب"], hit.Snippets.SelectMany(s => s.Parts).Where(p => p.IsMatch).Select(p => p.Text));
    }

    [Theory]
    [InlineData("\"Trump\"")]
    [InlineData("+Trump")]
    public void QuotedOrRequiredName_StaysLiteral(string query)
    {
        var results = index.Engine.Search(new SearchRequest(query));

        Assert.Equal(["latin"], results.Hits.Select(h => h.Id));
        Assert.Empty(results.Expanded);
    }

    [Fact]
    public void ArabicWord_IsNotExpanded()
    {
        var results = index.Engine.Search(new SearchRequest("كتاب"));

        Assert.Empty(results.Expanded);
        Assert.DoesNotContain("google-j", results.Hits.Select(h => h.Id));
    }

    [Fact]
    public void LatinWordWithoutAnArabicSpelling_SearchesAsBefore() =>
        Assert.Equal(["latin"], index.Ids("president"));
}
