using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;

namespace SearchService.Core.Tests.Analysis;

/// <summary>The root stemmer against a golden file of folded word → root pairs (Analysis/roots.tsv).</summary>
public sealed class ArabicRootStemmerTests
{
    public static TheoryData<string, string> Golden() => GoldenFile.Read("roots.tsv");

    [Theory]
    [MemberData(nameof(Golden))]
    public void Root_MatchesGoldenFile(string word, string expected) =>
        Assert.Equal(expected, ArabicRootStemFilter.RootOf(word));

    [Fact]
    public void RootField_AnalysesLikeRootOfTheExactForm()
    {
        var analyzer = SearchAnalyzers.CreatePerField();
        const string text = "والمسافرون يستخدمون SpaceX ٢٠١٦ مَكْتَبَة";
        var exact = TermAnalysis.Analyze(analyzer, IndexFields.TextExact, text);
        var roots = TermAnalysis.Analyze(analyzer, IndexFields.TextRoot, text);

        Assert.Equal(roots.Select(t => t.Term), exact.Select(t => ArabicRootStemFilter.RootOf(t.Term)));
        Assert.Equal(["سفر", "خدم", "spacex", "2016", "كتب"], roots.Select(t => t.Term));
    }
}
