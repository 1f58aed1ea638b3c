using SearchService.Core.Highlighting;
using SearchService.Core.Querying;
using SearchService.Core.Search;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Querying;

/// <summary>A foreign name finds the other spellings the index holds, in either script, and says which it used;
/// native words are matched as before.</summary>
public sealed class NameSpellingsTests : IDisposable
{
    // Spellings of one name stand beside the same words (الرئيس ترامب, الرئيس ترمب): the check that keeps
    // sound-alike words apart.
    private readonly TempIndex index = new(new Dictionary<string, string>
    {
        ["long-spelling"] = "قال الرئيس ترامب إن الاتفاق انتهى",
        ["short-spelling"] = "قال الرئيس ترمب إنه وصل إلى البيت الأبيض",
        ["with-prefix"] = "التقى الوزير بترامب أمس",
        ["latin"] = "Donald Trump spoke today",
        ["google-gh"] = "أطلقت غوغل هاتفا جديدا",
        ["google-j"] = "أطلقت جوجل خدمة جديدة",
        ["google-q"] = "أطلقت قوقل تطبيقا للخرائط",
        ["book"] = "قرأت كتابا عن كتابه وكتابها وكتابات الرحلات",
        ["writers"] = "اجتمع الكتاب في المعرض",
    });

    // An Arabic word is read as a name only when enough documents hold it for its morphology to show
    // (NameSpellings.MinDocuments): five articles of each, all of one length so only the weights order them.
    private readonly TempIndex names = new(Enumerable.Range(1, NameSpellings.MinDocuments)
        .SelectMany(i => new[]
        {
            ($"trump-long-{i}", $"وصل ترامب إلى المدينة اليوم {i}"),
            ($"trump-short-{i}", $"وصل ترمب إلى المدينة اليوم {i}"),
            ($"trump-latin-{i}", $"وصل Trump إلى المدينة اليوم {i}"),
            ($"google-gh-{i}", $"أطلقت غوغل خدمة جديدة {i}"),
            ($"google-j-{i}", $"أطلقت جوجل خدمة جديدة {i}"),
            ($"google-q-{i}", $"أطلقت قوقل خدمة جديدة {i}"),
            ($"altman-{i}", $"قال سام ألتمان إن الشركة ستنمو {i}"),
            ($"wishing-{i}", $"تمنى اللاعبون الفوز متمنين النجاح {i}"),
            ($"two-men-{i}", $"التقى محمد محمود في القاهرة {i}"),
            ($"one-man-{i}", $"وصل محمد أمس {i}"),
            ($"airport-{i}", $"هبطت الطائرة في مطار القاهرة {i}"),
            ($"facebook-one-{i}", $"نشر صورة على فيسبوك أمس {i}"),
            ($"facebook-two-{i}", $"نشر صورة على فيس بوك أمس {i}"),
            ($"debate-{i}", $"الموضوع مثار جدل واسع {i}"),
            ($"spacex-{i}", $"أطلقت شركة سبيس إكس صاروخا {i}"),
        })
        .ToDictionary(d => d.Item1, d => d.Item2));

