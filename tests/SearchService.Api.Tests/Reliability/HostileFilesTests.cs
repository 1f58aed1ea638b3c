using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using SearchService.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SearchService.Api.Tests.Reliability;

/// <summary>
/// Broken and hostile files under a running service: each is skipped without stopping anything, reported under
/// <c>failures</c> with a reason, retried when it changes, and the other documents stay searchable.
/// </summary>
public sealed class HostileFilesTests(ITestOutputHelper output)
{
    private const string SeedId = "good.txt";

    private static readonly Dictionary<string, string> Seed = new()
    {
        [SeedId] = "عنوان سليم\n\nنص سليم عن الصواريخ والفضاء.",
    };

    public static TheoryData<string, byte[], string> BrokenContents => new()
    {
        { "empty.txt", [], "empty" },
        { "binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x03, 0x00, 0x3E, 0x00], "binary" },

        // Windows-1256 defines every byte, so "neither UTF-8 nor 1256" can only mean bytes that decode (as 1256) to
        // mostly control characters: invalid UTF-8 (0xC3 0x28, 0xFF) in a run of C0 controls.
        { "invalid-utf8-control-heavy.txt", [0xC3, 0x28, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0xFF, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x41], "binary" },
        { "whitespace.txt", "  \n\t\n  "u8.ToArray(), "no text" },
        { "array.json", """[{"title": "عنوان", "text": "نص"}]"""u8.ToArray(), "array" },
        { "types.json", """{"title": 42, "text": {"nested": true}}"""u8.ToArray(), "text" },
        { "truncated.json", """{"title": "عنوان", "text": "نص"""u8.ToArray(), "invalid JSON" },
        { "bom-broken.txt", [0xEF, 0xBB, 0xBF, 0xC3, 0x28, 0x41, 0x42], "invalid UTF-8" },
    };

    [Theory]
    [MemberData(nameof(BrokenContents))]
    public async Task BrokenFile_IsReportedWithReason_AndRetriedWhenItChanges(string name, byte[] content, string reasonPart)
    {
        await using var host = await ServiceHost.StartReadyAsync(Seed);

        File.WriteAllBytes(host.FullPath(name), content);

        var reason = await WaitForFailureAsync(host, name);
        Assert.Contains(reasonPart, reason, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(host.DocumentsPath, reason, StringComparison.Ordinal); // no file system paths leak

        var valid = name.EndsWith(".json", StringComparison.Ordinal)
            ? """{"title": "عنوان مصلح", "text": "أصبح الملف سليما"}"""
            : "عنوان مصلح\n\nأصبح الملف سليما";
        host.WriteDocument(name, valid);
        await host.WaitUntilSearchableAsync("سليما", name);
        Assert.DoesNotContain(name, Failures(await host.StatusAsync()).Keys);
        await AssertStillServingAsync(host);
    }

    [Fact]
    public async Task FileOverTheSizeLimit_IsReported_AndRetriedWhenItShrinks()
    {
        await using var host = await ServiceHost.StartReadyAsync(Seed, "--Search:Limits:MaxFileBytes", "1000");

        host.WriteDocument("big.txt", "عنوان\n\n" + string.Concat(Enumerable.Repeat("كلمة كبيرة ", 200)));
        Assert.Contains("1000", await WaitForFailureAsync(host, "big.txt"), StringComparison.Ordinal);
        Assert.Empty(ServiceHost.HitIds(await host.SearchAsync("كبيرة")));

        host.WriteDocument("big.txt", "عنوان\n\nكلمة صغيرة");
        await host.WaitUntilSearchableAsync("صغيرة", "big.txt");
        Assert.DoesNotContain("big.txt", Failures(await host.StatusAsync()).Keys);
        await AssertStillServingAsync(host);
    }

    [Fact]
    public async Task FileWithoutReadPermission_IsReportedWhenNotRoot_AndRetriedWhenPermissionIsRestored()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var host = await ServiceHost.StartReadyAsync(Seed);
        var path = host.FullPath("secret.txt");
        File.WriteAllText(path, "عنوان\n\nنص محجوب عن القراءة");
        File.SetUnixFileMode(path, UnixFileMode.None);
        try
        {
            if (Environment.UserName == "root" || IsRoot())
            {
                // Root ignores permission bits (CI runs as root), so the file is simply readable: it must be indexed,
                // not wedge anything. The named-pipe test below is the unreadable case that bites for root too.
                await host.WaitUntilSearchableAsync("محجوب", "secret.txt");
            }
            else
            {
                Assert.Contains("permission", await WaitForFailureAsync(host, "secret.txt"), StringComparison.Ordinal);
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                await host.WaitUntilSearchableAsync("محجوب", "secret.txt");
                Assert.DoesNotContain("secret.txt", Failures(await host.StatusAsync()).Keys);
            }
        }
        finally
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        await AssertStillServingAsync(host);
    }

    [Fact]
    public async Task NamedPipeNamedTxt_IsReported_AndNeverBlocksTheWorker()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var host = await ServiceHost.StartReadyAsync(Seed);

        // Opening a FIFO for reading blocks until a writer appears: unreadable even for root, and a wedge if opened.
        MakeFifo(host.FullPath("pipe.txt"));
        Assert.Equal("empty file", await WaitForFailureAsync(host, "pipe.txt")); // refused on its size (0), never opened

        host.WriteDocument("after.txt", "عنوان\n\nكتب بعد الأنبوب");
        await host.WaitUntilSearchableAsync("الأنبوب", "after.txt");

        File.Delete(host.FullPath("pipe.txt"));
        host.WriteDocument("pipe.txt", "عنوان\n\nصار ملفا عاديا");
        await host.WaitUntilSearchableAsync("عاديا", "pipe.txt");
        Assert.DoesNotContain("pipe.txt", Failures(await host.StatusAsync()).Keys);
        await AssertStillServingAsync(host);
    }

