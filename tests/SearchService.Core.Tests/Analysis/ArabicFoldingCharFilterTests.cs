using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using SearchService.Core.Analysis;
using SearchService.Core.Tests.Documents;

namespace SearchService.Core.Tests.Analysis;

/// <summary>
/// The table-driven folding filter must be a drop-in for Lucene's <see cref="MappingCharFilter"/> over the same
/// table: the same characters out, and the same offset corrections, so tokens and snippet offsets are unchanged.
/// </summary>
public sealed class ArabicFoldingCharFilterTests
{
    private static readonly NormalizeCharMap LuceneMap = BuildLuceneMap();

    public static TheoryData<string> Texts => new()
    {
        string.Empty,
        "كتاب",
        "كَتَبَ الطّالِبُ الدَّرْسَ",                      // marks removed: offsets shift back
        "العـــربية عام ٢٠١٦ و۲۰۱۷",                      // tatweel, both kinds of Indic digits
        "\uFDF2 \uFDFA \uFEFB\uFEDF\uFEA8",                // ligatures that expand, one to several words
        "مر\u200Cحبا و\u200Fسلام\uFEFF",                   // zero-width and bidi marks
        "SpaceX 🚀 and OpenAI",                            // a surrogate pair passes through
        File.ReadAllText(Path.Combine(RepositoryFiles.IndexData, "000_8af5831bf0bad0c9.txt")),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Filter_GivesTheSameTextAndOffsetsAsMappingCharFilter(string text) => AssertSameAsLucene(text);

    [Fact]
    public void Filter_OnRandomMixesOfEveryFoldedCharacter_GivesTheSameTextAndOffsetsAsMappingCharFilter()
    {
        var folded = ArabicCharacterMap.Folds.Keys.ToArray();
        const string plain = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءئؤ abcXYZ019 .،؟\n";
        var random = new Random(20261202);
        for (var round = 0; round < 300; round++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 3_000); // past the filter's 1,024-character read buffer
            for (var i = 0; i < length; i++)
            {
                text.Append(random.Next(3) == 0 ? folded[random.Next(folded.Length)] : plain[random.Next(plain.Length)]);
            }

            AssertSameAsLucene(text.ToString());
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void Filter_ReadInSmallPieces_GivesTheSameText(int piece)
    {
        const string text = "\uFDFA كَتَبَ ٢٠١٦";
        using var filter = new ArabicFoldingCharFilter(new StringReader(text));
        var output = new StringBuilder();
        var buffer = new char[piece];
        int read;
        while ((read = filter.Read(buffer, 0, piece)) > 0)
        {
            output.Append(buffer, 0, read);
        }

        Assert.Equal(Drain(new MappingCharFilter(LuceneMap, new StringReader(text))).Text, output.ToString());
    }

    private static void AssertSameAsLucene(string text)
    {
        var expected = Drain(new MappingCharFilter(LuceneMap, new StringReader(text)));
        var actual = Drain(new ArabicFoldingCharFilter(new StringReader(text)));

        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Offsets, actual.Offsets);
    }

    // The output, and the input offset each output offset maps back to (what token offsets are built from).
    private static (string Text, int[] Offsets) Drain(CharFilter filter)
    {
        using (filter)
        {
            var output = new StringBuilder();
            var buffer = new char[4096];
            int read;
            while ((read = filter.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Append(buffer, 0, read);
            }

            var offsets = Enumerable.Range(0, output.Length + 1).Select(filter.CorrectOffset).ToArray();
            return (output.ToString(), offsets);
        }
    }

    private static NormalizeCharMap BuildLuceneMap()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var (from, to) in ArabicCharacterMap.Folds)
        {
            builder.Add(from.ToString(), to);
        }

        return builder.Build();
    }
}
