using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Indexing;

/// <summary>The write side over a real index folder: documents by id, the generation layout, rebuilds beside the
/// current index, and what is left after a failure or a crash.</summary>
public sealed class IndexStoreTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "searchservice-core-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Upsert_SameIdTwice_KeepsOneDocumentWithTheLatestText()
    {
        using (var store = IndexStore.Open(path, NullLogger.Instance))
        {
            store.Upsert(TempIndex.Document("a.txt", "النص الأول"));
            store.Upsert(TempIndex.Document("a.txt", "النص الثاني"));
            store.Commit();

            Assert.Equal(1, store.DocumentCount);
            Assert.Equal("النص الثاني", store.Searchers.Find("a.txt")!.Text);
        }

        using var reopened = IndexStore.Open(path, NullLogger.Instance);
        Assert.Null(reopened.RebuildReason);
        Assert.Equal(1, reopened.DocumentCount);
    }

    [Fact]
    public void Find_TextLongerThanOneStoredPiece_IsReadBackWhole()
    {
        // The text is stored in pieces; a surrogate pair (an emoji) straddles the first cut.
        var text = new string('ب', StoredText.PieceLength - 1) + "😀" + string.Concat(Enumerable.Repeat("نص طويل ", 20_000));
        using var store = IndexStore.Open(path, NullLogger.Instance);
        store.Upsert(TempIndex.Document("long.txt", text));
        store.Commit();

        Assert.Equal(text, store.Searchers.Find("long.txt")!.Text);
    }

    [Fact]
    public void DeleteFolder_RemovesOnlyDocumentsUnderIt()
    {
        using var store = IndexStore.Open(path, NullLogger.Instance);
        foreach (var id in new[] { "news/a.txt", "news/deep/b.txt", "newsletter.txt", "other/c.txt" })
        {
            store.Upsert(TempIndex.Document(id, "نص"));
        }

        store.DeleteFolder("news");
        store.Commit();

        Assert.Equal(["newsletter.txt", "other/c.txt"], store.ReadFingerprints().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Open_NewFolder_MarksItAndWritesTheFirstGeneration()
    {
        using var store = IndexStore.Open(path, NullLogger.Instance);

        Assert.Null(store.RebuildReason);
        Assert.False(store.Rebuilding);
        Assert.Equal("gen-1", IndexMarker.ReadGeneration(path));
        Assert.NotEmpty(System.IO.Directory.GetFiles(Path.Combine(path, "gen-1"), "segments_*"));
        Assert.Equal(
            ["gen-1", IndexMarker.FileName, IndexFolderLock.FileName],
            System.IO.Directory.EnumerateFileSystemEntries(path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Open_FolderWithForeignFiles_IsRefusedNamingIt_AndLeftUntouched()
    {
        System.IO.Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "thesis.docx"), "not ours");
        File.WriteAllText(Path.Combine(path, "notes.txt"), "not ours either");

        var error = Assert.Throws<InvalidOperationException>(() => IndexStore.Open(path, NullLogger.Instance));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("did not create", error.Message, StringComparison.Ordinal);
        Assert.Equal(["notes.txt", "thesis.docx"], System.IO.Directory.EnumerateFileSystemEntries(path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Open_LuceneIndexWithoutOurStamp_IsRefused_AndLeftUntouched()
    {
        WriteRawIndex(path, userData: null);
        var before = Snapshot(path);

        var error = Assert.Throws<InvalidOperationException>(() => IndexStore.Open(path, NullLogger.Instance));

        Assert.Contains("did not write", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(path));
    }

    [Fact]
    public void Open_IndexAnEarlierVersionWrote_IsAdoptedAndServedAsItIs()
    {
        WriteLegacyIndex(path, "a.txt", "b.txt");

        using var store = IndexStore.Open(path, NullLogger.Instance);

        Assert.Null(store.RebuildReason);
        Assert.Equal(2, store.Searchers.DocumentCount);
        Assert.Equal(IndexMarker.RootGeneration, IndexMarker.ReadGeneration(path));
        Assert.Empty(System.IO.Directory.GetDirectories(path));
    }

    [Fact]
    public void Rebuild_OfAnAdoptedIndex_DeletesOnlyItsLuceneFilesFromTheRoot()
    {
        WriteLegacyIndex(path, "a.txt");
        File.WriteAllText(Path.Combine(path, "README.md"), "someone's notes");
        using var store = IndexStore.Open(path, NullLogger.Instance);

        store.BeginRebuild("test");
        store.Upsert(TempIndex.Document("new.txt", "نص"));
        store.CompleteRebuild();

        Assert.Equal("gen-1", IndexMarker.ReadGeneration(path));
        Assert.Equal("someone's notes", File.ReadAllText(Path.Combine(path, "README.md")));
        Assert.DoesNotContain(System.IO.Directory.EnumerateFiles(path), f => LuceneFileNames.IsLucene(Path.GetFileName(f)));
        Assert.Equal(1, store.Searchers.DocumentCount);
    }

    [Fact]
    public void Open_IndexFromAnotherAnalysisVersion_IsRebuiltBesideIt_WhileSearchesKeepIt()
    {
        WriteRawIndex(path, new Dictionary<string, string> { ["analysis"] = "stock-arabic-0" });

        using var store = IndexStore.Open(path, NullLogger.Instance);

        Assert.True(store.Rebuilding);
        Assert.Contains("stock-arabic-0", store.RebuildReason, StringComparison.Ordinal);
        Assert.Equal(0, store.DocumentCount); // the new generation starts empty
        Assert.Equal(1, store.Searchers.DocumentCount); // searches still see the old one

        store.CompleteRebuild();
        Assert.Equal(0, store.Searchers.DocumentCount);
        Assert.Equal("gen-1", IndexMarker.ReadGeneration(path));
    }

    [Fact]
    public void Open_CorruptIndex_IsRebuiltAndSaysWhy_AndForeignFilesSurvive()
    {
        using (var store = IndexStore.Open(path, NullLogger.Instance))
        {
            store.Upsert(TempIndex.Document("a.txt", "نص"));
            store.Commit();
        }

        File.WriteAllText(Path.Combine(path, "dropped-here.txt"), "not ours");
        File.WriteAllText(Path.Combine(path, "gen-1", "also-dropped.txt"), "not ours");
        foreach (var file in System.IO.Directory.GetFiles(Path.Combine(path, "gen-1"), "segments*"))
        {
            File.WriteAllBytes(file, [1, 2, 3]);
        }

        using var rebuilt = IndexStore.Open(path, NullLogger.Instance);
        Assert.NotNull(rebuilt.RebuildReason);
        Assert.Equal(0, rebuilt.DocumentCount);
        rebuilt.CompleteRebuild();

        Assert.Equal("gen-2", IndexMarker.ReadGeneration(path));
        Assert.True(File.Exists(Path.Combine(path, "dropped-here.txt")));
        Assert.Equal(["also-dropped.txt"], System.IO.Directory.EnumerateFileSystemEntries(Path.Combine(path, "gen-1")).Select(Path.GetFileName));
    }

    [Fact]
    public void Open_WithAGarbledMarker_RebuildsInANewGeneration_KeepingForeignFiles()
    {
        using (var store = IndexStore.Open(path, NullLogger.Instance))
        {
            store.Upsert(TempIndex.Document("a.txt", "نص"));
            store.Commit();
        }

        File.WriteAllText(Path.Combine(path, IndexMarker.FileName), "{ not json");
        File.WriteAllText(Path.Combine(path, "dropped-here.txt"), "not ours");

        using var reopened = IndexStore.Open(path, NullLogger.Instance);

        Assert.True(reopened.Rebuilding);
        Assert.Contains("marker", reopened.RebuildReason, StringComparison.Ordinal);
        reopened.CompleteRebuild();

        // Which generation was current is unknown, so none was kept: the index starts over from the folder.
        Assert.Equal("gen-1", IndexMarker.ReadGeneration(path));
        Assert.Equal(0, reopened.Searchers.DocumentCount);
        Assert.True(File.Exists(Path.Combine(path, "dropped-here.txt")));
    }

    [Fact]
    public void Rebuild_SearchesUseTheOldGenerationUntilTheSwitch_ThenItsFilesGo()
    {
        using var store = IndexStore.Open(path, NullLogger.Instance);
        store.Upsert(TempIndex.Document("old.txt", "قديم"));
        store.Commit();

        store.BeginRebuild("test");
        store.Upsert(TempIndex.Document("new.txt", "جديد"));
        store.Commit();

        Assert.NotNull(store.Searchers.Find("old.txt"));
        Assert.Null(store.Searchers.Find("new.txt"));

        store.CompleteRebuild();

        Assert.Null(store.Searchers.Find("old.txt"));
        Assert.NotNull(store.Searchers.Find("new.txt"));
        Assert.Equal("gen-2", IndexMarker.ReadGeneration(path));
        Assert.False(System.IO.Directory.Exists(Path.Combine(path, "gen-1")));
    }

    [Fact]
    public void Open_AfterACrashMidRebuild_RemovesThePartialGeneration_AndServesTheOldOne()
    {
        using (var store = IndexStore.Open(path, NullLogger.Instance))
        {
            store.Upsert(TempIndex.Document("a.txt", "نص"));
            store.Upsert(TempIndex.Document("b.txt", "نص"));
            store.Commit();
            store.BeginRebuild("test");
            store.Upsert(TempIndex.Document("a.txt", "نص"));
            store.Commit(); // the partial generation has a commit of its own, as a kill mid-pass leaves it
        }

        File.WriteAllText(Path.Combine(path, "dropped-here.txt"), "not ours");
        Assert.True(System.IO.Directory.Exists(Path.Combine(path, "gen-2")));

        using var reopened = IndexStore.Open(path, NullLogger.Instance);

        Assert.False(reopened.Rebuilding);
        Assert.Equal(2, reopened.Searchers.DocumentCount);
        Assert.Equal("gen-1", IndexMarker.ReadGeneration(path));
        Assert.False(System.IO.Directory.Exists(Path.Combine(path, "gen-2")));
        Assert.True(File.Exists(Path.Combine(path, "dropped-here.txt")));
    }

    [Fact]
    public void ReleaseWriter_SearchesKeepTheLastCommit_AndReopenGoesOnFromIt()
    {
        using var store = IndexStore.Open(path, NullLogger.Instance);
        store.Upsert(TempIndex.Document("committed.txt", "نص"));
        store.Commit();
        store.Upsert(TempIndex.Document("uncommitted.txt", "نص"));
        store.Refresh();

        store.ReleaseWriter();

        Assert.False(store.HasWriter);
        Assert.NotNull(store.Searchers.Find("committed.txt"));
        Assert.Null(store.Searchers.Find("uncommitted.txt"));
        Assert.Throws<InvalidOperationException>(() => store.Upsert(TempIndex.Document("x.txt", "نص")));

        store.ReopenWriter();

        Assert.False(store.Rebuilding);
        Assert.Equal(["committed.txt"], store.ReadFingerprints().Keys);
        store.Upsert(TempIndex.Document("after.txt", "نص"));
        store.Commit();
        Assert.Equal(2, store.Searchers.DocumentCount);
    }

    [Fact]
    public void ReopenWriter_WhenTheIndexIsGone_RebuildsBesideIt_WhileSearchesKeepWhatTheyHad()
    {
        using var store = IndexStore.Open(path, NullLogger.Instance);
        store.Upsert(TempIndex.Document("a.txt", "نص"));
        store.Commit();
        store.ReleaseWriter();
        System.IO.Directory.Delete(Path.Combine(path, "gen-1"), recursive: true);

        store.ReopenWriter();

        Assert.True(store.Rebuilding);
        Assert.NotNull(store.Searchers.Find("a.txt"));
        store.CompleteRebuild();
        Assert.Equal("gen-2", IndexMarker.ReadGeneration(path));
    }

    [Fact]
    public void Open_WhileAnotherStoreHoldsTheFolder_FailsSayingSo_WithoutWipingIt()
    {
        using var first = IndexStore.Open(path, NullLogger.Instance);
        first.Upsert(TempIndex.Document("a.txt", "نص"));
        first.Commit();

        var error = Assert.ThrowsAny<IOException>(() => IndexStore.Open(path, NullLogger.Instance));

        Assert.Contains("in use by another running SearchService", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, first.DocumentCount);
    }

    [Fact]
    public void OpenReadOnly_ServesTheCurrentGeneration_BesideTheRunningWriter()
    {
        using var store = IndexStore.Open(path, NullLogger.Instance);
        store.Upsert(TempIndex.Document("a.txt", "نص"));
        store.Commit();

        using var readOnly = SearcherSource.OpenReadOnly(path);

        Assert.Equal(1, readOnly.DocumentCount);
        Assert.Equal("نص", readOnly.Find("a.txt")!.Text);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }

    /// <summary>What an earlier version of the service left: its index (stamped with the current analysis) in the root.</summary>
    private static void WriteLegacyIndex(string folder, params string[] ids)
    {
        var writer = GenerationWriter.Create(folder, new IndexSearcherFactory(Bm25Parameters.Default, new SegmentNameKeys()), NullLogger.Instance);
        foreach (var id in ids)
        {
            writer.Upsert(TempIndex.Document(id, "نص"));
        }

        writer.Close();
    }

    /// <summary>A plain Lucene index with one document and the given commit data (null: none at all).</summary>
    private static void WriteRawIndex(string folder, Dictionary<string, string>? userData)
    {
        using var directory = new NIOFSDirectory(new DirectoryInfo(folder));
        using var writer = new IndexWriter(directory, new IndexWriterConfig(ArabicSearchAnalyzer.Version, ArabicSearchAnalyzer.Stemmed()));
        writer.AddDocument([new Lucene.Net.Documents.StringField(IndexFields.Id, "old.txt", Lucene.Net.Documents.Field.Store.YES)]);
        if (userData is not null)
        {
            writer.SetCommitData(userData);
        }

        writer.Commit();
    }

    private static List<(string Name, long Length, DateTime Modified)> Snapshot(string folder) =>
        [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", SearchOption.AllDirectories)
            .Select(i => (i.FullName, i is FileInfo f ? f.Length : -1, i.LastWriteTimeUtc))
            .OrderBy(e => e.FullName, StringComparer.Ordinal)];
}
