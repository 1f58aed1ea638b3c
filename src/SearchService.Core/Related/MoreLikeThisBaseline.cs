using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using SearchService.Core.Indexing;

namespace SearchService.Core.Related;

/// <summary>
/// Lucene's MoreLikeThis with its default settings (a term counts when it occurs at least twice in the document
/// and in at least five documents; the 25 best by tf-idf) over our analysed title and body: the baseline that
/// <see cref="RelatedDocuments"/> is measured against. Not used by the service.
/// </summary>
public sealed class MoreLikeThisBaseline(SearcherSource searchers)
{
    /// <summary>The ids of up to <paramref name="size"/> other documents, most similar first; null for an unknown id.</summary>
    public IReadOnlyList<string>? Find(string id, int size)
    {
        using var lease = searchers.AcquireSearcher();
        var searcher = lease.Searcher;
        if (IdLookup.DocNumber(searcher, id) is not { } doc)
        {
            return null;
        }

        var mlt = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = searchers.Analyzer,
            FieldNames = [IndexFields.Title, IndexFields.Text],
        };
        var query = mlt.Like(doc);
        var top = searcher.Search(query, size + 1);
        return [.. top.ScoreDocs.Where(h => h.Doc != doc).Take(size).Select(h => searcher.Doc(h.Doc).Get(IndexFields.Id, System.Globalization.CultureInfo.InvariantCulture))];
    }
}
