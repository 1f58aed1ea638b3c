using SearchService.Core.Analysis;

namespace SearchService.Core.Tests.Analysis;

/// <summary>The stemmer against a golden file of folded word → stem pairs (Analysis/stems.tsv).</summary>
public sealed class ArabicLightStemmerTests
{
    public static TheoryData<string, string> Golden() => GoldenFile.Read("stems.tsv");

    [Theory]
    [MemberData(nameof(Golden))]
    public void Stem_MatchesGoldenFile(string word, string expected)
    {
        var buffer = word.ToCharArray();

        Assert.Equal(expected, new string(buffer, 0, ArabicLightStemmer.Stem(buffer, buffer.Length)));
    }

    [Theory]
    [InlineData("والكتاب وكتابها SpaceX ٢٠١٦ ألتمان بالمدرسة")]
    [InlineData("ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ")]
    public void StemOf_AgreesWithTheStemmedChain(string text)
    {
        var analyzer = SearchService.Core.Indexing.SearchAnalyzers.CreatePerField();
        var exact = SearchService.Core.Querying.TermAnalysis.Analyze(analyzer, SearchService.Core.Indexing.IndexFields.TextExact, text);
        var stemmed = SearchService.Core.Querying.TermAnalysis.Analyze(analyzer, SearchService.Core.Indexing.IndexFields.Text, text);

        Assert.Equal(stemmed.Select(t => t.Term), exact.Select(t => ArabicLightStemFilter.StemOf(t.Term)));
    }

    [Theory]
    [InlineData("الاستكش", "استكش")]
    [InlineData("والاستكش", "استكش")]
    [InlineData("كتا", "كتا")]
    public void StripPrefix_RemovesOnlyTheAttachedPrefix(string word, string expected) =>
        Assert.Equal(expected, ArabicLightStemmer.StripPrefix(word));
}
