using SearchService.Core.Documents;

namespace SearchService.Core.Tests.Documents;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("## قسم ##", "قسم")]
    [InlineData("نص **غامق** و*مائل* و__عريض__ و _مائل_", "نص غامق ومائل وعريض و مائل")]
    [InlineData("اقرأ [المقال](https://example.com/a \"t\") الآن", "اقرأ المقال الآن")]
    [InlineData("اقرأ [المرجع][1] هنا", "اقرأ المرجع هنا")]
    [InlineData("قبل ![بديل](a.png) بعد", "قبل  بعد")]
    [InlineData("رابط <https://example.com/x>", "رابط https://example.com/x")]
    [InlineData("الأمر `ls -la` يعرض", "الأمر ls -la يعرض")]
    [InlineData("~~محذوف~~ باق", "محذوف باق")]
    [InlineData("> اقتباس", "اقتباس")]
    [InlineData("  * عنصر", "عنصر")]
    [InlineData("1. أولا", "1. أولا")]
    [InlineData("variable_name_here", "variable_name_here")]
    [InlineData("5 * 3 * 2", "5 * 3 * 2")]
    public void Clean_InlineMarkup_KeepsOnlyTheWords(string markdown, string expected) =>
        Assert.Equal(expected, MarkdownText.Clean(markdown).Text);

    [Fact]
    public void Clean_DropsRulesReferenceDefinitionsAndImageOnlyLines()
    {
        var (text, heading, _) = MarkdownText.Clean("أ\n---\n[1]: https://example.com\n![x](y.png)\nب");

        Assert.Equal("أ\nب", text);
        Assert.Null(heading);
    }

    [Fact]
    public void Clean_PrefersLevelOneHeadingEvenWhenItComesLater()
    {
        var (_, heading, line) = MarkdownText.Clean("## فرعي\nنص\n# رئيسي\nنص");

        Assert.Equal("رئيسي", heading);
        Assert.Equal(2, line);
    }

    [Fact]
    public void Clean_FencedCode_KeepsContentVerbatim()
    {
        var (text, _, _) = MarkdownText.Clean("```csharp\nvar *x* = [a](b);\n```");

        Assert.Equal("var *x* = [a](b);", text);
    }

    [Theory]
    [InlineData("# ", " ", "x")]
    [InlineData("", "**a ", "")]
    [InlineData("", "_a ", "")]
    [InlineData("", "*a ", "")]
    [InlineData("", "~~a ", "")]
    [InlineData("", "[a](", "")]
    [InlineData("", "[", "")]
    [InlineData("", "![", "")]
    [InlineData("a ", "`", "")]
    [InlineData("[", "a", "")]
    public void Clean_PathologicalLongLine_FinishesQuickly(string prefix, string repeated, string suffix)
    {
        // About 1 MB on one line: quadratic backtracking would take minutes, bounded patterns take milliseconds.
        var line = prefix + string.Concat(Enumerable.Repeat(repeated, 1_000_000 / repeated.Length)) + suffix;
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var (text, _, _) = MarkdownText.Clean(line);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.NotEmpty(text);
    }
}
