using SearchService.Core.Related;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Related;

public sealed class RelatedDocumentsTests
{
    private const string Football = "فاز فريق الهلال على النصر في مباراة كرة القدم بهدفين، وسجل المهاجم الهدف الثاني في الدقيقة الأخيرة.";

    [Fact]
    public void WhenAskedForRelated_ShouldRankTheSameSubjectFirst_AndLeaveOutItselfAndItsCopy()
    {
        using var index = new TempIndex(new Dictionary<string, string>
        {
            ["match.txt"] = Football,
            ["match-copy.txt"] = Football + " ",
            ["league.txt"] = "يتصدر الهلال الدوري بعد فوزه على النصر، ويستعد الفريق لمباراة كرة القدم المقبلة.",
            ["rain.txt"] = "هطلت أمطار غزيرة على الرياض مع رياح قوية.",
            ["market.txt"] = "ارتفعت أسعار النفط في الأسواق العالمية.",
        });

        var related = new RelatedDocuments(index.Store.Searchers).Find("league.txt", 5)!;

        Assert.DoesNotContain(related, h => h.Id == "league.txt");
        Assert.Single(related, h => h.Id is "match.txt" or "match-copy.txt");
        Assert.Contains(related[0].Id, new[] { "match.txt", "match-copy.txt" });
        Assert.DoesNotContain(related, h => h.Id == "market.txt"); // shares no word
        Assert.StartsWith("فاز فريق الهلال", related[0].Snippet.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void WhenTheIdIsUnknown_ShouldBeNull()
    {
        using var index = new TempIndex(new Dictionary<string, string> { ["a.txt"] = "نص" });
        Assert.Null(new RelatedDocuments(index.Store.Searchers).Find("b.txt", 5));
    }

    [Theory]
    [InlineData("واحد اثنان ثلاثة أربعة خمسة ستة سبعة", "واحد اثنان ثلاثة أربعة خمسة ستة سبعه", true)] // folded alike
    [InlineData("واحد اثنان ثلاثة أربعة خمسة ستة سبعة", "واحد اثنان ثلاثة ثمانية تسعة عشرة", false)]
    public void NearDuplicates_FoldCopiesOnly(string first, string second, bool copy)
    {
        var copies = new NearDuplicates(0.8);
        Assert.True(copies.TryAdd(first));
        Assert.Equal(!copy, copies.TryAdd(second));
    }
}
