namespace SearchService.Core.Tests.Documents;

public sealed class MarkdownFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Read_MarkdownWithFrontMatterAndTagList_TakesMetadataFromYaml()
    {
        _folder.Write("a.md", """
            ---
            title: "الطاقة المتجددة في الخليج"
            date: 2024-03-15
            source: الجزيرة
            url: https://example.com/energy
            tags:
              - طاقة
              - بيئة
            ---
            # عنوان ثانوي

            تتوسع **مشاريع** الطاقة الشمسية.
            """);

        var document = await _folder.ReadOkAsync("a.md");

        Assert.Equal("الطاقة المتجددة في الخليج", document.Title);
        Assert.Equal("2024-03-15", document.Date);
        Assert.Equal("الجزيرة", document.Source);
        Assert.Equal("https://example.com/energy", document.Url);
        Assert.Equal(["طاقة", "بيئة"], document.Tags);
        Assert.Equal("عنوان ثانوي\n\nتتوسع مشاريع الطاقة الشمسية.", document.Text);
    }

    [Fact]
    public async Task Read_MarkdownWithCommaSeparatedTagString_SplitsTags()
    {
        _folder.Write("a.md", "---\ntitle: عنوان\ntags: اقتصاد, سياسة ،  رياضة\n---\nنص المقال");

        var document = await _folder.ReadOkAsync("a.md");

        Assert.Equal(["اقتصاد", "سياسة", "رياضة"], document.Tags);
        Assert.Equal("نص المقال", document.Text);
    }

    [Fact]
    public async Task Read_MarkdownWithOnlyHeading_UsesHeadingAsTitleAndStripsMarkup()
    {
        _folder.Write("a.markdown", """
            # تاريخ *الخط* العربي

            يعدّ [الخط العربي](https://example.com/khat) من أجمل _الفنون_.
            ![صورة](img.png)

            - الكوفي
            - النسخ

            ```
            code_sample = 1
            ```
            """);

        var document = await _folder.ReadOkAsync("a.markdown");

        Assert.Equal("تاريخ الخط العربي", document.Title);
        Assert.Equal(
            "يعدّ الخط العربي من أجمل الفنون.\n\nالكوفي\nالنسخ\n\ncode_sample = 1",
            document.Text);
        Assert.Empty(document.Tags);
        Assert.Null(document.Date);
    }

    [Fact]
    public async Task Read_MarkdownWithoutAnyTitle_FallsBackToFirstWords()
    {
        _folder.Write("a.md", "نص قصير بلا عنوان");

        var document = await _folder.ReadOkAsync("a.md");

        Assert.Equal("نص قصير بلا عنوان", document.Title);
        Assert.Equal("نص قصير بلا عنوان", document.Text);
    }

    [Fact]
    public async Task Read_MarkdownWithBrokenFrontMatter_FailsWithYamlReason()
    {
        _folder.Write("a.md", "---\ntitle: [غير مغلق\ntags: - a\n---\nالنص");

        var result = await _folder.ReadAsync("a.md");

        Assert.False(result.Succeeded);
        Assert.StartsWith("invalid YAML front matter", result.Error);
    }

    [Fact]
    public async Task Read_MarkdownWithUnclosedFrontMatter_Fails()
    {
        _folder.Write("a.md", "---\ntitle: عنوان\n\nالنص بلا إغلاق");

        var result = await _folder.ReadAsync("a.md");

        Assert.False(result.Succeeded);
        Assert.Equal("front matter starts with '---' but is never closed", result.Error);
    }

    [Fact]
    public async Task Read_MarkdownFrontMatterThatIsAList_Fails()
    {
        _folder.Write("a.md", "---\n- a\n- b\n---\nالنص");

        var result = await _folder.ReadAsync("a.md");

        Assert.False(result.Succeeded);
        Assert.Equal("front matter must be a YAML mapping of keys to values", result.Error);
    }

    [Theory]
    [InlineData("[", "]", 100_000)]
    [InlineData("- ", "", 100_000)]
    [InlineData("{a: ", "}", 65)]
    public async Task Read_MarkdownWithDeeplyNestedFrontMatter_FailsInsteadOfOverflowingTheStack(
        string open, string close, int depth)
    {
        var yaml = string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth));
        _folder.Write("a.md", "---\ntags:\n  " + yaml + "\n---\nالنص");

        var result = await _folder.ReadAsync("a.md");

        Assert.False(result.Succeeded);
        Assert.Equal("front matter is nested too deeply", result.Error);
    }

    [Fact]
    public async Task Read_MarkdownWithModestlyNestedFrontMatter_IsNotRefused()
    {
        _folder.Write("a.md", "---\ntitle: عنوان\nextra: {a: [1, {b: [2]}]}\nlist:\n  - - x\n---\nالنص");

        var document = await _folder.ReadOkAsync("a.md");

        Assert.Equal("عنوان", document.Title);
    }
}
