using System.Text.Json;
using Microsoft.Extensions.Configuration;
using SearchService.Api.Hosting;
using SearchService.Core.Querying;
using SearchService.Core.Search;
using SearchService.Worker;

namespace SearchService.Api.Tests.Hosting;

/// <summary>The shipped appsettings.json spells out every default, and they are the defaults the code has: an
/// operator reading the file (or the README table) sees what the service does when nothing is set.</summary>
public sealed class AppSettingsTests
{
    private readonly IConfiguration shipped = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false)
        .Build();

    [Fact]
    public void EverySection_HoldsTheCodesDefaults()
    {
        AssertSame(new IndexingOptions(), IndexingOptions.Section);
        AssertSame(new SearchLimits(), SearchLimits.Section);
        AssertSame(new QueryWeights(), QueryWeights.Section);
        AssertSame(new RateLimitOptions(), RateLimitOptions.Section);
        AssertSame(new SearchLogOptions(), SearchLogOptions.Section);
        AssertSame(new MetricsOptions(), MetricsOptions.Section);
        AssertSame(new ShutdownOptions(), ShutdownOptions.Section);
    }

    [Fact]
    public void EverySetting_OfEachSection_IsWrittenOut()
    {
        AssertComplete<IndexingOptions>(IndexingOptions.Section);
        AssertComplete<SearchLimits>(SearchLimits.Section);
        AssertComplete<QueryWeights>(QueryWeights.Section);
        AssertComplete<RateLimitOptions>(RateLimitOptions.Section);
        AssertComplete<SearchLogOptions>(SearchLogOptions.Section);
        AssertComplete<MetricsOptions>(MetricsOptions.Section, optional: [nameof(MetricsOptions.Port)]);
        AssertComplete<ShutdownOptions>(ShutdownOptions.Section);
    }

    [Fact]
    public void EverySetting_HasARowInTheReadmesConfigurationTable_WithItsEnvironmentVariable()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var keys = shipped.AsEnumerable().Where(kv => kv.Value is not null).Select(kv => kv.Key).ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Contains($"| `{key}` | `{key.Replace(":", "__", StringComparison.Ordinal)}` |", readme, StringComparison.Ordinal));
    }

    [Fact]
    public void Logs_AreReadableTextByDefault_AndJsonIsTheImagesChoice()
    {
        Assert.Equal("simple", shipped["Logging:Console:FormatterName"]);
        Assert.Equal("Warning", shipped["Logging:LogLevel:Microsoft.AspNetCore"]);
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryRoot(), "Dockerfile"));
        Assert.Contains("Logging__Console__FormatterName=json", dockerfile, StringComparison.Ordinal);
    }

    private void AssertSame<T>(T defaults, string section)
        where T : new()
    {
        var bound = new T();
        shipped.GetSection(section).Bind(bound);
        Assert.Equal(JsonSerializer.Serialize(defaults), JsonSerializer.Serialize(bound));
    }

    // Every settable property appears in the file (a default changed in code alone would otherwise go unseen), but
    // those whose default is "unset" (JSON has no way to write an unset number).
    private void AssertComplete<T>(string section, string[]? optional = null)
    {
        var written = shipped.GetSection(section).GetChildren().Select(c => c.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = typeof(T).GetProperties()
            .Where(p => p.CanWrite && !written.Contains(p.Name) && !(optional ?? []).Contains(p.Name))
            .Select(p => p.Name);
        Assert.Equal([], missing);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SearchService.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("SearchService.sln not found above the test assembly");
    }
}