    public void Dispose()
    {
        index.Dispose();
        names.Dispose();
    }

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
    public void ArabicSpelling_FindsTheOtherSpellingsAndTheLatinOne_TypedFirst()
    {
        var results = names.Engine.Search(new SearchRequest("ترمب", 1, 100));
        var ids = results.Hits.Select(h => h.Id).ToList();

        Assert.All(ids.Take(NameSpellings.MinDocuments), id => Assert.StartsWith("trump-short-", id, StringComparison.Ordinal));
        Assert.Equal(3 * NameSpellings.MinDocuments, ids.Count);
        Assert.All(ids, id => Assert.StartsWith("trump-", id, StringComparison.Ordinal));
        var expanded = Assert.Single(results.Expanded);
        Assert.Equal("ترمب", expanded.Word);
        Assert.Equal(["trump", "ترامب"], expanded.Variants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ArabicSpelling_OfABrand_FindsTheSpellingsWithOtherLetters()
    {
        var results = names.Engine.Search(new SearchRequest("جوجل", 1, 100));
        var ids = results.Hits.Select(h => h.Id).ToList();

        Assert.All(ids.Take(NameSpellings.MinDocuments), id => Assert.StartsWith("google-j-", id, StringComparison.Ordinal));
        Assert.Equal(3 * NameSpellings.MinDocuments, ids.Count(id => id.StartsWith("google-", StringComparison.Ordinal)));
        Assert.Equal(["غوغل", "قوقل"], Assert.Single(results.Expanded).Variants.Order());
    }

    [Fact]
    public void ArabicSpelling_MarksTheSpellingTheArticleUses()
    {
        var hit = names.Engine.Search(new SearchRequest("ترمب", 1, 100)).Hits.Single(h => h.Id == "trump-long-1");

        Assert.Equal(["ترامب"], hit.Snippets.SelectMany(s => s.Parts).Where(p => p.IsMatch).Select(p => p.Text));
    }

    [Fact]
    public void ArticlePage_MarksTheOtherSpelling()
    {
        var page = names.Engine.Get("trump-long-1", "ترمب");

        Assert.Equal(["ترامب"], page!.Text!.Parts.Where(p => p.IsMatch).Select(p => p.Text));
    }

    [Theory]
    [InlineData("\"ترمب\"")]
    [InlineData("+ترمب")]
    public void QuotedOrRequiredArabicName_StaysLiteral(string query)
    {
        var results = names.Engine.Search(new SearchRequest(query));

        Assert.All(results.Hits, h => Assert.StartsWith("trump-short-", h.Id, StringComparison.Ordinal));
        Assert.Equal(NameSpellings.MinDocuments, results.Hits.Count);
        Assert.Empty(results.Expanded);
    }

    [Fact]
    public void ForeignName_GetsNoRoot()
    {
        // The root field joins ألتمان with تمنى (both تمن); read as a name it is matched as written.
        var asArabic = new SearchEngine(names.Store.Searchers, QueryWeights.Default with { Names = false }, new SnippetBuilder(), SearchLimits.Default);
        Assert.Contains("wishing-1", asArabic.Search(new SearchRequest("ألتمان")).Hits.Select(h => h.Id));

        Assert.All(names.Ids("ألتمان"), id => Assert.StartsWith("altman-", id, StringComparison.Ordinal));
    }

    [Fact]
    public void NativeNamesAlikeInSound_AreNotJoined()
    {
        // محمد and محمود are keyed alike, but they meet in one story: two men, not two spellings.
        var results = names.Engine.Search(new SearchRequest("محمد"));

        Assert.Empty(results.Expanded);
        Assert.DoesNotContain(results.Hits, h => !h.Id.StartsWith("one-man-", StringComparison.Ordinal) && !h.Id.StartsWith("two-men-", StringComparison.Ordinal));
    }

    [Fact]
    public void NativeWordsAlikeInSound_InOtherCompany_AreNotJoined()
    {
        // مطار and مثار are keyed alike and never meet, but the words beside them differ: not one name.
        var results = names.Engine.Search(new SearchRequest("مطار", 1, 100));

        Assert.Empty(results.Expanded);
        Assert.All(results.Hits, h => Assert.StartsWith("airport-", h.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void OneWordSpelling_FindsTheTwoWordOne()
    {
        var results = names.Engine.Search(new SearchRequest("فيسبوك", 1, 100));

        Assert.All(results.Hits.Take(NameSpellings.MinDocuments), h => Assert.StartsWith("facebook-one-", h.Id, StringComparison.Ordinal));
        Assert.Equal(2 * NameSpellings.MinDocuments, results.Hits.Count(h => h.Id.StartsWith("facebook-", StringComparison.Ordinal)));
        Assert.Contains("فيس بوك", Assert.Single(results.Expanded).Variants);
        var marked = results.Hits.Single(h => h.Id == "facebook-two-1").Snippets.SelectMany(s => s.Parts).Where(p => p.IsMatch).Select(p => p.Text);
        Assert.Equal(["فيس", "بوك"], marked);
    }

    [Fact]
    public void TwoWordSpelling_FindsTheOneWordOne()
    {
        var results = names.Engine.Search(new SearchRequest("فيس بوك", 1, 100));

        Assert.Equal(2 * NameSpellings.MinDocuments, results.Hits.Count(h => h.Id.StartsWith("facebook-", StringComparison.Ordinal)));
        var expanded = Assert.Single(results.Expanded);
        Assert.Equal("فيس بوك", expanded.Word);
        Assert.Contains("فيسبوك", expanded.Variants);
    }

    [Fact]
    public void LatinName_FindsTheTwoWordsArabicWritesItIn()
    {
        // SpaceX has no one-word Arabic spelling: سبيس إكس, with the letter's Arabic name.
        var results = names.Engine.Search(new SearchRequest("SpaceX", 1, 100));

        Assert.Equal(NameSpellings.MinDocuments, results.Hits.Count);
        Assert.All(results.Hits, h => Assert.StartsWith("spacex-", h.Id, StringComparison.Ordinal));
        Assert.Equal(["سبيس اكس"], Assert.Single(results.Expanded).Variants);
    }

    [Fact]
    public void RareArabicWord_IsReadAsWritten()
    {
        // In a handful of articles every word would pass for a name; under MinDocuments it keeps its root.
        var results = index.Engine.Search(new SearchRequest("ترمب"));

        Assert.Empty(results.Expanded);
        Assert.Equal("short-spelling", results.Hits[0].Id);
    }

    [Fact]
    public void LatinWordWithoutAnArabicSpelling_SearchesAsBefore() =>
        Assert.Equal(["latin"], index.Ids("spoke"));
}
