using SearchService.Core.Suggest;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Suggest;

public sealed class CompletionsTests
{
    private static TempIndex Index() => new(new Dictionary<string, string>
    {
        ["a.txt"] = "قال إيلون ماسك إن الإطلاق نجح.",
        ["b.txt"] = "إيلون ماسك يدير تسلا.",
        ["c.txt"] = "ايلون ماسك والمسبار.",
        ["d.txt"] = "الماء مادة. ماسك",
        ["e.txt"] = "تعمل Google على خرائط جديدة.",
    });

    [Fact]
    public void WhenAWordIsTyped_ShouldCompleteItMostFrequentFirst_InItsCommonestWrittenForm()
    {
        using var index = Index();
        var completions = new Completions(index.Store.Searchers);

        var words = completions.Suggest("قال ايل", 8).Words;

        Assert.Equal(new WordCompletion("قال إيلون", 3), words[0]); // in three documents, two of which write it with hamza
        Assert.Equal("ماسك", completions.Suggest("ماس", 8).Words[0].Text);
        Assert.Equal(4, completions.Suggest("ماس", 8).Words[0].Count);
        Assert.Equal("Google", Assert.Single(completions.Suggest("GOO", 8).Words).Text);
    }

    [Fact]
    public void WhenTheWordIsShort_OrFinished_ShouldCompleteNothing()
    {
        using var index = Index();
        var completions = new Completions(index.Store.Searchers);

        Assert.Empty(completions.Suggest("م", 8).Words);
        Assert.Empty(completions.Suggest("ماسك ", 8).Words);
        Assert.Single(completions.Suggest("ماس", 1).Words);
    }

    [Fact]
    public void WhenTheTitleStartsWithTheText_ShouldListIt_ComparedFolded()
    {
        using var index = new TempIndex(new Dictionary<string, string>());
        index.Store.Upsert(TempIndex.Document("x.txt", "نص", "أخبار الرياضة اليوم"));
        index.Store.Upsert(TempIndex.Document("y.txt", "نص", "اخبار الاقتصاد"));
        index.Store.Upsert(TempIndex.Document("z.txt", "نص", "رياضة"));
        index.Store.Commit();
        var completions = new Completions(index.Store.Searchers);

        Assert.Equal(["y.txt", "x.txt"], completions.Suggest("اخبار", 8).Titles.Select(t => t.Id));
        Assert.Equal("أخبار الرياضة اليوم", Assert.Single(completions.Suggest("أخبار  الري", 8).Titles).Title);
        Assert.Empty(completions.Suggest("ا", 8).Titles);
    }
}
