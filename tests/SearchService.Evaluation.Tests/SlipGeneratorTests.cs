using SearchService.Evaluation.Spelling;

namespace SearchService.Evaluation.Tests;

/// <summary>The did-you-mean measurement's slips: the same every run, and each kind the slip it names.</summary>
public sealed class SlipGeneratorTests
{
    private const string Word = "الاستقلال";

    public static TheoryData<SlipKind> Kinds() => [.. Enum.GetValues<SlipKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void SameSeed_GivesTheSameSlip_AndSeedsVaryIt(SlipKind kind)
    {
        var slips = Enumerable.Range(0, 20).Select(seed => SlipGenerator.Make("الصحراء", "الكبرى", true, kind, seed)).ToList();
        var again = Enumerable.Range(0, 20).Select(seed => SlipGenerator.Make("الصحراء", "الكبرى", true, kind, seed)).ToList();

        Assert.Equal(slips, again);
        if (kind is SlipKind.Deletion or SlipKind.Insertion or SlipKind.Transposition or SlipKind.RandomLetter or SlipKind.SpaceInserted)
        {
            Assert.True(slips.Select(s => s!.Typed).Distinct().Count() > 1, "twenty seeds all made the same slip");
        }
    }

    [Fact]
    public void Deletion_RemovesOneLetter()
    {
        foreach (var slip in Slips(SlipKind.Deletion))
        {
            Assert.Equal(Word.Length - 1, slip.Typed.Length);
            Assert.Contains(Enumerable.Range(0, Word.Length), i => Word.Remove(i, 1) == slip.Typed);
        }
    }

    [Fact]
    public void Insertion_AddsOneLetterOfTheAlphabet()
    {
        foreach (var slip in Slips(SlipKind.Insertion))
        {
            Assert.Equal(Word.Length + 1, slip.Typed.Length);
            Assert.Contains(Enumerable.Range(0, slip.Typed.Length), i => slip.Typed.Remove(i, 1) == Word && SlipGenerator.Alphabet.Contains(slip.Typed[i], StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Transposition_SwapsTwoDifferentNeighbouringLetters()
    {
        foreach (var slip in Slips(SlipKind.Transposition))
        {
            var differ = Differences(Word, slip.Typed);
            Assert.Equal(2, differ.Count);
            Assert.Equal(differ[0] + 1, differ[1]);
            Assert.Equal(Word[differ[0]], slip.Typed[differ[1]]);
            Assert.Equal(Word[differ[1]], slip.Typed[differ[0]]);
        }
    }

    [Fact]
    public void NeighbouringKey_ReplacesOneLetterByAKeyBesideIt()
    {
        Assert.Equal(new HashSet<char> { 'ا', 'ن', 'ع', 'ه', 'ى', 'ة' }, SlipGenerator.Neighbours('ت').ToHashSet());
        foreach (var slip in Slips(SlipKind.NeighbouringKey))
        {
            var at = Assert.Single(Differences(Word, slip.Typed));
            Assert.Contains(slip.Typed[at], SlipGenerator.Neighbours(Word[at]));
        }
    }

    [Fact]
    public void RandomLetter_ReplacesOneLetter()
    {
        foreach (var slip in Slips(SlipKind.RandomLetter))
        {
            Assert.Single(Differences(Word, slip.Typed));
        }
    }

    [Theory]
    [InlineData(SlipKind.DadZah, "الاضطراب", "الاظطراب")]
    [InlineData(SlipKind.DadZah, "الظلام", "الضلام")]
    [InlineData(SlipKind.ThalZain, "الذهب", "الزهب")]
    [InlineData(SlipKind.SeenSad, "الصحن", "السحن")]
    [InlineData(SlipKind.TehTah, "الطب", "التب")]
    [InlineData(SlipKind.TehMarbutaHeh, "مدرسة", "مدرسه")]
    [InlineData(SlipKind.TehMarbutaHeh, "الله", "اللة")]
    [InlineData(SlipKind.AlefMaksuraYeh, "مستشفى", "مستشفي")]
    public void ConfusablePair_SwapsTheLetterForItsPartner(SlipKind kind, string word, string typed) =>
        Assert.Equal(new Slip(kind, word, typed), SlipGenerator.Make(word, null, true, kind, 1));

    [Fact]
    public void HamzaSeat_MovesTheHamzaToAnotherSeat()
    {
        var slip = SlipGenerator.Make("مسؤول", null, true, SlipKind.HamzaSeat, 1)!;

        Assert.Contains(slip.Typed, new[] { "مسئول", "مسءول" });
    }

    [Theory]
    [InlineData(SlipKind.DadZah, "كتاب")] // no ض or ظ
    [InlineData(SlipKind.TehMarbutaHeh, "كتاب")] // no ة or ه at the end
    [InlineData(SlipKind.AlefMaksuraYeh, "يوم")]
    [InlineData(SlipKind.HamzaSeat, "كتاب")]
    public void KindThatDoesNotApply_GivesNoSlip(SlipKind kind, string word) =>
        Assert.Null(SlipGenerator.Make(word, null, true, kind, 1));

    [Fact]
    public void SpaceDropped_JoinsTheWordWithTheNextOrThePrevious()
    {
        Assert.Equal(new Slip(SlipKind.SpaceDropped, "الله اكبر", "اللهاكبر"), SlipGenerator.Make("الله", "اكبر", true, SlipKind.SpaceDropped, 1));
        Assert.Equal(new Slip(SlipKind.SpaceDropped, "الله اكبر", "اللهاكبر"), SlipGenerator.Make("اكبر", "الله", false, SlipKind.SpaceDropped, 1));
        Assert.Null(SlipGenerator.Make("الله", null, true, SlipKind.SpaceDropped, 1));
    }

    [Fact]
    public void SpaceInserted_CutsTheWordInTwo()
    {
        foreach (var slip in Slips(SlipKind.SpaceInserted))
        {
            var parts = slip.Typed.Split(' ');
            Assert.Equal(2, parts.Length);
            Assert.All(parts, p => Assert.NotEmpty(p));
            Assert.Equal(Word, string.Concat(parts));
        }
    }

    [Fact]
    public void BenchmarkWords_AreDistinctLongArabicNonStopwords_InAFixedOrder()
    {
        string[] queries = ["ماسك يزور الفضاء", "\"البنك المركزي\"", "من هو جمال أحمد حمزة خاشقجي؟", "ماسك في الفضاء 2016"];

        var words = BenchmarkWords.Select(queries, 100, 7);

        Assert.Equal(words, BenchmarkWords.Select(queries, 100, 7));
        Assert.Equal(
            new[] { "ماسك", "يزور", "الفضاء", "البنك", "المركزي", "جمال", "أحمد", "حمزة", "خاشقجي" }.Order(),
            words.Select(w => w.Word).Order());
        Assert.Contains(new BenchmarkWord("البنك", "المركزي", true), words);
        Assert.Contains(new BenchmarkWord("الفضاء", "يزور", false), words);
        Assert.Contains(new BenchmarkWord("خاشقجي", "حمزة", false), words);
        Assert.Equal(3, BenchmarkWords.Select(queries, 3, 7).Count);
    }

    private static List<Slip> Slips(SlipKind kind) =>
        [.. Enumerable.Range(0, 30).Select(seed => SlipGenerator.Make(Word, null, true, kind, seed)!)];

    private static List<int> Differences(string a, string b) => [.. Enumerable.Range(0, a.Length).Where(i => a[i] != b[i])];
}
