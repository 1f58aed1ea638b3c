using System.Text;
using System.Text.Json;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Worker;

/// <summary>The worker over a real temp folder: each test starts its own service and changes real files.</summary>
public sealed class IndexingWorkerTests
{
    private static readonly Dictionary<string, string> Seed = new()
    {
        ["a.txt"] = "عنوان أول\n\nنص عن الفضاء والصواريخ.",
        ["sub/b.txt"] = "عنوان ثان\n\nنص عن الطاقة المستدامة.",
    };

    [Fact]
    public async Task AddedFile_BecomesSearchable()
    {
        await using var host = await ServiceHost.StartReadyAsync(Seed);

        host.WriteDocument("new/c.md", "# مقال جديد\n\nالمريخ كوكب أحمر.");

        await host.WaitUntilSearchableAsync("المريخ", "new/c.md");
    }

    [Fact]
    public async Task ChangedFile_IsReindexed_WithoutDuplicates()
    {
        await using var host = await ServiceHost.StartReadyAsync(Seed);

        host.WriteDocument("a.txt", "عنوان أول\n\nنص جديد عن المحيطات.");

        await host.WaitUntilSearchableAsync("المحيطات", "a.txt");
        await host.WaitForSearchAsync("الصواريخ", ids => !ids.Contains("a.txt"), "the old text to be gone");
        Assert.Equal(1, (await host.SearchAsync("عنوان أول")).GetProperty("hits").EnumerateArray().Count(h => h.GetProperty("id").GetString() == "a.txt"));
    }

