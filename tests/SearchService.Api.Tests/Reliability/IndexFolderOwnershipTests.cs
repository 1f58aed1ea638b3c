using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Reliability;

/// <summary>
/// The service owns only what it creates. A folder that holds someone else's files is refused at start, untouched;
/// in its own index folder it deletes only index files it wrote, whatever rebuilds it (a damaged index, another
/// analysis version, an admin request); an index an earlier version wrote is adopted, not refused.
/// </summary>
public sealed class IndexFolderOwnershipTests
{
    private const string Key = "test-admin-key-0123456789";

    private static readonly Dictionary<string, string> Seed = new()
    {
        ["a.txt"] = "عنوان أول\n\nنص عن الصواريخ.",
        ["sub/b.txt"] = "عنوان ثان\n\nنص عن الطاقة.",
    };

    [Fact]
    public async Task Start_OnAFolderWithSomeoneElsesFiles_FailsNamingTheFolderAndTheSetting_AndTouchesNothing()
    {
        using var folders = new TestFolders(Seed);
        var thesis = folders.DropForeignFile("thesis.docx");
        var notes = folders.DropForeignFile("notes.txt");
        var nested = folders.DropForeignFile("drafts/chapter1.md");
        var before = Listing(folders.Index);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => folders.StartAsync());

