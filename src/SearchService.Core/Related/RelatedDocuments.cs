using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Documents;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;

namespace SearchService.Core.Related;

/// <summary>
/// The documents most like a given one: its distinctive body stems (weighted by BM25's saturated term frequency
/// and inverse document frequency) and its title's stems, searched as one weighted query ranked by the index's own
/// BM25 with coordination, so a document sharing more of the words ranks higher. The document itself and copies of
/// it or of a document already listed (the same text republished) are left out. Thread-safe.
/// </summary>
public sealed class RelatedDocuments(SearcherSource searchers, RelatedWeights weights)
{
    private readonly SnippetBuilder openings = new();
    private readonly Lucene.Net.Search.Similarities.Similarity similarity = Ranking.CreateSimilarity(weights.Bm25);

    public RelatedDocuments(SearcherSource searchers)
        : this(searchers, RelatedWeights.Default)
    {
    }

    /// <summary>Up to <paramref name="size"/> other documents, most similar first; null for an unknown id.</summary>
    public IReadOnlyList<RelatedHit>? Find(string id, int size, CancellationToken cancellationToken = default)
    {
        using var lease = searchers.AcquireSearcher();
        var searcher = lease.Searcher;
        if (IdLookup.DocNumber(searcher, id) is not { } doc)
        {
            return null;
        }

        var (source, _) = DocumentMapper.Opening(searcher, doc, withText: true);
        var query = Like(searcher.IndexReader, source);
        query.Add(new TermQuery(new Term(IndexFields.Id, id)), Occur.MUST_NOT);
        if (query.Clauses.Count == 1)
        {
            return []; // no word it shares with any other document
        }

        // A few more than asked for, so folded copies still leave a full list.
        var ranking = new IndexSearcher(searcher.IndexReader) { Similarity = similarity };
        var top = ranking.Search(query, (size * 3) + 5);
        var copies = new NearDuplicates(weights.DuplicateThreshold);
        copies.TryAdd(source.Text.Length > 0 ? source.Text : source.Title);
        var hits = new List<RelatedHit>(size);
        foreach (var hit in top.ScoreDocs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (hits.Count == size)
            {
                break;
            }

            var (other, continues) = DocumentMapper.Opening(searcher, hit.Doc, withText: true);
            if (copies.TryAdd(other.Text.Length > 0 ? other.Text : other.Title))
            {
                hits.Add(ToHit(other, hit.Score, continues));
            }
        }

        return hits;
    }

    /// <summary>The weighted query of a document's distinctive words, without the exclusion of itself.</summary>
    internal BooleanQuery Like(IndexReader reader, SourceDocument source)
    {
        var analyzer = searchers.Analyzer;
        var query = new BooleanQuery(disableCoord: false);
        var body = DistinctiveTerms.Of(reader, analyzer, IndexFields.Text, source.Text, weights.K1, weights.TextTerms, weights.IdfInWeight);
        var title = DistinctiveTerms.Of(reader, analyzer, IndexFields.Title, source.Title, weights.K1, weights.TitleTerms, weights.IdfInWeight);
        var heaviest = body.Concat(title).Select(t => t.Boost).DefaultIfEmpty(1).Max();
        foreach (var t in body)
        {
            query.Add(new TermQuery(new Term(IndexFields.Text, t.Term)) { Boost = t.Boost / heaviest }, Occur.SHOULD);
        }

        if (weights.ExactTerms > 0)
        {
            foreach (var t in DistinctiveTerms.Of(reader, analyzer, IndexFields.TextExact, source.Text, weights.K1, weights.ExactTerms, weights.IdfInWeight))
            {
                query.Add(new TermQuery(new Term(IndexFields.TextExact, t.Term)) { Boost = weights.ExactBoost * t.Boost / heaviest }, Occur.SHOULD);
            }
        }

        if (weights.RootTerms > 0)
        {
            foreach (var t in DistinctiveTerms.Of(reader, analyzer, IndexFields.TextRoot, source.Text, weights.K1, weights.RootTerms, weights.IdfInWeight))
            {
                query.Add(new TermQuery(new Term(IndexFields.TextRoot, t.Term)) { Boost = weights.RootBoost * t.Boost / heaviest }, Occur.SHOULD);
            }
        }

        foreach (var t in title)
        {
            query.Add(new TermQuery(new Term(IndexFields.Title, t.Term)) { Boost = weights.TitleBoost * t.Boost / heaviest }, Occur.SHOULD);
        }

        return query;
    }

    private RelatedHit ToHit(SourceDocument document, float score, bool textContinues)
    {
        var (date, dateSource) = DocumentDate.Of(document);
        var opening = openings.Build(document.Text.Length > 0 ? document.Text : document.Title, [], textContinues);
        var snippet = opening.Count > 0 ? opening[0] : new Fragment([], false, false);
        return new RelatedHit(document.Id, document.Title, date, dateSource, document.Source, document.Url, score, snippet);
    }
}
