using System.Text.Json;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Endpoints;

/// <summary><c>didYouMean</c> over the real HTTP API: null for a query the index knows, the corrected query and its
/// escaped HTML with the corrected word in &lt;strong&gt; for a misspelt one.</summary>
public sealed class DidYouMeanEndpointTests : IAsyncLifetime
{
    private ServiceHost host = null!;

    public async Task InitializeAsync() =>
        // A correction must be a word of at least three documents.
        host = await ServiceHost.StartReadyAsync(
            Enumerable.Range(1, 3).ToDictionary(i => $"disorder-{i}.txt", i => $"مقال {i}\n\nالاضطراب النفسي يعالج بالصبر والدواء."),
            "--Search:ReconcileIntervalSeconds", "3600");

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task MisspeltWord_GetsTheCorrectedQueryWithTheWordInStrong()
    {
        var results = await host.SearchAsync("وبالاظطراب <النفسي>");

        var didYouMean = results.GetProperty("didYouMean");
        Assert.Equal(["query", "html"], didYouMean.EnumerateObject().Select(p => p.Name));
        Assert.Equal("وبالاضطراب <النفسي>", didYouMean.GetProperty("query").GetString());
        Assert.Equal("<strong>وبالاضطراب</strong> &lt;النفسي&gt;", didYouMean.GetProperty("html").GetString());
    }

    [Theory]
    [InlineData("الاضطراب النفسي")] // both known
    [InlineData("\"الاظطراب النفسي\"")] // a phrase stays as typed
    public async Task QueryNeedingNoCorrection_HasNull(string query)
    {
        var results = await host.SearchAsync(query);

        Assert.Equal(JsonValueKind.Null, results.GetProperty("didYouMean").ValueKind);
    }
}
