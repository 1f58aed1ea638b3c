using SearchService.Core.Highlighting;

namespace SearchService.Core.Tests.Highlighting;

/// <summary>Phrase occurrences by Lucene's rules, on word positions alone.</summary>
public sealed class PhraseOccurrencesTests
{
    // A document as its words' positions: each word occurs where it is listed.
    private static IReadOnlyList<Occurrence> At(string[] words, string word) =>
        [.. words.Select((w, i) => (w, i)).Where(x => x.w == word).Select(x => new Occurrence(x.i, x.i * 10, (x.i * 10) + 5))];

    private static int[] Matched(string document, string phrase, int slop)
    {
        var words = document.Split(' ');
        var terms = phrase.Split(' ');
        var found = PhraseOccurrences.Find([.. terms.Select(t => At(words, t))], [.. Enumerable.Range(0, terms.Length)], slop);
        return [.. found.Select(o => o.Position).Order()];
    }

    [Theory]
    [InlineData("a b x a x b", "a b", 0, new[] { 0, 1 })] // only the adjacent pair
    [InlineData("b a", "a b", 0, new int[0])]
    [InlineData("b a", "a b", 1, new int[0])] // a swap costs 2
    [InlineData("b a", "a b", 2, new[] { 0, 1 })]
    [InlineData("a x x b", "a b", 2, new[] { 0, 3 })]
    [InlineData("a x x x b", "a b", 2, new int[0])]
    [InlineData("a b c", "a c", 1, new[] { 0, 2 })]
    [InlineData("a x a", "a a", 0, new int[0])] // a repeated term needs two occurrences at the right distance
    [InlineData("a a", "a a", 0, new[] { 0, 1 })]
    [InlineData("a x b", "a a b", 5, new int[0])] // one occurrence of a cannot stand for both
    [InlineData("a x a b", "a a b", 5, new[] { 0, 2, 3 })]
    [InlineData("c a b x x x x x x c a b", "a b c", 2, new int[0])] // c moved back three places
    [InlineData("c a b x x x x x x c a b", "a b c", 3, new[] { 0, 1, 2, 9, 10, 11 })]
    public void Find_FollowsLucenePhraseRules(string document, string phrase, int slop, int[] expected) =>
        Assert.Equal(expected, Matched(document, phrase, slop));

    [Fact]
    public void Find_HonoursGapsInThePhrase()
    {
        // "a _ b": a stopword between them left a gap of one position in the query.
        var words = "a x b a b".Split(' ');

        var found = PhraseOccurrences.Find([At(words, "a"), At(words, "b")], [0, 2], 0);

        Assert.Equal([0, 2], found.Select(o => o.Position).Order());
    }
}
