using Microsoft.Extensions.Options;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Hosting;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("--Search:DocumentsPath", "/definitely/not/here", "Search:DocumentsPath")]
    [InlineData("--Search:DebounceMilliseconds", "-5", "DebounceMilliseconds")]
    [InlineData("--Search:ReconcileIntervalSeconds", "0", "ReconcileIntervalSeconds")]
    [InlineData("--Search:MaxFileBytes", "0", "MaxFileBytes")]
    [InlineData("--Search:IndexPath", " ", "IndexPath")]
    public async Task Start_WithInvalidSetting_FailsNamingTheSetting(string key, string value, string named)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => ServiceHost.StartAsync(null, key, value));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
