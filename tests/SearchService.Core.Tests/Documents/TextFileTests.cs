using SearchService.Core.Documents;

namespace SearchService.Core.Tests.Documents;

public sealed class TextFileTests : IDisposable
{
    private const string ShippedArticle = "000_8af5831bf0bad0c9.txt";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Read_TxtWithShortFirstLine_UsesItAsTitleAndRestAsBody()
    {
        _folder.Write("a.txt", "\n  مستقبل الذكاء الاصطناعي  \r\n\r\nالفقرة الأولى.\r\nالفقرة الثانية.\r\n");

        var document = await _folder.ReadOkAsync("a.txt");

        Assert.Equal("مستقبل الذكاء الاصطناعي", document.Title);
        Assert.Equal("الفقرة الأولى.\r\nالفقرة الثانية.", document.Text);
    }

    [Fact]
    public async Task Read_TxtKeepsDiacriticsAndLineBreaksOfBody()
    {
        const string body = "العِلْمُ نورٌ\n\nوالجَهْلُ ظَلامٌ.";
        _folder.Write("a.txt", "عنوان\n" + body);

        var document = await _folder.ReadOkAsync("a.txt");

        Assert.Equal(body, document.Text);
    }

    [Fact]
    public async Task Read_ShippedArticleWithLongFirstParagraph_GetsTitleFromFirstWordsAndFullText()
    {
        var path = Path.Combine(RepositoryFiles.IndexData, ShippedArticle);
        var expectedText = (await File.ReadAllTextAsync(path)).Trim();

        var result = await new DocumentReader().ReadAsync(
            RepositoryFiles.IndexData, path, TempFolder.DefaultLimit, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        var document = result.Document!;
        Assert.Equal(ShippedArticle, document.Id);
        Assert.Equal("أعاد تداول مقطع قديم من عام 2016 تسليط الضوء على مرحلة مبكرة…", document.Title);
        Assert.Equal(expectedText, document.Text);
        Assert.Equal(new FileInfo(path).Length, document.Length);
    }

    [Theory]
    [InlineData("هذه جملة طويلة تنتهي بنقطة.")]
    [InlineData("قال المتحدث:")]
    [InlineData("في البداية،")]
    public async Task Read_TxtFirstLineEndingLikeASentence_IsNotATitle(string firstLine)
    {
        var content = firstLine + "\nبقية النص هنا";
        _folder.Write("a.txt", content);

        var document = await _folder.ReadOkAsync("a.txt");

        Assert.Equal(content, document.Text);
        Assert.NotEqual(firstLine, document.Title);
    }

    [Fact]
    public async Task Read_TxtQuestionHeadlineFollowedByBlankLine_IsATitle()
    {
        _folder.Write("a.txt", "هل ينجح الذكاء الاصطناعي في فهم العربية؟\n\nنعم، بشروط.");

        var document = await _folder.ReadOkAsync("a.txt");

        Assert.Equal("هل ينجح الذكاء الاصطناعي في فهم العربية؟", document.Title);
        Assert.Equal("نعم، بشروط.", document.Text);
    }

    [Fact]
    public async Task Read_TxtWithSingleShortLine_KeepsItAsTextAndTitle()
    {
        _folder.Write("a.txt", "كلمة واحدة فقط");

        var document = await _folder.ReadOkAsync("a.txt");

        Assert.Equal("كلمة واحدة فقط", document.Title);
        Assert.Equal("كلمة واحدة فقط", document.Text);
    }

    [Fact]
    public void FromFirstWords_CutsAtTenWordsAndDropsTrailingComma()
    {
        var text = "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة، أحد عشر";

        Assert.Equal("واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة…", TitleText.FromFirstWords(text));
    }
}