    [Fact]
    public async Task NamedPipe_PresentAtStart_DoesNotBlockTheInitialPass()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var host = await ServiceHost.StartReadyAsync(Seed);
        host.KeepFoldersOnDispose = true;
        await host.DisposeAsync();
        MakeFifo(Path.Combine(host.DocumentsPath, "pipe.txt"));

        await using var restarted = await host.RestartReadyAsync();
        Assert.True(Failures(await restarted.StatusAsync()).ContainsKey("pipe.txt"));
        await AssertStillServingAsync(restarted);
    }

    [Fact]
    public async Task FilesDeletedBetweenTheEventAndTheRead_LeaveNoDocumentAndNoFailure()
    {
        await using var host = await ServiceHost.StartReadyAsync(Seed);

        // Written and deleted again and again, so some deletes land while the worker reads.
        for (var i = 0; i < 200; i++)
        {
            host.WriteDocument($"flicker/{i % 10}.txt", $"عنوان\n\nعابر رقم {i}");
            File.Delete(host.FullPath($"flicker/{i % 10}.txt"));
        }

        host.WriteDocument("marker.txt", "عنوان\n\nعلامة النهاية");
        await host.WaitUntilSearchableAsync("علامة", "marker.txt");
        await ServiceHost.PollAsync(async () => (await host.StatusAsync()).GetProperty("pending").GetInt32() == 0, "the queue to drain");
        Assert.Empty(ServiceHost.HitIds(await host.SearchAsync("عابر")));
        Assert.DoesNotContain(Failures(await host.StatusAsync()).Keys, id => id.StartsWith("flicker/", StringComparison.Ordinal));
        await AssertStillServingAsync(host);
    }

    [Fact]
    public async Task DirectoryNamedLikeAFile_IsAFolder_NotAFailure()
    {
        await using var host = await ServiceHost.StartReadyAsync(Seed);

        // Not a broken file, so nothing to report: it is a folder, and the documents in it are indexed under it.
        Directory.CreateDirectory(host.FullPath("x.txt"));
        host.WriteDocument("x.txt/inner.txt", "عنوان\n\nداخل مجلد باسم ملف");
        await host.WaitUntilSearchableAsync("مجلد", "x.txt/inner.txt");
        Assert.DoesNotContain("x.txt", Failures(await host.StatusAsync()).Keys);

        Directory.Delete(host.FullPath("x.txt"), recursive: true);
        await host.WaitForSearchAsync("مجلد", ids => ids.Count == 0, "the folder's document to go");
        await AssertStillServingAsync(host);
    }

    [Fact]
    public async Task SymlinkLoops_AreReported_AndDoNotHangTheScan()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var host = await ServiceHost.StartReadyAsync(Seed);

        File.CreateSymbolicLink(host.FullPath("a.txt"), host.FullPath("b.txt"));
        File.CreateSymbolicLink(host.FullPath("b.txt"), host.FullPath("a.txt"));
        File.CreateSymbolicLink(host.FullPath("self.txt"), "self.txt");
        Directory.CreateDirectory(host.FullPath("loop"));
        Directory.CreateSymbolicLink(host.FullPath("loop/up"), "..");
        host.WriteDocument("loop/real.txt", "عنوان\n\nملف حقيقي بجوار حلقة");

        await host.WaitUntilSearchableAsync("حلقة", "loop/real.txt");
        await WaitForFailureAsync(host, "self.txt");

        // A full pass over the folder must terminate too (the directory loop must not be walked forever).
        await using var restarted = await RestartAsync(host);
        var failures = Failures(await restarted.StatusAsync());
        Assert.Contains("self.txt", failures.Keys);
        Assert.Contains("a.txt", failures.Keys);
        Assert.Contains("link", failures["self.txt"], StringComparison.Ordinal);
        Assert.Equal(["loop/real.txt"], ServiceHost.HitIds(await restarted.SearchAsync("حلقة")));
        await AssertStillServingAsync(restarted);
    }

    [Fact]
    public async Task SymlinksOutOfTheFolder_AreNeverFollowed()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var outside = Path.Combine(Path.GetTempPath(), "searchservice-tests", "outside-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        try
        {
            File.WriteAllText(Path.Combine(outside, "secret.txt"), "عنوان\n\nكلمةخارجية سرية");
            await using var host = await ServiceHost.StartReadyAsync(Seed);

            File.CreateSymbolicLink(host.FullPath("passwd.txt"), "/etc/passwd");
            File.CreateSymbolicLink(host.FullPath("secret.txt"), Path.Combine(outside, "secret.txt"));
            Directory.CreateSymbolicLink(host.FullPath("linked"), outside);

            Assert.Contains("outside", await WaitForFailureAsync(host, "passwd.txt"), StringComparison.Ordinal);
            await WaitForFailureAsync(host, "secret.txt");

            await using var restarted = await RestartAsync(host); // the full pass: the same verdict
            Assert.Contains("passwd.txt", Failures(await restarted.StatusAsync()).Keys);
            Assert.Empty(ServiceHost.HitIds(await restarted.SearchAsync("root")));
            Assert.Empty(ServiceHost.HitIds(await restarted.SearchAsync("كلمةخارجية")));
            using var document = await restarted.Client.GetAsync(new Uri("api/documents/passwd.txt", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, document.StatusCode);
            await AssertStillServingAsync(restarted);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public async Task UnusualNames_AreIndexedAndServedByTheirIds()
    {
        await using var host = await ServiceHost.StartReadyAsync(Seed);
        var longFolder = string.Join('/', Enumerable.Range(0, 12).Select(i => $"{i:00}-" + new string('ط', 100)));
        string[] ids =
        [
            "with spaces/a file name.txt",
            "عربي/مقالة عن الفضاء.md",
            "emoji 🚀/rocket 🌙.txt",
            longFolder + "/" + new string('ل', 120) + ".txt",
        ];
        Assert.True(Encoding.UTF8.GetByteCount(host.FullPath(ids[3])) > 2_500, "the long path should be long");

        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            host.WriteDocument(id, $"عنوان\n\nاسمغريب{i}");
        }

        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            await host.WaitUntilSearchableAsync($"اسمغريب{i}", id);
            var escaped = string.Join('/', id.Split('/').Select(Uri.EscapeDataString));
            using var response = await host.Client.GetAsync(new Uri("api/documents/" + escaped, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(id, body.GetProperty("id").GetString());
        }

        Directory.Delete(host.FullPath("00-" + new string('ط', 100)), recursive: true);
        await host.WaitForSearchAsync("اسمغريب3", hits => hits.Count == 0, "the long path to be removed");
        await AssertStillServingAsync(host);
    }

    [Fact]
    public async Task TenThousandFilesInOneFolder_AllBecomeSearchable()
    {
        await using var host = await ServiceHost.StartReadyAsync(Seed);
        const int count = 10_000;

        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(host.FullPath("many"));
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(host.FullPath($"many/{i:00000}.txt"), $"عنوان {i}\n\nوثيقة رقم w{i} من عشرة آلاف");
        }

        var written = clock.Elapsed;
        await ServiceHost.PollAsync(
            async () => (await host.StatusAsync()).GetProperty("documents").GetInt32() == count + 1,
            "all 10,000 files to be indexed",
            TimeSpan.FromSeconds(120));
        output.WriteLine($"10,000 files: written in {written.TotalSeconds:F1} s, all searchable after {clock.Elapsed.TotalSeconds:F1} s");

        Assert.Equal(count, (await host.SearchAsync("عشرة")).GetProperty("total").GetInt32());
        foreach (var i in new[] { 0, 1234, 5000, 9999 })
        {
            Assert.Equal([$"many/{i:00000}.txt"], ServiceHost.HitIds(await host.SearchAsync($"w{i}")));
        }

        await AssertStillServingAsync(host);
    }

    [Fact]
    public async Task FolderNestedThirtyLevelsDeep_IsIndexed_AndRemoved()
    {
        await using var host = await ServiceHost.StartReadyAsync(Seed);
        var deep = string.Join('/', Enumerable.Range(1, 30).Select(i => $"level{i}"));

        host.WriteDocument(deep + "/bottom.txt", "عنوان\n\nفي القاع العميق");
        await host.WaitUntilSearchableAsync("العميق", deep + "/bottom.txt");

        await using var restarted = await RestartAsync(host);
        Assert.Equal([deep + "/bottom.txt"], ServiceHost.HitIds(await restarted.SearchAsync("العميق")));

        Directory.Delete(restarted.FullPath("level1"), recursive: true);
        await restarted.WaitForSearchAsync("العميق", ids => ids.Count == 0, "the deep document to go");
        await AssertStillServingAsync(restarted);
    }

    [Fact]
    public async Task HugeDeeplyNestedHtml_DoesNotCrash_AndSearchesAnswerMeanwhile()
    {
        await using var host = await ServiceHost.StartReadyAsync(Seed, "--Search:Limits:MaxFileBytes", (64 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));

        var html = new StringBuilder(21 * 1024 * 1024);
        html.Append("<html><head><title>متداخل</title></head><body>");
        while (html.Length < 20 * 1024 * 1024)
        {
            html.Append("<div><span><b>عميق ");
        }

        html.Append("</body></html>");
        File.WriteAllText(host.FullPath("nested.html"), html.ToString());

        // While it is processed the service answers; then it is reported at the HTML parse budget (its tree building
        // is quadratic: about 3 million open elements), never indexed after minutes of parsing, never a crash.
        var clock = Stopwatch.StartNew();
        var slowest = TimeSpan.Zero;
        while (true)
        {
            var started = clock.Elapsed;
            await AssertStillServingAsync(host);
            slowest = TimeSpan.FromTicks(Math.Max(slowest.Ticks, (clock.Elapsed - started).Ticks));
            var status = await host.StatusAsync();
            var failures = Failures(status);
            if (failures.ContainsKey("nested.html") || ServiceHost.HitIds(await host.SearchAsync("متداخل")).Contains("nested.html"))
            {
                output.WriteLine($"20 MB nested HTML: settled after {clock.Elapsed.TotalSeconds:F1} s " +
                    $"({(failures.TryGetValue("nested.html", out var r) ? "reported: " + r : "indexed")}); slowest search meanwhile {slowest.TotalMilliseconds:F0} ms");
                break;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), "the nested HTML file should settle within 90 s");
            await Task.Delay(100);
        }

        Assert.True(slowest < TimeSpan.FromSeconds(5), $"a search took {slowest.TotalMilliseconds:F0} ms while the HTML was processed");
        Assert.Equal("HTML took longer than 10 s to parse", Failures(await host.StatusAsync()).GetValueOrDefault("nested.html"));
    }

    private static async Task<ServiceHost> RestartAsync(ServiceHost host)
    {
        host.KeepFoldersOnDispose = true;
        await host.DisposeAsync();
        return await host.RestartReadyAsync();
    }

    private static async Task AssertStillServingAsync(ServiceHost host)
    {
        Assert.Contains(SeedId, ServiceHost.HitIds(await host.SearchAsync("الصواريخ")));
    }

    private static async Task<string> WaitForFailureAsync(ServiceHost host, string id)
    {
        string? reason = null;
        await ServiceHost.PollAsync(async () => Failures(await host.StatusAsync()).TryGetValue(id, out reason), $"a failure for '{id}'");
        Assert.False(string.IsNullOrWhiteSpace(reason));
        return reason!;
    }

    private static Dictionary<string, string> Failures(JsonElement status) =>
        status.GetProperty("failures").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("reason").GetString()!);

    private static bool IsRoot() => Environment.GetEnvironmentVariable("USER") == "root" || Environment.UserName == "root";

    private static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
