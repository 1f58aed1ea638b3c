using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchService.Core.Indexing;

/// <summary>Finds a document's number in a searcher by its id.</summary>
internal static class DocumentIds
{
    // Ids are unique (every write is an update by id), so the first hit is the document.
    public static int? Find(IndexSearcher searcher, string id)
    {
        var top = searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1);
        return top.TotalHits == 0 ? null : top.ScoreDocs[0].Doc;
    }
}
