namespace SearchService.Core.Tests.Documents;

public sealed class JsonFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Read_ValidJsonObject_MapsAllFields()
    {
        _folder.Write("a.json", """
            {
              "title": "كأس العالم",
              "text": "انطلقت البطولة.\nوفاز الفريق.",
              "date": "2022-11-20",
              "url": "https://example.com/wc",
              "source": "وكالة",
              "tags": ["رياضة", "كرة القدم"]
            }
            """);

        var document = await _folder.ReadOkAsync("a.json");

        Assert.Equal("كأس العالم", document.Title);
        Assert.Equal("انطلقت البطولة.\nوفاز الفريق.", document.Text);
        Assert.Equal("2022-11-20", document.Date);
        Assert.Equal("https://example.com/wc", document.Url);
        Assert.Equal("وكالة", document.Source);
        Assert.Equal(["رياضة", "كرة القدم"], document.Tags);
    }

    [Theory]
    [InlineData("published", "\"Tue, 22 May 2018 22:01:51 +0400\"")]
    [InlineData("publishedAt", "\"2018-05-22T18:01:51Z\"")]
    [InlineData("publishedAt", "1527012111")]
    public async Task Read_TheDateUnderTheNamesFeedsUse(string name, string value)
    {
        _folder.Write("a.json", $$"""{ "text": "نص", "{{name}}": {{value}} }""");

        var document = await _folder.ReadOkAsync("a.json");

        Assert.Equal(DateTimeOffset.Parse("2018-05-22T18:01:51Z", System.Globalization.CultureInfo.InvariantCulture), SearchService.Core.Documents.DocumentDate.Parse(document.Date));
    }

    [Fact]
    public async Task Read_TheCategory_IsATag_First()
    {
        _folder.Write("a.json", """{ "text": "نص", "category": "culture", "tags": ["مسرح", "culture"] }""");

        var document = await _folder.ReadOkAsync("a.json");

        Assert.Equal(["culture", "مسرح"], document.Tags);
    }

    [Fact]
    public async Task Read_JsonWithBodyAndTagStringButNoTitle_UsesFirstWords()
    {
        _folder.Write("a.json", """{ "body": "نص المقال القصير", "tags": "أ, ب" }""");

        var document = await _folder.ReadOkAsync("a.json");

        Assert.Equal("نص المقال القصير", document.Title);
        Assert.Equal("نص المقال القصير", document.Text);
        Assert.Equal(["أ", "ب"], document.Tags);
    }

    [Theory]
    [InlineData("""[{ "text": "نص" }]""", "JSON document must be an object, not an array")]
    [InlineData("""{ "text": 42 }""", "\"text\" must be a string, not a number")]
    [InlineData("""{ "text": "نص", "title": ["a"] }""", "\"title\" must be a string, not an array")]
    [InlineData("""{ "text": "نص", "tags": [1, 2] }""", "\"tags\" must be an array of strings or a comma-separated string")]
    [InlineData("""{ "title": "عنوان فقط" }""", "JSON object has no \"text\" or \"body\" string")]
    [InlineData("\"just a string\"", "JSON document must be an object, not a string")]
    public async Task Read_JsonWithWrongShape_FailsWithReason(string json, string expectedError)
    {
        _folder.Write("a.json", json);

        var result = await _folder.ReadAsync("a.json");

        Assert.False(result.Succeeded);
        Assert.Equal(expectedError, result.Error);
    }

    [Fact]
    public async Task Read_MalformedJson_FailsWithoutThrowing()
    {
        _folder.Write("a.json", """{ "text": "غير مكتمل" """);

        var result = await _folder.ReadAsync("a.json");

        Assert.False(result.Succeeded);
        Assert.StartsWith("invalid JSON", result.Error);
    }
}
