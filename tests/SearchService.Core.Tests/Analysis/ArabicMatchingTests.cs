using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Analysis;

/// <summary>Each analysis promise, probed through a real index: a document holding one form is found by another.</summary>
public sealed class ArabicMatchingTests : IClassFixture<ArabicMatchingTests.ProbeIndex>
{
    private readonly TempIndex index;

    public ArabicMatchingTests(ProbeIndex fixture) => index = fixture.Index;

    /// <summary>One document per probe: (id, text as written in the document).</summary>
    public static readonly Dictionary<string, string> Probes = new()
    {
        ["hamza"] = "أحمد وإبراهيم وآمال",
        ["bare-alef"] = "احمد وابراهيم",
        ["wasla"] = "ٱلرحمن",
        ["teh-marbuta"] = "مدرسة",
        ["heh"] = "مدرسه جميله",
        ["alef-maksura"] = "مستشفى",
        ["yeh"] = "مستشفي",
        ["persian"] = "کتابی",
        ["diacritics"] = "كَتَبَ الطّالِبُ الدَّرْسَ",
        ["quranic"] = "ٱلْحَمْدُ لِلَّهِ ۝ ٱلرَّحْمَٰنِ ۖ ٱلرَّحِيمِ",
        ["tatweel"] = "العـــربية",
        ["zero-width"] = "مر\u200Cحبا و\u200Fسلام و\u200Bنور",
        ["indic-digits"] = "عام ٢٠١٦",
        ["persian-digits"] = "سال ۲۰۱۷",
        ["ascii-digits"] = "year 2018",
        ["presentation"] = "\uFEE3\uFEAE\uFEA3\uFE92\uFE8E", // مرحبا in presentation forms
        ["lam-alef"] = "\uFEFB\uFEDF\uFEA8", // ﻻ + ﻟﺨ: "لالخ"
        ["prefixes"] = "والكتاب بالكتاب كتابها للكتاب فالكتاب",
        ["bare-kitab"] = "كتاب",
        ["altman"] = "سام ألتمان",
        ["tamma"] = "تم الاتفاق",
        ["latin"] = "SpaceX and OpenAI",
        ["attached-pronoun"] = "زار عاصمتها وحكومتهم",
    };

    public static TheoryData<string, string> Finds => new()
    {
        { "احمد", "hamza" }, { "أحمد", "bare-alef" }, { "إبراهيم", "bare-alef" }, { "امال", "hamza" },
        { "الرحمن", "wasla" }, { "مدرسه", "teh-marbuta" }, { "مدرسة", "heh" }, { "جميلة", "heh" },
        { "مستشفي", "alef-maksura" }, { "مستشفى", "yeh" }, { "كتابي", "persian" }, { "کتاب", "bare-kitab" },
        { "كتب", "diacritics" }, { "الطالب", "diacritics" }, { "الحمد", "quranic" }, { "الرحمن", "quranic" },
        { "لله", "quranic" }, { "الرحيم", "quranic" }, { "العربية", "tatweel" }, { "مرحبا", "zero-width" }, { "سلام", "zero-width" },
        { "2016", "indic-digits" }, { "۲۰۱۶", "indic-digits" }, { "2017", "persian-digits" }, { "٢٠١٧", "persian-digits" },
        { "٢٠١٨", "ascii-digits" }, { "مرحبا", "presentation" }, { "لالخ", "lam-alef" }, { "كتاب", "prefixes" },
        { "والكتاب", "bare-kitab" }, { "بالكتاب", "bare-kitab" }, { "كتابها", "bare-kitab" }, { "ألتمان", "altman" },
        { "التمان", "altman" }, { "spacex", "latin" }, { "OPENAI", "latin" },
        { "مَرْحَبًا", "presentation" }, { "كِتَابٌ", "bare-kitab" },
        { "العاصمة", "attached-pronoun" }, { "حكومة", "attached-pronoun" },
    };

    [Theory]
    [MemberData(nameof(Finds))]
    public void Query_FindsDocumentWrittenWithAnotherForm(string query, string expectedId) =>
        Assert.Contains(expectedId, index.Ids(query));

    [Fact]
    public void Name_DoesNotMatchShortStemCollision()
    {
        var ids = index.Ids("ألتمان");

        Assert.Contains("altman", ids);
        Assert.DoesNotContain("tamma", ids);
    }

    [Fact]
    public void ExactForm_RanksAboveStemOnlyMatch()
    {
        // "bare-kitab" holds كتاب exactly; "prefixes" only holds forms with attached prefixes/suffixes.
        var ids = index.Ids("كتاب");

        Assert.Equal("bare-kitab", ids[0]);
        Assert.Contains("prefixes", ids);
    }

    [Theory]
    [InlineData("من")]
    [InlineData("في على إلى")]
    [InlineData("،؛؟!.")]
    [InlineData("ـــ")]
    [InlineData("\u064E\u0650")]
    public void StopwordsOrPunctuationOnly_ReturnNothingWithoutError(string query) =>
        Assert.Empty(index.Ids(query));

    public sealed class ProbeIndex : IDisposable
    {
        public TempIndex Index { get; } = new(Probes);

        public void Dispose() => Index.Dispose();
    }
}
