using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Core.Indexing;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Indexing;

/// <summary>After a large pass the index is merged down to one segment in the background, and searches move to the
/// merged segment as soon as the merge is done, without waiting for the next change.</summary>
public sealed class CompactionTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "searchservice-core-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task CompactInBackground_LeavesOneSegment_AndSearchesSeeItWithoutAnotherChange()
    {
        using var store = IndexStore.Open(path, NullLogger.Instance);
        for (var batch = 0; batch < 5; batch++)
        {
            for (var i = 0; i < 20; i++)
            {
                store.Upsert(TempIndex.Document($"d{batch}-{i}.txt", $"نص رقم {i} في الدفعة {batch}"));
            }

            store.Commit(); // a segment per batch
        }

        Assert.True(Segments(store) > 1);

        store.CompactInBackground();

        var deadline = Stopwatch.StartNew();
        while (Segments(store) > 1)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(20), "the searcher never moved to the merged segment");
            await Task.Delay(20);
        }

        Assert.Equal(100, store.Searchers.DocumentCount);
    }

    [Fact]
    public void Closing_WhileAMergeRuns_KeepsEveryDocument_AndTheIndexCanStillBeMerged()
    {
        using (var store = IndexStore.Open(path, NullLogger.Instance))
        {
            WriteBatches(store, batches: 8, perBatch: 200);
            store.CompactInBackground();
            store.Upsert(TempIndex.Document("last.txt", "آخر نص قبل الإيقاف")); // pending at close: committed, not lost
        } // gives the merge up rather than waiting for it, however far it got

        using var reopened = IndexStore.Open(path, NullLogger.Instance);
        Assert.Equal(8 * 200 + 1, reopened.Searchers.DocumentCount);
        reopened.Compact();
        reopened.Refresh();
        Assert.Equal(1, Segments(reopened));
        Assert.Equal(8 * 200 + 1, reopened.Searchers.DocumentCount);
    }

    private static void WriteBatches(IndexStore store, int batches, int perBatch)
    {
        for (var batch = 0; batch < batches; batch++)
        {
            for (var i = 0; i < perBatch; i++)
            {
                store.Upsert(TempIndex.Document($"d{batch}-{i}.txt", $"نص رقم {i} في الدفعة {batch} عن موضوع طويل بعض الشيء"));
            }

            store.Commit(); // a segment per batch
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private static int Segments(IndexStore store)
    {
        using var lease = store.Searchers.AcquireSearcher();
        return lease.Searcher.IndexReader.Leaves.Count;
    }
}
