using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Worker.Status;

namespace SearchService.Worker.Tests;

/// <summary>
/// The periodic check compares the folder with the index without changing either (it runs beside the worker), and
/// sees every difference the reconcile would apply: a file added, changed or gone, and a reported failure whose file
/// is gone; but not a file that failed before and has not changed since.
/// </summary>
public sealed class FolderIndexerTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "searchservice-worker-tests", Guid.NewGuid().ToString("N"));
    private readonly IndexStore store;
    private readonly IndexStatus status = new();
    private readonly FolderIndexer indexer;

    public FolderIndexerTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "docs"));
        store = IndexStore.Open(Path.Combine(root, "index"), NullLogger.Instance);
        indexer = new FolderIndexer(
            store, new DocumentReader(), status, new IndexPaths(Path.Combine(root, "docs"), Path.Combine(root, "index")),
            SearchLimits.Default, TimeProvider.System, NullLogger<FolderIndexer>.Instance);
    }

    [Fact]
    public async Task IsOutOfStep_SeesAddedChangedAndDeletedFiles_AndNothingOnceReconciled()
    {
        Write("a.txt", "عنوان\n\nنص أول");
        Assert.True(indexer.IsOutOfStep()); // added

        await indexer.ReconcileAsync(CancellationToken.None);
        Assert.False(indexer.IsOutOfStep());

        Write("a.txt", "عنوان\n\nنص ثان أطول من الأول");
        Assert.True(indexer.IsOutOfStep()); // changed
        await indexer.ReconcileAsync(CancellationToken.None);

        File.Delete(Path.Combine(root, "docs", "a.txt"));
        Assert.True(indexer.IsOutOfStep()); // gone
        await indexer.ReconcileAsync(CancellationToken.None);
        Assert.False(indexer.IsOutOfStep());
    }

    [Fact]
    public async Task IsOutOfStep_IgnoresAFileThatFailedUnchanged_ButNotItsFailureOnceTheFileIsGone()
    {
        Write("empty.txt", string.Empty); // fails: empty file
        await indexer.ReconcileAsync(CancellationToken.None);
        Assert.Single(status.Snapshot().Failures);
        Assert.False(indexer.IsOutOfStep());

        File.Delete(Path.Combine(root, "docs", "empty.txt"));
        Assert.True(indexer.IsOutOfStep());
        await indexer.ReconcileAsync(CancellationToken.None);
        Assert.Empty(status.Snapshot().Failures);
    }

    [Fact]
    public async Task IsOutOfStep_ChangesNothing()
    {
        Write("a.txt", "عنوان\n\nنص");

        Assert.True(indexer.IsOutOfStep());
        Assert.True(indexer.IsOutOfStep());
        Assert.Equal(0, store.DocumentCount);
        await indexer.ReconcileAsync(CancellationToken.None);
        Assert.Equal(1, store.DocumentCount);
    }

    public void Dispose()
    {
        store.Dispose();
        Directory.Delete(root, recursive: true);
    }

    private void Write(string name, string text) =>
        File.WriteAllText(Path.Combine(root, "docs", name), text, new UTF8Encoding(false));
}
