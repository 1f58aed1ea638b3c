using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Indexing;

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
            Assert.Equal("النص الثاني", store.Find("a.txt")!.Text);
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

        Assert.Equal(text, store.Find("long.txt")!.Text);
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
    public void Open_IndexFromAnotherAnalysisVersion_IsRebuiltAndSaysWhy()
    {
        using (var directory = new NIOFSDirectory(new DirectoryInfo(path)))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ArabicSearchAnalyzer.Version, ArabicSearchAnalyzer.Stemmed())))
        {
            writer.AddDocument([new Lucene.Net.Documents.StringField(IndexFields.Id, "old.txt", Lucene.Net.Documents.Field.Store.YES)]);
            writer.SetCommitData(new Dictionary<string, string> { ["analysis"] = "stock-arabic-0" });
            writer.Commit();
        }

        using var store = IndexStore.Open(path, NullLogger.Instance);

        Assert.Contains("stock-arabic-0", store.RebuildReason, StringComparison.Ordinal);
        Assert.Equal(0, store.DocumentCount);
    }

    [Fact]
    public void Open_CorruptIndex_IsRebuiltAndSaysWhy()
    {
        using (var store = IndexStore.Open(path, NullLogger.Instance))
        {
            store.Upsert(TempIndex.Document("a.txt", "نص"));
            store.Commit();
        }

        foreach (var file in System.IO.Directory.GetFiles(path, "segments*"))
        {
            File.WriteAllBytes(file, [1, 2, 3]);
        }

        using var rebuilt = IndexStore.Open(path, NullLogger.Instance);

        Assert.NotNull(rebuilt.RebuildReason);
        Assert.Equal(0, rebuilt.DocumentCount);
    }

    [Fact]
    public void Open_WhileAnotherWriterHoldsTheIndex_FailsWithoutWipingIt()
    {
        using var first = IndexStore.Open(path, NullLogger.Instance);
        first.Upsert(TempIndex.Document("a.txt", "نص"));
        first.Commit();

        Assert.ThrowsAny<IOException>(() => IndexStore.Open(path, NullLogger.Instance));
        Assert.Equal(1, first.DocumentCount);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }
}
