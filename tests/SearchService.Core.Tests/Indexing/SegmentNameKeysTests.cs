using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Tests.Infrastructure;

namespace SearchService.Core.Tests.Indexing;

/// <summary>Name keys are built when a segment opens, not by the first search that reads a name.</summary>
public sealed class SegmentNameKeysTests : IDisposable
{
    private readonly TempIndex index = new(new Dictionary<string, string> { ["a.txt"] = "قال ترامب إن الاجتماع كان جيدا" });

    private SegmentNameKeys Keys => index.Store.Searchers.SearcherFactory.NameKeys;

    [Fact]
    public void A_Refresh_KeysTheNewSegment_BeforeAnySearch()
    {
        var before = Keys.Built;

        index.Store.Upsert(TempIndex.Document("b.txt", "وقال ترمب في مؤتمر صحفي"));
        index.Store.Refresh();

        Assert.Equal(before + 1, Keys.Built);
        index.Ids("ترمب");
        Assert.Equal(before + 1, Keys.Built);
    }

    [Fact]
    public void A_MergedSegment_IsKeyedInTheMerge_SoTheRefreshAfterItKeysNothing()
    {
        index.Store.Upsert(TempIndex.Document("b.txt", "وقال ترمب في مؤتمر صحفي"));
        index.Store.Commit();
        Assert.True(index.Store.SegmentCount > 1);
        var before = Keys.Built;

        index.Store.Compact();
        Assert.Equal(before + 1, Keys.Built);

        index.Store.Refresh();
        Assert.Equal(1, index.Store.SegmentCount);
        Assert.Equal(before + 1, Keys.Built);
    }

    public void Dispose() => index.Dispose();
}