        Assert.Contains("Search:IndexPath", error.Message, StringComparison.Ordinal);
        Assert.Contains(folders.Index, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Listing(folders.Index)); // nothing created, changed or deleted
        TestFolders.AssertForeignFileIntact(thesis);
        TestFolders.AssertForeignFileIntact(notes);
        TestFolders.AssertForeignFileIntact(nested);
    }

    [Fact]
    public async Task Start_OnSomeoneElsesLuceneIndex_FailsSayingSo_AndTouchesNothing()
    {
        using var folders = new TestFolders(Seed);
        Directory.CreateDirectory(folders.Index);
        using (var directory = new Lucene.Net.Store.NIOFSDirectory(new DirectoryInfo(folders.Index)))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(
            Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            writer.AddDocument([new Lucene.Net.Documents.StringField("id", "theirs", Lucene.Net.Documents.Field.Store.YES)]);
            writer.Commit();
        }

        var before = Listing(folders.Index);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => folders.StartAsync());

        Assert.Contains("Search:IndexPath", error.Message, StringComparison.Ordinal);
        Assert.Contains("Lucene index that this service did not write", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Listing(folders.Index));
    }

    [Fact]
    public async Task ForeignFileInTheIndexFolder_SurvivesACorruptIndexRebuild()
    {
        using var folders = new TestFolders(Seed);
        await StartReadyAndStopAsync(folders);
        var dropped = folders.DropForeignFile("dropped-here.txt");
        IndexFiles.CorruptAll(folders.Index);

        await using var host = await folders.StartAsync();
        await host.WaitUntilReadyAsync();

        var status = await host.StatusAsync();
        Assert.False(string.IsNullOrWhiteSpace(status.GetProperty("rebuildReason").GetString()));
        Assert.Equal(2, status.GetProperty("documents").GetInt32());
        Assert.Equal(["a.txt"], ServiceHost.HitIds(await host.SearchAsync("الصواريخ")));
        TestFolders.AssertForeignFileIntact(dropped);
    }

    [Fact]
    public async Task ForeignFileInTheIndexFolder_SurvivesAnAnalysisVersionRebuild()
    {
        using var folders = new TestFolders(Seed);
        await StartReadyAndStopAsync(folders);
        var dropped = folders.DropForeignFile("dropped-here.txt");
        IndexFiles.Restamp(IndexFiles.CommitFolder(folders.Index), "an-older-analysis-0");

        await using var host = await folders.StartAsync();
        await host.WaitUntilReadyAsync();

        var status = await host.StatusAsync();
        Assert.Contains("an-older-analysis-0", status.GetProperty("rebuildReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, status.GetProperty("documents").GetInt32());
        TestFolders.AssertForeignFileIntact(dropped);
        Assert.Equal(["gen-2"], IndexFiles.Generations(folders.Index)); // built beside gen-1, which is gone
    }

    [Fact]
    public async Task ForeignFilesInTheIndexFolder_SurviveAnAdminRebuild()
    {
        using var folders = new TestFolders(Seed);
        await using var host = await folders.StartAsync("--Search:AdminApiKey", Key);
        await host.WaitUntilReadyAsync();
        var inRoot = folders.DropForeignFile("dropped-here.txt");
        var inGeneration = folders.DropForeignFile("gen-1/dropped-in-the-index.txt");

        Assert.Equal(HttpStatusCode.Accepted, await PostRebuildAsync(host));
        await ServiceHost.PollAsync(
            async () => IndexFiles.MarkerGeneration(folders.Index) == "gen-2" && State(await host.StatusAsync()) == "ready",
            "the rebuild to switch to its new generation");

        TestFolders.AssertForeignFileIntact(inRoot);
        TestFolders.AssertForeignFileIntact(inGeneration);
        Assert.Equal(["dropped-in-the-index.txt"], Directory.EnumerateFileSystemEntries(Path.Combine(folders.Index, "gen-1")).Select(Path.GetFileName));
        Assert.Equal(["a.txt"], ServiceHost.HitIds(await host.SearchAsync("الصواريخ")));
    }

    [Fact]
    public async Task IndexAnEarlierVersionWrote_IsAdopted_AndItsRebuildDeletesOnlyItsFiles()
    {
        using var folders = new TestFolders(Seed);
        await StartReadyAndStopAsync(folders);
        MoveToTheEarlierLayout(folders.Index);
        var readme = folders.DropForeignFile("README.md");

        await using var host = await folders.StartAsync("--Search:AdminApiKey", Key);
        await host.WaitUntilReadyAsync();

        var status = await host.StatusAsync();
        Assert.Equal(JsonValueKind.Null, status.GetProperty("rebuildReason").ValueKind);
        Assert.Equal(0, status.GetProperty("progress").GetProperty("total").GetInt32()); // served as it was
        Assert.Equal(2, status.GetProperty("documents").GetInt32());
        Assert.Equal(".", IndexFiles.MarkerGeneration(folders.Index));

        Assert.Equal(HttpStatusCode.Accepted, await PostRebuildAsync(host));
        await ServiceHost.PollAsync(
            async () => IndexFiles.MarkerGeneration(folders.Index) == "gen-1" && State(await host.StatusAsync()) == "ready",
            "the rebuild to replace the adopted index");

        Assert.DoesNotContain(IndexFiles.LuceneFiles(folders.Index), f => Path.GetDirectoryName(f) == folders.Index);
        TestFolders.AssertForeignFileIntact(readme);
        Assert.Equal(["a.txt"], ServiceHost.HitIds(await host.SearchAsync("الصواريخ")));
    }

    [Fact]
    public async Task SecondService_OnTheSameIndexFolder_FailsAtStart_AndTheFirstKeepsServing()
    {
        using var folders = new TestFolders(Seed);
        await using var first = await folders.StartAsync();
        await first.WaitUntilReadyAsync();

        // In one process the lock stops the second index from opening (from another process, the options
        // validation already refuses it: RebuildBesideTests.KilledDuringARebuild…).
        var error = await Assert.ThrowsAsync<IOException>(() => folders.StartAsync());

        Assert.Contains("Search:IndexPath", error.Message, StringComparison.Ordinal);
        Assert.Contains("in use by another running SearchService", error.Message, StringComparison.Ordinal);
        Assert.Equal(["a.txt"], ServiceHost.HitIds(await first.SearchAsync("الصواريخ")));
    }

    private static async Task StartReadyAndStopAsync(TestFolders folders)
    {
        await using var host = await folders.StartAsync();
        await host.WaitUntilReadyAsync();
    }

    /// <summary>What the versions before generations left: the Lucene files in the index folder itself, no marker.</summary>
    private static void MoveToTheEarlierLayout(string index)
    {
        var generation = IndexFiles.CommitFolder(index);
        foreach (var file in Directory.GetFiles(generation))
        {
            File.Move(file, Path.Combine(index, Path.GetFileName(file)));
        }

        Directory.Delete(generation);
        File.Delete(Path.Combine(index, "searchservice-index.json"));
        File.Delete(Path.Combine(index, "searchservice.lock"));
    }

    private static async Task<HttpStatusCode> PostRebuildAsync(ServiceHost host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/index/rebuild", UriKind.Relative));
        request.Headers.Add("X-Api-Key", Key);
        using var response = await host.Client.SendAsync(request);
        return response.StatusCode;
    }

    private static string? State(JsonElement status) => status.GetProperty("state").GetString();

    private static List<string> Listing(string folder) =>
        [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", SearchOption.AllDirectories)
            .Select(i => $"{Path.GetRelativePath(folder, i.FullName)} {(i is FileInfo f ? f.Length : -1)} {i.LastWriteTimeUtc.Ticks}")
            .Order(StringComparer.Ordinal)];
}
