using System.Text.Json;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Cli;

/// <summary>One writer per index, across processes: while a service (a process of its own) holds the index, the
/// index verb refuses, and the reading verbs work beside it, read-only.</summary>
public sealed class VerbsBesideAServiceTests
{
    private static readonly Dictionary<string, string> Articles = new()
    {
        ["musk.txt"] = "إيلون ماسك يطلق صاروخا\n\nأعلن إيلون ماسك أن الصاروخ الجديد سينطلق من تكساس في الشهر المقبل.",
        ["energy.md"] = "# الطاقة الشمسية\n\nتتوسع مشاريع الطاقة الشمسية في الصحراء بسرعة كبيرة.",
    };

    [Fact]
    public async Task WhileAServiceHoldsTheIndex_IndexRefusesNamingIt_AndSearchStatusVerifyWork()
    {
        using var folders = new TestFolders(Articles);
        using var service = ChildService.Start(folders);
        await service.WaitUntilReadyAsync();

        var index = await VerbProcess.RunAsync(folders, "index");
        var search = await VerbProcess.RunAsync(folders, "search", "ماسك");
        var status = await VerbProcess.RunAsync(folders, "status", "--json");
        var verify = await VerbProcess.RunAsync(folders, "verify");

        Assert.True(index.ExitCode == 1, index.ToString());
        Assert.Contains($"Search:IndexPath: '{folders.Index}' is in use by another running SearchService", index.Error, StringComparison.Ordinal);
        Assert.True(search.ExitCode == 0, search.ToString());
        Assert.Contains("[ماسك]", search.Output, StringComparison.Ordinal);
        Assert.True(status.ExitCode == 0, status.ToString());
        var stored = JsonDocument.Parse(status.Output).RootElement;
        Assert.True(stored.GetProperty("inUse").GetBoolean());
        Assert.Equal(2, stored.GetProperty("documents").GetInt32());
        Assert.True(verify.ExitCode == 0, verify.ToString());

        // The service was not disturbed: it still answers and still counts both articles.
        Assert.Equal(2, (await service.StatusAsync()).GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task AfterTheServiceStops_IndexTakesTheIndex()
    {
        using var folders = new TestFolders(Articles);
        using (var service = ChildService.Start(folders))
        {
            await service.WaitUntilReadyAsync();
            service.Kill(); // even a killed service leaves nothing that blocks the next writer
        }

        folders.WriteDocument("new.txt", "مقال جديد\n\nأضيف والخدمة متوقفة.");
        var index = await VerbProcess.RunAsync(folders, "index");

        Assert.True(index.ExitCode == 0, index.ToString());
        Assert.Contains("in step: 1 files read", index.Output, StringComparison.Ordinal);
    }
}
