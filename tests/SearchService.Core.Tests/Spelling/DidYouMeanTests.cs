using SearchService.Core.Search;
using SearchService.Core.Spelling;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Spelling;

/// <summary>"Did you mean" on a small real index: each kind of slip is corrected to the index's word, written the
/// way the reader typed it; words the index knows, phrases, exclusions and Latin names are left alone.</summary>
public sealed class DidYouMeanTests : IDisposable
{
    // Each sentence in five documents, so its words are common (a correction must be in at least three).
    private static readonly string[] Sentences =
    [
        "الاضطراب النفسي مرض يعالج",
        "المدرسة ثم الجامعة ثم المكتبة",
        "الذهب في الصحراء",
        "الطائرة هبطت في المطار",
        "مسؤول في الحكومة",
        "الله اكبر",
        "الكتان والكتاب",
        "مستشفى كبير",
    ];

    private readonly TempIndex index = new(
        Enumerable.Range(0, 5).SelectMany(copy => Sentences.Select((text, i) => ($"s{i}-{copy}", text)))
            .Append(("rare", "بالكتابين وحده")) // a rare word the index holds: the common كتاب with letters attached
            .ToDictionary(p => p.Item1, p => p.Item2));

    public void Dispose() => index.Dispose();

    private SpellingSuggestion? Suggest(string query) => index.Engine.Search(new SearchRequest(query)).DidYouMean;

    [Theory]
    [InlineData("المدسة", "المدرسة")] // a missing letter (the typed ة kept)
    [InlineData("المكتتبة", "المكتبة")] // an extra letter
    [InlineData("الجاعمة", "الجامعة")] // two letters swapped
    [InlineData("الاظطراب", "الاضطراب")] // ض/ظ
    [InlineData("الزهب", "الذهب")] // ذ/ز
    [InlineData("السحراء", "الصحراء")] // س/ص
    [InlineData("التائرة", "الطائرة")] // ت/ط
    [InlineData("مسئول", "مسؤول")] // hamza seat
    public void Slip_IsCorrectedToTheIndexWord(string typed, string meant) =>
        Assert.Equal(meant, Suggest(typed)?.Query);

    [Theory]
    [InlineData("المدرسه")] // ة written ه
    [InlineData("مستشفي")] // ى written ي
    [InlineData("المستشفى")] // ditto, with the article
    public void SlipThatAnalysisFolds_NeedsNoSuggestion(string typed)
    {
        Assert.NotEmpty(index.Ids(typed)); // it finds the word's documents already
        Assert.Null(Suggest(typed));
    }

    [Theory]
    [InlineData("وبالاظطراب", "وبالاضطراب")] // attached و ب ال kept; the index has only الاضطراب
    [InlineData("بالأظطراب", "بالأضطراب")] // and written as typed: the hamza on alef stays
    [InlineData("والمدسة", "والمدرسة")]
    public void AttachedLetters_SurviveTheCorrection(string typed, string meant) =>
        Assert.Equal(meant, Suggest(typed)?.Query);

    [Fact]
    public void DroppedSpace_IsSplitIntoTwoCommonWords() =>
        Assert.Equal("الله اكبر", Suggest("اللهاكبر")?.Query);

    [Theory]
    [InlineData("الجا معة", "الجامعة")] // both parts unknown
    [InlineData("ال جامعة", "الجامعة")] // the article standing alone
    public void InsertedSpace_IsJoined(string typed, string meant) =>
        Assert.Equal(meant, Suggest(typed)?.Query);

    [Theory]
    [InlineData("الكتان")] // known, though الكتاب is one letter away
    [InlineData("الكتاب المدرسة")]
    [InlineData("بالكتابين")] // rare, but the index holds it and it is a common word with letters attached
    [InlineData("\"الاظطراب النفسي\"")] // a phrase is meant as written
    [InlineData("الكتاب -الاظطراب")] // an excluded word
    [InlineData("الاظطراب*")] // a prefix search
    [InlineData("Musk")] // a Latin name
    [InlineData("البرتقال")] // unknown, but nothing common is close enough
    public void NoSuggestion(string query) => Assert.Null(Suggest(query));

    [Fact]
    public void Suggestion_KeepsTheRestOfTheQueryAndFlagsTheCorrectedWord()
    {
        var suggestion = Suggest("+الاظطراب النفسي؟");

        Assert.NotNull(suggestion);
        Assert.Equal("+الاضطراب النفسي؟", suggestion.Query);
        Assert.Equal([new SuggestionPart("+", false), new SuggestionPart("الاضطراب", true), new SuggestionPart(" النفسي؟", false)], suggestion.Parts);
    }
}
