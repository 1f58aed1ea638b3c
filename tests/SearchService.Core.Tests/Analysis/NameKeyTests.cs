using SearchService.Core.Analysis;

namespace SearchService.Core.Tests.Analysis;

/// <summary>One key for a foreign name in either script; vowels written in Arabic must be sounded in the Latin.</summary>
public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Trump", "ترامب")]
    [InlineData("Trump", "ترمب")]
    [InlineData("Google", "غوغل")]
    [InlineData("Google", "جوجل")]
    [InlineData("Google", "قوقل")]
    [InlineData("Musk", "ماسك")]
    [InlineData("Altman", "ألتمان")]
    [InlineData("Elon", "إيلون")]
    [InlineData("Facebook", "فيسبوك")]
    [InlineData("Twitter", "تويتر")]
    [InlineData("Microsoft", "مايكروسوفت")]
    [InlineData("Netflix", "نتفليكس")]
    [InlineData("Zuckerberg", "زوكربيرغ")]
    public void LatinName_FitsItsArabicSpelling(string latin, string arabic)
    {
        var folded = ArabicSearchAnalyzer.Fold(arabic);

        Assert.Equal(NameKey.OfLatin(latin), NameKey.OfArabic(folded));
        Assert.True(NameKey.Fits(latin, folded));
    }

    [Theory]
    [InlineData("Musk", "موسكو")]   // a final vowel the name does not have
    [InlineData("Tesla", "تواصل")]  // و where the name sounds e
    [InlineData("Google", "ككل")]   // three consonants and no vowel letter: a native word
    [InlineData("Altman", "الثامنه")] // ا where the name has no vowel
    [InlineData("Twitter", "تؤثر")] // a hamza seat
    public void LatinName_DoesNotFitNativeWordsWithTheSameConsonants(string latin, string arabic) =>
        Assert.False(NameKey.Fits(latin, ArabicSearchAnalyzer.Fold(arabic)));

    [Theory]
    [InlineData("ترامب", "TRMB")]
    [InlineData("غوغل", "GGL")]
    [InlineData("التمان", "ALTMN")]
    [InlineData("Trump", "TRMB")]
    [InlineData("Google", "GGL")]
    [InlineData("SpaceX", "SBSGS")]
    public void Key_KeepsOneClassPerConsonantSound(string word, string key) =>
        Assert.Equal(key, NameKey.OfArabic(word) ?? NameKey.OfLatin(word));

    [Theory]
    [InlineData("Trump2")]
    [InlineData("ترامب")]
    public void LatinKey_IsNullForAnythingButLatinLetters(string word) =>
        Assert.Null(NameKey.OfLatin(word));

    [Theory]
    [InlineData("ترامب", "ترمب")]       // a long vowel written or not
    [InlineData("جوجل", "غوغل")]        // another letter for the same foreign sound
    [InlineData("غوغل", "قوقل")]
    [InlineData("فيسبوك", "فايسبوك")]   // ا beside the vowel the other writes
    [InlineData("انستغرام", "انستجرام")]
    public void Alike_JoinsSpellingsOfOneName(string a, string b)
    {
        Assert.True(NameKey.Alike(a, b));
        Assert.True(NameKey.Alike(b, a));
    }

    [Theory]
    [InlineData("باريس", "بوريس")]     // another vowel: Paris is not Boris
    [InlineData("ميركل", "ماركل")]     // Merkel is not Markle
    [InlineData("تركيا", "طارق")]      // a final vowel on one side only
    [InlineData("كتب", "كاتب")]        // three consonants, one with no vowel letter: a native pattern
    [InlineData("ترمب", "تراميب")]     // two places differ
    [InlineData("سائل", "سايل")]       // a hamza seat
    [InlineData("جسور", "قصور")]       // two sounds written differently: two native words
    [InlineData("طلقه", "ثلاجه")]
    public void Alike_KeepsOtherWordsApart(string a, string b) =>
        Assert.False(NameKey.Alike(a, b));
}
