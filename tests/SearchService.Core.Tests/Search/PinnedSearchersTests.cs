using Lucene.Net.Search;
using SearchService.Core.Search;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Search;

/// <summary>The states of the index kept for cursors are bounded in number, not only in time: each holds files open.</summary>
public sealed class PinnedSearchersTests
{
    [Fact]
    public void PastMaxKept_TheLeastRecentlyUsedStateIsLetGo_AndItsReaderReleased()
    {
        using var index = new TempIndex(new Dictionary<string, string> { ["a.txt"] = "نص أول" });
        using var lease = index.Store.Searchers.AcquireSearcher();
        var reader = lease.Searcher.IndexReader;
        var searchers = Enumerable.Range(0, 3).Select(_ => new IndexSearcher(reader)).ToArray();
        using var pins = new PinnedSearchers(new CursorOptions { MaxKept = 2 }, TimeProvider.System);

        var first = pins.Record(searchers[0]);
        var second = pins.Record(searchers[1]);
        using (var again = pins.Acquire(second))
        {
            Assert.NotNull(again); // used again: the first is now the least recently used
        }

        var countBefore = reader.RefCount;
        var third = pins.Record(searchers[2]);

        Assert.Equal(2, pins.Count);
        Assert.Null(pins.Acquire(first));
        using (var kept = pins.Acquire(third))
        {
            Assert.NotNull(kept);
        }

        Assert.Equal(countBefore, reader.RefCount); // one reference taken for the third, one given back for the first
    }
}
