using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchService.Core.Indexing;

internal static class IdLookup
{
    /// <summary>The document number of an id. Ids are unique (every write is an update by id), so the first hit is it.</summary>
    public static int? DocNumber(IndexSearcher searcher, string id)
    {
        var top = searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1);
        return top.TotalHits == 0 ? null : top.ScoreDocs[0].Doc;
    }
}
