using System.Text;
using SearchService.Core.Documents;

namespace SearchService.Core.Tests.Documents;

/// <summary>
/// Markup nested 100,000 deep, far beyond any real page. The parser keeps its tree at most 511 elements deep (as
/// browsers do) and files the rest as siblings, so the recursive text walk cannot overflow the stack (an overflow
/// cannot be caught: it would end the whole service). What decides the outcome is the parse time: nesting the
/// parser builds in linear time is read with every word; nesting it builds in quadratic time is refused by the
/// parse budget, with the reason that names it.
/// </summary>
public sealed class DeepHtmlTests : IDisposable
{
    private const int Depth = 100_000;
    private const long Limit = 16 * 1024 * 1024;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Read_SpansNestedAHundredThousandDeep_IsReadWithEveryWord()
    {
        _folder.Write("deep.html", Nested("span"));

        var result = await _folder.ReadAsync("deep.html", Limit);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("عميق", result.Document!.Title);
        Assert.Equal(string.Join(' ', Enumerable.Repeat("ك", Depth)), result.Document.Text);
    }

    // Each new <div> looks down the stack of open elements for a <p> to close, and each <b> through the list of
    // open formatting elements: 100,000 of them take tens of seconds, far beyond any budget.
    [Theory]
    [InlineData("div")]
    [InlineData("b")]
    public async Task Read_BlocksOrFormattingNestedAHundredThousandDeep_IsRefusedByTheParseBudget(string tag)
    {
        _folder.Write("deep.html", Nested(tag));
        var reader = new DocumentReader(TimeSpan.FromSeconds(1));

        var result = await reader.ReadAsync(_folder.Root, Path.Combine(_folder.Root, "deep.html"), Limit, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("HTML took longer than 1 s to parse", result.Error);
    }

    private static string Nested(string tag)
    {
        var html = new StringBuilder("<html><head><title>عميق</title></head><body>");
        for (var i = 0; i < Depth; i++)
        {
            html.Append('<').Append(tag).Append(">ك ");
        }

        return html.Append("</body></html>").ToString();
    }
}
