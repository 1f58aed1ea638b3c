using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Worker.Metrics;
using SearchService.Worker.Status;

namespace SearchService.Worker.Tests;

/// <summary>
/// The periodic check lists where the folder and the index differ without changing either (it runs beside the
/// worker): a file added, changed or gone, and a reported failure whose file is gone; but not a file that failed
/// before and has not changed since. Applied like file events, those paths bring the two back in step.
/// </summary>
public sealed class FolderIndexerTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "searchservice-worker-tests", Guid.NewGuid().ToString("N"));
    private readonly IndexStore store;
    private readonly IndexStatus status = new();
    private readonly Meters meters = new();
    private readonly FolderIndexer indexer;

    public FolderIndexerTests()
    {
        Directory.CreateDirectory(Documents);
        store = IndexStore.Open(Path.Combine(root, "index"), NullLogger.Instance);
        indexer = new FolderIndexer(
            store, new DocumentReader(), status, new IndexPaths(Documents, Path.Combine(root, "index")),
            SearchLimits.Default, new IndexingMetrics(meters, store, status, TimeProvider.System),
            TimeProvider.System, NullLogger<FolderIndexer>.Instance);
    }

    private string Documents => Path.Combine(root, "docs");

    [Fact]
    public async Task Differences_ListAddedChangedAndDeletedFiles_AndApplyingThemLeavesNone()
    {
        Write("a.txt", "عنوان\n\nنص أول");
        Write("b.txt", "عنوان\n\nنص آخر");
        await indexer.ReconcileAsync(CancellationToken.None);
        Assert.Empty(indexer.Differences());

        Write("new.txt", "عنوان\n\nنص جديد");
        Write("a.txt", "عنوان\n\nنص ثان أطول من الأول");
        File.Delete(Path.Combine(Documents, "b.txt"));

        var differences = indexer.Differences();
        Assert.Equal(["a.txt", "b.txt", "new.txt"], differences.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(2, store.DocumentCount); // listing changes nothing

        foreach (var path in differences)
        {
            await indexer.ApplyAsync(path, CancellationToken.None);
        }

        store.Commit();
        Assert.Empty(indexer.Differences());
        Assert.Equal(2, store.DocumentCount);
    }

    [Fact]
    public async Task Differences_IgnoreAFileThatFailedUnchanged_ButNotItsFailureOnceTheFileIsGone()
    {
        Write("empty.txt", string.Empty); // fails: empty file
        await indexer.ReconcileAsync(CancellationToken.None);
        Assert.Single(status.Snapshot().Failures);
        Assert.Empty(indexer.Differences());

        File.Delete(Path.Combine(Documents, "empty.txt"));
        var gone = Assert.Single(indexer.Differences());
        await indexer.ApplyAsync(gone, CancellationToken.None);
        Assert.Empty(status.Snapshot().Failures);
    }

    public void Dispose()
    {
        store.Dispose();
        meters.Dispose();
        Directory.Delete(root, recursive: true);
    }

    private void Write(string name, string text) =>
        File.WriteAllText(Path.Combine(Documents, name), text, new UTF8Encoding(false));

    /// <summary>The meters the indexer records on, disposed with the test (the host's factory does the same).</summary>
    private sealed class Meters : IMeterFactory
    {
        private readonly List<Meter> created = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options);
            created.Add(meter);
            return meter;
        }

        public void Dispose() => created.ForEach(m => m.Dispose());
    }
}
