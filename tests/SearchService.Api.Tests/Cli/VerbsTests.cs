using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Cli;

/// <summary>The program run with a verb, as a real process over real folders: index, search, status and verify read
/// the service's configuration and index, and their exit codes say what happened.</summary>
public sealed class VerbsTests
{
    private static readonly Dictionary<string, string> Articles = new()
    {
        ["musk.txt"] = "إيلون ماسك يطلق صاروخا\n\nأعلن إيلون ماسك أن الصاروخ الجديد سينطلق من تكساس في الشهر المقبل.",
        ["energy.md"] = "# الطاقة الشمسية\n\nتتوسع مشاريع الطاقة الشمسية في الصحراء بسرعة كبيرة.",
    };

    [Fact]
    public async Task Index_ThenSearch_PrintsTheRankedArticleWithItsMatchesMarked()
    {
        using var folders = new TestFolders(Articles);

        var index = await VerbProcess.RunAsync(folders, "index");
        var search = await VerbProcess.RunAsync(folders, "search", "ماسك");

        Assert.True(index.ExitCode == 0, index.ToString());
        Assert.Contains("in step: 2 files read", index.Output, StringComparison.Ordinal);
        Assert.True(search.ExitCode == 0, search.ToString());
        var lines = search.Output.Split('\n');
        Assert.Equal("1. إيلون [ماسك] يطلق صاروخا", lines[0]);
        Assert.StartsWith("   musk.txt  score ", lines[1], StringComparison.Ordinal);
        Assert.Contains("أعلن إيلون [ماسك] أن الصاروخ", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain("energy.md", search.Output, StringComparison.Ordinal);
        Assert.Contains("1 results for ماسك", search.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchJson_IsWhatTheApiAnswers_WithArabicUnescaped()
    {
        using var folders = new TestFolders(Articles);
        Assert.Equal(0, (await VerbProcess.RunAsync(folders, "index")).ExitCode);

        var search = await VerbProcess.RunAsync(folders, "search", "ماسك", "--json");

        Assert.True(search.ExitCode == 0, search.ToString());
        Assert.Contains("\"query\":\"ماسك\"", search.Output, StringComparison.Ordinal);
        var printed = JsonNode.Parse(search.Output)!.AsObject();
        Assert.Equal("musk.txt", (string?)printed["hits"]![0]!["id"]);

        // The service over the same index answers the same JSON (but for how long it took).
        await using var service = await folders.StartAsync();
        await service.WaitUntilReadyAsync();
        var answered = JsonNode.Parse(await service.Client.GetStringAsync(new Uri("api/search?q=" + Uri.EscapeDataString("ماسك"), UriKind.Relative)))!.AsObject();
        printed.Remove("tookMs");
        answered.Remove("tookMs");
        Assert.True(JsonNode.DeepEquals(answered, printed), $"verb: {printed}\napi: {answered}");
    }

    [Theory]
    [InlineData(new[] { "--size", "101" }, "size must be between 1 and 100")]
    [InlineData(new[] { "--size", "0" }, "size must be between 1 and 100")]
    [InlineData(new[] { "--size", "six" }, "size must be between 1 and 100")]
    [InlineData(new[] { "--size", "6", "--Search:Limits:MaxPageSize", "5" }, "size must be between 1 and 5")]
    [InlineData(new[] { "--page", "0" }, "page must be an integer")]
    public async Task Search_WithABadSizeOrPage_IsAUsageError(string[] options, string said)
    {
        using var folders = new TestFolders(Articles);
        Assert.Equal(0, (await VerbProcess.RunAsync(folders, "index")).ExitCode);

        var search = await VerbProcess.RunAsync(folders, ["search", "ماسك", .. options]);

        Assert.True(search.ExitCode == 2, search.ToString());
        Assert.Contains(said, search.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, search.Output);
    }

    [Theory]
    [InlineData("ما*سك", "ما*سك")]
    [InlineData("-ماسك", "الاستبعاد وحده لا يكفي")]
    public async Task Search_WithAQuerySyntaxError_IsAUsageErrorWithTheParsersMessage(string query, string said)
    {
        using var folders = new TestFolders(Articles);
        Assert.Equal(0, (await VerbProcess.RunAsync(folders, "index")).ExitCode);

        var search = await VerbProcess.RunAsync(folders, "search", query);

        Assert.True(search.ExitCode == 2, search.ToString());
        Assert.Contains(said, search.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOption_IsAUsageError()
    {
        using var folders = new TestFolders(Articles);

        var search = await VerbProcess.RunAsync(folders, "search", "ماسك", "--bogus");

        Assert.True(search.ExitCode == 2, search.ToString());
        Assert.Contains("--bogus", search.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search", "ماسك")]
    [InlineData("status")]
    [InlineData("verify")]
    public async Task ReadingVerbs_BeforeAnyIndex_SaySoAndCreateNothing(params string[] verb)
    {
        using var folders = new TestFolders(Articles);

        var run = await VerbProcess.RunAsync(folders, verb);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"Search:IndexPath: '{folders.Index}' holds no index yet", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folders.Index), "a reader must not create the index folder");
    }

    [Fact]
    public async Task Status_DescribesTheIndexOnDisk_AsTextAndJson()
    {
        using var folders = new TestFolders(Articles);
        Assert.Equal(0, (await VerbProcess.RunAsync(folders, "index")).ExitCode);

        var text = await VerbProcess.RunAsync(folders, "status");
        var json = await VerbProcess.RunAsync(folders, "status", "--json");

        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains($"index:       {folders.Index} (gen-1)", text.Output, StringComparison.Ordinal);
        Assert.Contains("documents:   2", text.Output, StringComparison.Ordinal);
        Assert.Contains("in use:      no", text.Output, StringComparison.Ordinal);
        Assert.True(json.ExitCode == 0, json.ToString());
        var status = JsonDocument.Parse(json.Output).RootElement;
        Assert.Equal(folders.Index, status.GetProperty("indexPath").GetString());
        Assert.Equal("gen-1", status.GetProperty("generation").GetString());
        Assert.Equal(2, status.GetProperty("documents").GetInt32());
        Assert.True(status.GetProperty("indexSizeBytes").GetInt64() > 0);
        Assert.True(status.GetProperty("segments").GetInt32() >= 1);
        Assert.True(status.GetProperty("lastCommit").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-10));
        Assert.False(status.GetProperty("inUse").GetBoolean());
    }

    [Fact]
    public async Task Verify_ListsMissingStaleAndExtraDocuments_UntilIndexRepairsThem()
    {
        using var folders = new TestFolders(new Dictionary<string, string>(Articles) { ["gone.txt"] = "مقال سيحذف\n\nنص قصير." });
        Assert.Equal(0, (await VerbProcess.RunAsync(folders, "index")).ExitCode);
        var inStep = await VerbProcess.RunAsync(folders, "verify");

        folders.WriteDocument("new.txt", "مقال جديد\n\nأضيف بعد الفهرسة.");
        File.AppendAllText(Path.Combine(folders.Documents, "musk.txt"), "\nسطر أضيف بعد الفهرسة.");
        File.Delete(Path.Combine(folders.Documents, "gone.txt"));
        var behind = await VerbProcess.RunAsync(folders, "verify");
        var repair = await VerbProcess.RunAsync(folders, "index");
        var repaired = await VerbProcess.RunAsync(folders, "verify");

        Assert.True(inStep.ExitCode == 0, inStep.ToString());
        Assert.Contains("in step: 3 files, 3 documents", inStep.Output, StringComparison.Ordinal);
        Assert.True(behind.ExitCode == 1, behind.ToString());
        Assert.Equal(
            ["missing: new.txt", "stale: musk.txt", "extra: gone.txt", "not in step: 1 missing, 1 stale, 1 extra (3 files, 3 documents); the service's next reconcile, or the index command, repairs it"],
            behind.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(repair.ExitCode == 0, repair.ToString());
        Assert.Contains("in step: 2 files read, 1 documents removed", repair.Output, StringComparison.Ordinal);
        Assert.True(repaired.ExitCode == 0, repaired.ToString());
    }

    [Theory]
    [InlineData("--Search:Limits:MaxPageSize", "0")]
    [InlineData("--Search:Ranking:B", "2")]
    [InlineData("--Search:DocumentsPath", "/definitely/not/here")]
    [InlineData("--Search:AdminApiKey", "short")]
    public async Task Verbs_WithABadSetting_FailWithTheServersMessage(string key, string value)
    {
        using var folders = new TestFolders(Articles);
        var server = await Assert.ThrowsAsync<OptionsValidationException>(() => ServiceHost.StartAsync(null, key, value));

        var index = await VerbProcess.RunAsync(folders, "index", key, value);
        var status = await VerbProcess.RunAsync(folders, "status", key, value);

        Assert.True(index.ExitCode == 1, index.ToString());
        Assert.Contains($"error: {server.Message}", index.Error, StringComparison.Ordinal);
        Assert.True(status.ExitCode == 1, status.ToString());
        Assert.Contains($"error: {server.Message}", status.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verbs_ReadTheirSettingsFromTheEnvironment_AsTheServiceDoes()
    {
        using var folders = new TestFolders(Articles);
        var environment = new Dictionary<string, string> { ["Search__DocumentsPath"] = folders.Documents, ["Search__IndexPath"] = folders.Index };

        var index = await VerbProcess.RunAsync(["index"], environment, folders.Root);
        var search = await VerbProcess.RunAsync(["search", "الشمسية"], environment, folders.Root);

        Assert.True(index.ExitCode == 0, index.ToString());
        Assert.True(search.ExitCode == 0, search.ToString());
        Assert.Contains("energy.md", search.Output, StringComparison.Ordinal);
    }
}
