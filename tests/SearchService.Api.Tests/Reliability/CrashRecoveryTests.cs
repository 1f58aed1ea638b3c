using System.Text.Json;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Reliability;

/// <summary>
/// What a crash can leave in the index folder, and what the service makes of it at the next start: a damaged index
/// is rebuilt from the folder and <c>rebuildReason</c> says why; a lock left by a killed process is no obstacle.
/// (A kill during a rebuild: <see cref="RebuildBesideTests"/>; the SIGKILL harness in tools/SearchService.CrashHarness
/// covers many more; see docs/reliability.md.)
/// </summary>
public sealed class CrashRecoveryTests
{
    private static readonly Dictionary<string, string> Seed = new()
    {
        ["a.txt"] = "عنوان أول\n\nنص عن الصواريخ.",
        ["sub/b.txt"] = "عنوان ثان\n\nنص عن الطاقة.",
    };

    public static TheoryData<string> Damage => new() { "segment file deleted", "commit point truncated", "segment file truncated" };

    [Theory]
    [MemberData(nameof(Damage))]
    public async Task DamagedIndex_IsRebuiltFromTheFolder_AndSaysSo(string damage)
    {
        var stopped = await StartAndStopAsync();
        var files = Directory.GetFiles(IndexFiles.CommitFolder(stopped.IndexPath)).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)).ToList();
        var segments = files.Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal)).OrderByDescending(f => new FileInfo(f).Length).First();
        var commit = files.Where(f => Path.GetFileName(f).StartsWith("segments_", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Last();
        switch (damage)
        {
            case "segment file deleted":
                File.Delete(segments);
                break;
            case "commit point truncated":
                Truncate(commit);
                break;
            default:
                Truncate(segments);
                break;
        }

        await using var host = await stopped.RestartReadyAsync();

        var status = await host.StatusAsync();
        Assert.False(string.IsNullOrWhiteSpace(status.GetProperty("rebuildReason").GetString()), "the status must say the index was rebuilt");
        Assert.Equal(2, status.GetProperty("documents").GetInt32());
        Assert.Equal(["a.txt"], ServiceHost.HitIds(await host.SearchAsync("الصواريخ")));
    }

    [Fact]
    public async Task LockFileLeftByAKilledProcess_DoesNotStopTheNextStart_NorForceARebuild()
    {
        var stopped = await StartAndStopAsync();
        File.WriteAllText(Path.Combine(IndexFiles.CommitFolder(stopped.IndexPath), "write.lock"), string.Empty);

        await using var host = await stopped.RestartReadyAsync();

        var status = await host.StatusAsync();
        Assert.Equal(JsonValueKind.Null, status.GetProperty("rebuildReason").ValueKind);
        Assert.Equal(0, status.GetProperty("progress").GetProperty("total").GetInt32());
        Assert.Equal(2, status.GetProperty("documents").GetInt32());
    }

    private static async Task<ServiceHost> StartAndStopAsync()
    {
        var host = await ServiceHost.StartReadyAsync(Seed);
        host.KeepFoldersOnDispose = true;
        await host.DisposeAsync();
        return host;
    }

    private static void Truncate(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.SetLength(stream.Length / 2);
    }
}
