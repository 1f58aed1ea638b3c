using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Endpoints;

public sealed class DocumentAndStatusEndpointsTests(SearchCorpusFixture fixture) : IClassFixture<SearchCorpusFixture>
{
    private ServiceHost Host => fixture.Host;

    [Fact]
    public async Task GetDocument_ReturnsWholeTextAndMetadata()
    {
        var document = await Host.Client.GetFromJsonAsync<JsonElement>(new Uri("api/documents/folder/title-only.md", UriKind.Relative));

        Assert.Equal("folder/title-only.md", document.GetProperty("id").GetString());
        Assert.Equal("الصواريخ القابلة لإعادة الاستخدام", document.GetProperty("title").GetString());
        Assert.Contains("افتتاحية المقال", document.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, document.GetProperty("textHtml").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.GetProperty("titleHtml").ValueKind);
    }

    [Fact]
    public async Task GetDocument_WithQuery_MarksMatchesInWholeText()
    {
        var document = await Host.Client.GetFromJsonAsync<JsonElement>(new Uri("api/documents/script.txt?q=ماسك", UriKind.Relative));
        var html = document.GetProperty("textHtml").GetString()!;

        Assert.Contains("<mark>ماسك</mark>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Equal("تجربة", document.GetProperty("titleHtml").GetString());
    }

    [Fact]
    public async Task GetDocument_WithQuery_MarksMatchesInTitle()
    {
        var document = await Host.Client.GetFromJsonAsync<JsonElement>(new Uri("api/documents/folder/title-only.md?q=الصواريخ", UriKind.Relative));

        Assert.Equal("<mark>الصواريخ</mark> القابلة لإعادة الاستخدام", document.GetProperty("titleHtml").GetString());
    }

    [Theory]
    [InlineData("api/documents/missing.txt")]
    [InlineData("api/documents/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("api/documents/%2Fetc%2Fpasswd")]
    [InlineData("api/documents/folder%2F..%2Fai.txt")]
    public async Task GetDocument_WithUnknownId_Returns404ProblemAndNeverTouchesTheFileSystem(string uri)
    {
        using var response = await Host.Client.GetAsync(new Uri(uri, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_ReportsReadyWithCountsAndSize()
    {
        var status = await Host.StatusAsync();

        Assert.Equal("ready", status.GetProperty("state").GetString());
        Assert.Equal(SearchCorpusFixture.Files.Count, status.GetProperty("documents").GetInt32());
        Assert.True(status.GetProperty("indexSizeBytes").GetInt64() > 0);
        Assert.Equal(0, status.GetProperty("pending").GetInt32());
        Assert.Empty(status.GetProperty("failures").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("rebuildReason").ValueKind);

        // The first pass read every file of the fixture, and is finished.
        var progress = status.GetProperty("progress");
        Assert.Equal(SearchCorpusFixture.Files.Count, progress.GetProperty("total").GetInt32());
        Assert.Equal(SearchCorpusFixture.Files.Count, progress.GetProperty("processed").GetInt64());
        Assert.InRange(progress.GetProperty("started").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow);
        Assert.NotEqual(JsonValueKind.Null, status.GetProperty("lastChange").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, status.GetProperty("lastReconcile").ValueKind);
    }

    [Theory]
    [InlineData("healthz")]
    [InlineData("readyz")]
    public async Task HealthEndpoints_AnswerOk(string path)
    {
        using var response = await Host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
