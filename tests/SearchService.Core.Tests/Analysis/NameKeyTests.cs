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
    [InlineData("Chelsea", "تشيلسي")]     // ch as تش
    [InlineData("Munich", "ميونخ")]       // ch as خ
    [InlineData("Porsche", "بورش")]       // sch as ش
    [InlineData("Wenger", "فينغر")]       // w as ف
    [InlineData("Juventus", "يوفنتوس")]   // j as ي
    [InlineData("Sanders", "ساندرز")]     // a last s as ز
    [InlineData("Johnson", "جونسون")]     // an unsounded h
    [InlineData("Washington", "واشنطن")]  // ng before a consonant as ن
    [InlineData("Mourinho", "مورينيو")]   // nh as ني
    [InlineData("Barcelona", "برشلونة")]  // a soft c as ش
    [InlineData("YouTube", "يوتيوب")]     // يو for the "yu" of u
    [InlineData("Messi", "ميسي")]         // two sounds, every vowel written
    [InlineData("NASA", "ناسا")]
    public void LatinName_FitsSpellingsItsLettersHide(string latin, string arabic)
    {
        var folded = ArabicSearchAnalyzer.Fold(arabic);

        Assert.Contains(NameKey.OfArabic(folded), NameKey.OfLatinAll(latin));
        Assert.True(NameKey.Fits(latin, folded));
    }

    [Theory]
    [InlineData("Musk", "موسكو")]   // a final vowel the name does not have
    [InlineData("Boeing", "بيونغ")]  // ي and و against the name's o-e-i order
    [InlineData("Messi", "مس")]     // two sounds with no vowel written
    [InlineData("Nike", "ناجي")]    // two sounds: ا only for a
    [InlineData("Modi", "مادة")]
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
    [InlineData("بنزيمه", "بنزيما")]      // a final a written either way
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
