using Microsoft.Extensions.Options;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Hosting;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("--Search:DocumentsPath", "/definitely/not/here", "Search:DocumentsPath")]
    [InlineData("--Search:DebounceMilliseconds", "-5", "DebounceMilliseconds")]
    [InlineData("--Search:ReconcileIntervalSeconds", "0", "ReconcileIntervalSeconds")]
    [InlineData("--Search:Limits:MaxFileBytes", "0", "MaxFileBytes")]
    [InlineData("--Search:Limits:MaxQueryLength", "0", "MaxQueryLength")]
    [InlineData("--Search:Limits:MaxPageSize", "0", "MaxPageSize")]
    [InlineData("--Search:Limits:MaxResultWindow", "0", "MaxResultWindow")]
    [InlineData("--Search:Limits:QueryTimeoutMilliseconds", "5", "QueryTimeoutMilliseconds")]
    [InlineData("--Search:Limits:MaxPrefixTerms", "5000", "MaxPrefixTerms")]
    [InlineData("--Search:Ranking:Root", "-1", "Root")]
    [InlineData("--Search:Ranking:B", "2", "B")]
    [InlineData("--Search:Ranking:ProximityDepth", "0", "ProximityDepth")]
    [InlineData("--Search:IndexPath", " ", "IndexPath")]
    [InlineData("--Search:IndexPath", "/", "Search:IndexPath")]
    [InlineData("--Search:Log:SlowSearchMilliseconds", "-1", "SlowSearchMilliseconds")]
    [InlineData("--RateLimit:RequestsPerSecond", "-1", "RequestsPerSecond")]
    [InlineData("--RateLimit:Burst", "0", "Burst")]
    [InlineData("--Search:AdminApiKey", "short", "Search:AdminApiKey")]
    [InlineData("--Shutdown:DrainSeconds", "-1", "DrainSeconds")]
    [InlineData("--Shutdown:FinishSeconds", "0", "FinishSeconds")]
    public async Task Start_WithInvalidSetting_FailsNamingTheSetting(string key, string value, string named)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => ServiceHost.StartAsync(null, key, value));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Search:DebounceMilliseconds", "soon", "Search:DebounceMilliseconds")]
    [InlineData("--Search:Ranking:Names", "maybe", "Search:Ranking:Names")]
    [InlineData("--RateLimit:Burst", "1e3", "RateLimit:Burst")]
    public async Task Start_WithAValueOfTheWrongType_FailsNamingTheSetting(string key, string value, string named)
    {
        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => ServiceHost.StartAsync(null, key, value));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithTheIndexInTheUsersHome_Fails()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => ServiceHost.StartAsync(null, "--Search:IndexPath", home));

        Assert.Contains("Search:IndexPath", error.Message, StringComparison.Ordinal);
        Assert.Contains("home", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docs/index", "inside the documents folder")]
    [InlineData("docs", "is the documents folder")]
    [InlineData(".", "contains the documents folder")]
    public async Task Start_WithTheIndexInsideOrAroundTheDocuments_FailsAndTouchesNothing(string index, string said)
    {
        var root = Path.Combine(Path.GetTempPath(), "searchservice-tests", Guid.NewGuid().ToString("N"));
        var documents = Path.Combine(root, "docs");
        Directory.CreateDirectory(documents);
        File.WriteAllText(Path.Combine(documents, "article.txt"), "مقالة");
        File.WriteAllText(Path.Combine(root, "notes.txt"), "ملاحظات");
        try
        {
            var error = await Assert.ThrowsAsync<OptionsValidationException>(() => ServiceHost.StartAsync(
                null, "--Search:DocumentsPath", documents, "--Search:IndexPath", Path.Combine(root, index)));

            Assert.Contains("Search:IndexPath", error.Message, StringComparison.Ordinal);
            Assert.Contains(said, error.Message, StringComparison.Ordinal);
            Assert.Equal(["article.txt"], Directory.EnumerateFileSystemEntries(documents).Select(Path.GetFileName));
            Assert.True(File.Exists(Path.Combine(root, "notes.txt")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
