using SearchService.Core.Documents;

namespace SearchService.Core.Tests.Documents;

public sealed class DocumentDateTests
{
    [Theory]
    [InlineData("2017-05-05T15:39:00+01:00", "2017-05-05T14:39:00Z")] // ant-v1.1
    [InlineData("2017-01-22T193400", "2017-01-22T19:34:00Z")] // ant-v1.1, compact time
    [InlineData("09/11/2016", "2016-11-09T00:00:00Z")] // ant-v1.1, day first
    [InlineData("Tue, 22 May 2018 22:01:51 +0400", "2018-05-22T18:01:51Z")] // ant-v2.1, RFC 2822
    [InlineData("Sun, 18 Feb 2018 21:35:43 GMT", "2018-02-18T21:35:43Z")] // RFC 1123
    [InlineData("2015-07-21 02:45:52", "2015-07-21T02:45:52Z")] // saudinewsnet
    [InlineData("2024-05-01T10:00:00Z", "2024-05-01T10:00:00Z")]
    [InlineData("2024-05-01T10:00:00.123+03:00", "2024-05-01T07:00:00.123Z")]
    [InlineData("2024-03-15", "2024-03-15T00:00:00Z")]
    [InlineData(" 2024/03/15 ", "2024-03-15T00:00:00Z")]
    [InlineData("1700000000", "2023-11-14T22:13:20Z")] // Unix seconds
    public void ReadsTheFormsFeedsWrite(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DocumentDate.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("أمس")]
    [InlineData("yesterday")]
    [InlineData("13/13/2016")]
    [InlineData("0001-01-01")]
    [InlineData("2024-02-30")]
    public void AnythingElse_IsNoDate(string? text)
    {
        Assert.Null(DocumentDate.Parse(text));
    }
}
