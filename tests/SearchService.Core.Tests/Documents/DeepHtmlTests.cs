using System.Text;

namespace SearchService.Core.Tests.Documents;

/// <summary>Markup nested far deeper than any real page must be read or refused, never overflow the stack
/// (a stack overflow cannot be caught: it would end the whole service).</summary>
public sealed class DeepHtmlTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("div")]
    [InlineData("span")]
    [InlineData("b")]
    public async Task Read_HtmlNestedAHundredThousandDeep_IsReadOrRefused_WithoutCrashing(string tag)
    {
        var html = new StringBuilder("<html><head><title>عميق</title></head><body>");
        for (var i = 0; i < 100_000; i++)
        {
            html.Append('<').Append(tag).Append(">ك ");
        }

        html.Append("</body></html>");
        _folder.Write("deep.html", html.ToString());

        var result = await _folder.ReadAsync("deep.html", maxBytes: 16 * 1024 * 1024);

        Assert.True(result.Succeeded || !string.IsNullOrEmpty(result.Error));
        if (result.Succeeded)
        {
            Assert.Contains("ك", result.Document!.Text, StringComparison.Ordinal);
        }
    }
}
