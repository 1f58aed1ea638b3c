using SearchService.Core.Highlighting;

namespace SearchService.Core.Tests.Highlighting;

public sealed class SnippetBuilderTests
{
    private static readonly string LongText = string.Join(" ", Enumerable.Range(0, 40).Select(i =>
        $"هذه الجملة رقم {i} تتحدث عن موضوع عام{(i % 3 == 2 ? "." : "،")}"));

    [Fact]
    public void Build_WithoutMatches_ReturnsTheOpening()
    {
        var fragments = new SnippetBuilder().Build(LongText, []);

        var fragment = Assert.Single(fragments);
        Assert.False(fragment.StartsMidText);
        Assert.StartsWith("هذه الجملة رقم 0", fragment.PlainText, StringComparison.Ordinal);
        Assert.InRange(fragment.PlainText.Length, 100, 220);
    }

    [Fact]
    public void Build_CutsFragmentsOfReadableLengthAtBoundaries()
    {
        var matches = Matches(LongText, "رقم 5 ", "رقم 20 ", "رقم 35 ");

        var fragments = new SnippetBuilder().Build(LongText, matches);

        Assert.Equal(3, fragments.Count);
        foreach (var fragment in fragments)
        {
            var text = fragment.PlainText;
            Assert.InRange(text.Length, 60, 230);
            Assert.True(text.EndsWith('.') || text.EndsWith('،') || LongText.Contains(text + " ", StringComparison.Ordinal), $"cut mid-word: {text}");
            Assert.Contains(fragment.Parts, p => p.IsMatch);
        }

        Assert.Contains("رقم 5", fragments[0].PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PrefersFragmentsShowingDifferentQueryWords()
    {
        var text = "ألف " + string.Join(" ", Enumerable.Repeat("كلام عادي", 60)) + " ألف باء معا " + string.Join(" ", Enumerable.Repeat("حشو", 80));
        var alef = text.IndexOf("ألف باء", StringComparison.Ordinal);
        var matches = new List<MatchSpan> { new(0, 3, 0), new(alef, alef + 3, 0), new(alef + 4, alef + 7, 1) };

        var fragments = new SnippetBuilder { MaxFragments = 1 }.Build(text, matches);

        Assert.Contains("ألف باء", Assert.Single(fragments).PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PutsTheFragmentShowingMostQueryWordsFirst()
    {
        // An early fragment with one query word, a later one with both: the later one leads.
        var text = "ألف " + string.Join(" ", Enumerable.Repeat("كلام عادي", 60)) + " ألف باء معا " + string.Join(" ", Enumerable.Repeat("حشو", 80));
        var alef = text.IndexOf("ألف باء", StringComparison.Ordinal);
        var matches = new List<MatchSpan> { new(0, 3, 0), new(alef, alef + 3, 0), new(alef + 4, alef + 7, 1) };

        var fragments = new SnippetBuilder().Build(text, matches);

        Assert.Equal(2, fragments.Count);
        Assert.Contains("ألف باء", fragments[0].PlainText, StringComparison.Ordinal);
        Assert.StartsWith("ألف كلام", fragments[1].PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OfATextsOpening_SaysMoreFollowsItsEnd()
    {
        const string opening = "قال ماسك إنه سيطلق الصاروخ";

        var whole = Assert.Single(new SnippetBuilder().Build(opening, [new MatchSpan(4, 8, 0)]));
        var cut = Assert.Single(new SnippetBuilder().Build(opening, [new MatchSpan(4, 8, 0)], textContinues: true));

        Assert.False(whole.EndsMidText);
        Assert.True(cut.EndsMidText);
    }

    [Fact]
    public void Build_WithManyMatchesOutOfOrder_ShowsTheFragmentWithMostQueryWords()
    {
        // Thousands of matches of one word, given in no particular order, and one place with both words.
        var text = string.Concat(Enumerable.Repeat("ماسك قال كلاما. ", 3_000)) + "ماسك وألتمان معا.";
        var matches = Enumerable.Range(0, 3_000).Select(i => new MatchSpan(i * 16, (i * 16) + 4, 0)).Reverse().ToList();
        var both = text.LastIndexOf("ماسك", StringComparison.Ordinal);
        matches.Add(new MatchSpan(both, both + 4, 0));
        matches.Add(new MatchSpan(both + 5, both + 12, 1));

        var fragments = new SnippetBuilder().Build(text, matches);

        Assert.Equal(3, fragments.Count);
        Assert.Contains(fragments[0].Parts, p => p.IsMatch && p.Text == "وألتمان");
        Assert.Contains(fragments[0].Parts, p => p.IsMatch && p.Text == "ماسك");
        Assert.All(fragments, f => Assert.InRange(f.PlainText.Length, 10, 230));
    }

    [Fact]
    public void Whole_MarksMatchesAndKeepsTextAsWritten()
    {
        const string text = "قال إيلون\nماسك";
        var fragment = SnippetBuilder.Whole(text, [new MatchSpan(10, 14, 0)]);

        Assert.Equal(text, fragment.PlainText);
        Assert.Equal([new FragmentPart("قال إيلون\n", false), new FragmentPart("ماسك", true)], fragment.Parts);
    }

    private static List<MatchSpan> Matches(string text, params string[] needles) =>
        [.. needles.Select((n, key) => (Start: text.IndexOf(n, StringComparison.Ordinal), n, key)).Select(m => new MatchSpan(m.Start, m.Start + m.n.TrimEnd().Length, m.key))];
}
