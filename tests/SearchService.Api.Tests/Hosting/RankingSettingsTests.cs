using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Hosting;

/// <summary>The <c>Search:Ranking</c> settings reach the running service: root matching can be turned off.</summary>
public sealed class RankingSettingsTests
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["travel.txt"] = "رحلة\n\nكان المسافرون ينتظرون القطار منذ الصباح.",
        ["plan.txt"] = "خطة\n\nيسافر الوفد غدا.",
    };

    [Fact]
    public async Task ByDefault_AWordFindsOtherWordsOfItsRoot()
    {
        await using var host = await ServiceHost.StartReadyAsync(Files);

        Assert.Equal(["plan.txt", "travel.txt"], ServiceHost.HitIds(await host.SearchAsync("يسافر")));
    }

    [Fact]
    public async Task WithRootWeightZero_OnlyTheWordsOwnFormsAreFound()
    {
        await using var host = await ServiceHost.StartReadyAsync(Files, "--Search:Ranking:Root", "0");

        Assert.Equal(["plan.txt"], ServiceHost.HitIds(await host.SearchAsync("يسافر")));
        Assert.Equal(["travel.txt"], ServiceHost.HitIds(await host.SearchAsync("المسافرون")));
    }
}
