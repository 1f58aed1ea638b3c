using SearchService.Api.Cli;

namespace SearchService.Api.Tests.Cli;

/// <summary>Which command lines run a verb and which serve: a configuration key's value is never taken for a verb,
/// so a service started with <c>--Search:IndexPath index</c> still serves.</summary>
public sealed class VerbArgumentsTests
{
    [Theory]
    [InlineData(true, "search", "ماسك")]
    [InlineData(true, "index")]
    [InlineData(true, "--Search:IndexPath", "/x", "status")]
    [InlineData(true, "--Search:IndexPath=/x", "verify")]
    [InlineData(true, "--help")]
    [InlineData(false)]
    [InlineData(false, "--Search:IndexPath", "index")]
    [InlineData(false, "--Search:DocumentsPath", "search", "--Search:IndexPath", "status")]
    [InlineData(false, "--urls", "http://127.0.0.1:0", "--environment", "Production")]
    [InlineData(false, "--healthcheck")]
    public void IsRequested_OnlyWhenTheFirstWordThatIsNotASettingIsAVerb(bool verb, params string[] args) =>
        Assert.Equal(verb, Verbs.IsRequested(args));

    [Fact]
    public void Split_SendsSettingsToTheConfiguration_WhereverTheyStand()
    {
        var split = VerbArguments.Split(["--Search:IndexPath", "/x", "search", "ترامب", "--size", "5", "--Search:Limits:MaxPageSize=50", "--json"]);

        Assert.Equal(["search", "ترامب", "--size", "5", "--json"], split.Verb);
        Assert.Equal(["--Search:IndexPath", "/x", "--Search:Limits:MaxPageSize=50"], split.Configuration);
    }

    [Fact]
    public void Split_LeavesEverythingAfterADoubleDashToTheVerb()
    {
        var split = VerbArguments.Split(["search", "--", "--Search:IndexPath"]);

        Assert.Equal(["search", "--", "--Search:IndexPath"], split.Verb);
        Assert.Empty(split.Configuration);
    }
}