    [Fact]
    public async Task RapidRewrites_LeaveOneDocumentWithTheLastContent()
    {
        await using var host = await ServiceHost.StartReadyAsync(Seed);

        for (var i = 0; i < 30; i++)
        {
            host.WriteDocument("a.txt", $"عنوان\n\nنسخة رقم v{i}");
        }

        await host.WaitUntilSearchableAsync("v29", "a.txt");
        var results = await host.SearchAsync("نسخة");
        Assert.Equal(1, results.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task RenamedFile_MovesToItsNewId()
    {
        await using var host = await ServiceHost.StartReadyAsync(Seed);

        File.Move(host.FullPath("a.txt"), host.FullPath("sub/renamed.txt"));

        await host.WaitForSearchAsync("الصواريخ", ids => ids.SequenceEqual(["sub/renamed.txt"]), "the renamed id only");
    }

    [Fact]
    public async Task DeletedFile_IsRemoved()
    {
        await using var host = await ServiceHost.StartReadyAsync(Seed);

        File.Delete(host.FullPath("a.txt"));

        await host.WaitForSearchAsync("الصواريخ", ids => ids.Count == 0, "the deleted file to disappear");
        Assert.Equal(1, (await host.StatusAsync()).GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task DeletedAndRenamedFolders_AreReflected()
    {
        await using var host = await ServiceHost.StartReadyAsync(Seed);
        host.WriteDocument("sub/deeper/c.txt", "عنوان\n\nالزراعة المائية.");
        await host.WaitUntilSearchableAsync("الزراعة", "sub/deeper/c.txt");

        Directory.Move(host.FullPath("sub"), host.FullPath("moved"));
        await host.WaitForSearchAsync("الزراعة", ids => ids.SequenceEqual(["moved/deeper/c.txt"]), "the folder's new ids");

        Directory.Delete(host.FullPath("moved"), recursive: true);
        await host.WaitForSearchAsync("المستدامة OR الزراعة", ids => ids.Count == 0, "the folder's documents to disappear");
    }

    [Fact]
    public async Task IgnoredFiles_AreNotIndexed()
    {
        await using var host = await ServiceHost.StartReadyAsync(Seed);

        host.WriteDocument(".hidden.txt", "عنوان\n\nكلمةسرية");
        host.WriteDocument("draft.txt.swp", "كلمةسرية");
        host.WriteDocument("download.txt.part", "كلمةسرية");
        host.WriteDocument("notes.pdf", "كلمةسرية");
        host.WriteDocument("visible.txt", "عنوان\n\nكلمةسرية مرئية");

        await host.WaitUntilSearchableAsync("كلمةسرية", "visible.txt");
        Assert.Equal(["visible.txt"], ServiceHost.HitIds(await host.SearchAsync("كلمةسرية")));
    }

    [Fact]
    public async Task UnreadableFile_IsReportedWithReason_AndRetriedWhenItChanges()
    {
        await using var host = await ServiceHost.StartReadyAsync(Seed);

        File.WriteAllBytes(host.FullPath("broken.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00]);
        await ServiceHost.PollAsync(async () => Failures(await host.StatusAsync()).ContainsKey("broken.txt"), "the failure to be reported");
        Assert.False(string.IsNullOrWhiteSpace(Failures(await host.StatusAsync())["broken.txt"]));

        host.WriteDocument("broken.txt", "عنوان\n\nأصبح الملف سليما");
        await host.WaitUntilSearchableAsync("سليما", "broken.txt");
        Assert.DoesNotContain("broken.txt", Failures(await host.StatusAsync()).Keys);
    }

    [Fact]
    public async Task FileOverTheLimit_IsSkippedAndReported()
    {
        await using var host = await ServiceHost.StartReadyAsync(Seed, "--Search:Limits:MaxFileBytes", "200");

        host.WriteDocument("big.txt", "عنوان\n\n" + string.Concat(Enumerable.Repeat("كلمة كبيرة ", 100)));

        await ServiceHost.PollAsync(async () => Failures(await host.StatusAsync()).ContainsKey("big.txt"), "the size failure");
        Assert.Contains("200", Failures(await host.StatusAsync())["big.txt"], StringComparison.Ordinal);
        Assert.Empty(ServiceHost.HitIds(await host.SearchAsync("كبيرة")));
    }

    [Fact]
    public async Task Restart_OnUnchangedFolder_ReindexesNothing_AndSeesOfflineChanges()
    {
        var first = await ServiceHost.StartReadyAsync(Seed);
        first.KeepFoldersOnDispose = true;
        await first.DisposeAsync();

        await using (var second = await first.RestartReadyAsync())
        {
            second.KeepFoldersOnDispose = true;
            var status = await second.StatusAsync();
            Assert.Equal(0, status.GetProperty("progress").GetProperty("total").GetInt32());
            Assert.Equal(2, status.GetProperty("documents").GetInt32());
            Assert.Equal(JsonValueKind.Null, status.GetProperty("rebuildReason").ValueKind);
        }

        // Changed while the service was down: picked up by the start-up reconcile.
        File.Delete(Path.Combine(first.DocumentsPath, "a.txt"));
        File.WriteAllText(Path.Combine(first.DocumentsPath, "offline.txt"), "عنوان\n\nأضيف والخدمة متوقفة", Encoding.UTF8);
        await using var third = await first.RestartReadyAsync();
        Assert.Equal(["offline.txt"], ServiceHost.HitIds(await third.SearchAsync("متوقفة")));
        Assert.Empty(ServiceHost.HitIds(await third.SearchAsync("الصواريخ")));
        Assert.Equal(1, (await third.StatusAsync()).GetProperty("progress").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Restart_OnAnIndexOfManySegments_MergesItDownToOne()
    {
        var first = await ServiceHost.StartReadyAsync(Seed);
        first.KeepFoldersOnDispose = true;
        for (var i = 0; i < 6; i++)
        {
            // One file at a time: each change is committed on its own, in a segment of its own.
            first.WriteDocument($"n{i}.txt", $"عنوان\n\nمقالة رقم {i} عن المراصد");
            await first.WaitUntilSearchableAsync("المراصد", $"n{i}.txt");
        }

        Assert.True(Segments(await first.StatusAsync()) > 4, "the changes were not in segments of their own");
        await first.DisposeAsync();

        await using var second = await first.RestartReadyAsync();
        await ServiceHost.PollAsync(async () => Segments(await second.StatusAsync()) == 1, "the index to be merged into one segment");
        Assert.Equal(8, (await second.StatusAsync()).GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task CorruptIndex_IsRebuiltFromTheFolder()
    {
        var first = await ServiceHost.StartReadyAsync(Seed);
        first.KeepFoldersOnDispose = true;
        await first.DisposeAsync();
        IndexFiles.CorruptAll(first.IndexPath);

        await using var second = await first.RestartReadyAsync();

        var status = await second.StatusAsync();
        Assert.False(string.IsNullOrEmpty(status.GetProperty("rebuildReason").GetString()));
        Assert.Equal(2, status.GetProperty("documents").GetInt32());
        Assert.Equal(["a.txt"], ServiceHost.HitIds(await second.SearchAsync("الصواريخ")));
    }

    private static int Segments(JsonElement status) => status.GetProperty("segments").GetInt32();

    private static Dictionary<string, string> Failures(JsonElement status) =>
        status.GetProperty("failures").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("reason").GetString()!);
}
