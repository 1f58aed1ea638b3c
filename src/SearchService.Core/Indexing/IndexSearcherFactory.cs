using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchService.Core.Indexing;

/// <summary>Every searcher, near-real-time or read-only, ranks with the same BM25 (Lucene.Net defaults to TF-IDF).</summary>
internal sealed class Bm25SearcherFactory(Bm25Parameters bm25) : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) =>
        new(reader) { Similarity = Ranking.CreateSimilarity(bm25) };
}
