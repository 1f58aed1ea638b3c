using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchService.Core.Indexing;

/// <summary>Every searcher, near-real-time or read-only, ranks with the same BM25 (Lucene.Net defaults to TF-IDF),
/// and opens with its segments' name keys built, so the first search after a refresh does not build them.</summary>
internal sealed class IndexSearcherFactory(Bm25Parameters bm25, SegmentNameKeys nameKeys) : SearcherFactory
{
    public SegmentNameKeys NameKeys => nameKeys;

    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        nameKeys.Warm(reader);
        return new(reader) { Similarity = Ranking.CreateSimilarity(bm25) };
    }
}
