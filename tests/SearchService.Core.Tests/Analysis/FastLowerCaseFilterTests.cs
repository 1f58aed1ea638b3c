using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using SearchService.Core.Analysis;

namespace SearchService.Core.Tests.Analysis;

/// <summary>The fast lower-casing must give exactly what Lucene's <see cref="LowerCaseFilter"/> gives, for every script.</summary>
public sealed class FastLowerCaseFilterTests
{
    [Theory]
    [InlineData("SpaceX OpenAI ماسك")]
    [InlineData("ÉCOLE Straße İstanbul ΣΟΦΙΑ Москва")] // Latin-1, dotted I, Greek sigma, Cyrillic
    [InlineData("𐐀𐐁 ＡＢＣ ǅ")] // a supplementary-plane capital, full-width and title-case letters
    [InlineData("ﻻ ٢٠١٦ Ab١٢")]
    public void Filter_GivesTheSameTermsAsLucenesLowerCaseFilter(string text) =>
        Assert.Equal(Terms(text, LuceneLower), Terms(text, FastLower));

    [Fact]
    public void Filter_OnRandomMixesOfScripts_GivesTheSameTermsAsLucenesLowerCaseFilter()
    {
        const string alphabet = "ABCxyzÀÉßİıΣσςДжابتةىي٠١ＡＺǅ";
        var random = new Random(1202);
        for (var round = 0; round < 500; round++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(1, 60); i > 0; i--)
            {
                text.Append(random.Next(6) == 0 ? ' ' : alphabet[random.Next(alphabet.Length)]);
            }

            Assert.Equal(Terms(text.ToString(), LuceneLower), Terms(text.ToString(), FastLower));
        }
    }

    private static TokenStream LuceneLower(TokenStream input) => new LowerCaseFilter(LuceneVersion.LUCENE_48, input);

    private static TokenStream FastLower(TokenStream input) => new FastLowerCaseFilter(input);

    private static List<string> Terms(string text, Func<TokenStream, TokenStream> lower)
    {
        using var stream = lower(new WhitespaceTokenizer(LuceneVersion.LUCENE_48, new StringReader(text)));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var terms = new List<string>();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
