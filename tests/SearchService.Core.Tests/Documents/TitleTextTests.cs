using SearchService.Core.Documents;

namespace SearchService.Core.Tests.Documents;

public sealed class TitleTextTests
{
    [Theory]
    [InlineData("مستقبل الطاقة في العالم العربي", false, true)]
    [InlineData("Breaking: markets rally", false, true)]
    [InlineData("جملة كاملة تنتهي بنقطة.", false, false)]
    [InlineData("قال الوزير:", false, false)]
    [InlineData("أولاً،", false, false)]
    [InlineData("ثم؛", false, false)]
    [InlineData("وهكذا…", false, false)]
    [InlineData("هل تنجح الخطة؟", true, true)]
    [InlineData("هل تنجح الخطة؟", false, false)]
    [InlineData("يا لها من مفاجأة!", true, true)]
    [InlineData("   ", true, false)]
    [InlineData("2024", true, false)]
    [InlineData("* * *", true, false)]
    public void LooksLikeTitle_Table(string line, bool blankLineFollows, bool expected) =>
        Assert.Equal(expected, TitleText.LooksLikeTitle(line, blankLineFollows));

    [Fact]
    public void LooksLikeTitle_MoreThanFifteenWords_IsFalse()
    {
        var line = string.Join(' ', Enumerable.Repeat("كلمة", 16));

        Assert.False(TitleText.LooksLikeTitle(line, true));
    }

    [Fact]
    public void LooksLikeTitle_LongerThan120Characters_IsFalse()
    {
        var line = string.Join(' ', Enumerable.Repeat(new string('ك', 30), 5));

        Assert.False(TitleText.LooksLikeTitle(line, true));
    }

    [Fact]
    public void FromFirstWords_ShortText_IsReturnedWholeWithoutEllipsis()
    {
        Assert.Equal("نص قصير جدا", TitleText.FromFirstWords("  نص\nقصير   جدا "));
    }

    [Theory]
    [InlineData("قال الوزير إن الخطة جاهزة. وأضاف أن التنفيذ يبدأ غدا في كل المدن", "قال الوزير إن الخطة جاهزة")]
    [InlineData("هل تنجح الخطة الجديدة في المدن؟ يسأل كثيرون عن ذلك اليوم", "هل تنجح الخطة الجديدة في المدن؟")]
    [InlineData("أعلنت الحكومة اليوم خطة جديدة، وقالت إنها تبدأ غدا في كل المدن والقرى", "أعلنت الحكومة اليوم خطة جديدة…")]
    [InlineData("أعلنت الحكومة اليوم خطة جديدة للاقتصاد والتعليم والصحة تقوم أساسا على ما يجمع الناس في المدن والقرى", "أعلنت الحكومة اليوم خطة جديدة للاقتصاد والتعليم والصحة تقوم أساسا…")]
    public void FromFirstWords_PrefersAShortFirstClause_AndNeverEndsOnAWordThatNeedsTheNext(string text, string title)
    {
        Assert.Equal(title, TitleText.FromFirstWords(text));
    }

    [Fact]
    public void Collapse_FoldsLineBreaksTabsAndNbsp()
    {
        Assert.Equal("أ ب ج", TitleText.Collapse(" أ\n\tب\u00A0 ج "));
    }
}
