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

    [Fact]
    public void Collapse_FoldsLineBreaksTabsAndNbsp()
    {
        Assert.Equal("أ ب ج", TitleText.Collapse(" أ\n\tب\u00A0 ج "));
    }
}
