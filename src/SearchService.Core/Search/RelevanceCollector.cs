using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search;

/// <summary>
/// The best hits in relevance order (score, then id: <see cref="HitOrder.CompareByRelevance"/>), optionally only those after
/// a cursor's place. It gives what a <c>TopFieldCollector</c> over that sort gives, as <see cref="FieldDoc"/>s with
/// the same sort values, at about the cost of Lucene's plain top-score collector: a match below the lowest kept score
/// is dropped after one comparison, and ids are compared by ordinal and read (<see cref="LazyId"/>) only when needed.
/// </summary>
internal sealed class RelevanceCollector : ICollector
{
    private readonly int size;
    private readonly float? afterScore;
    private readonly object? afterId;

    // The kept hits, the lowest first.
    private readonly PriorityQueue<Hit, Hit> kept;
    private Scorer? scorer;
    private SortedDocValues? ids;
    private int docBase;

    public RelevanceCollector(int size, FieldDoc? after)
    {
        this.size = Math.Max(size, 1);
        kept = new PriorityQueue<Hit, Hit>(this.size + 1, LowestFirst.Instance);
        if (after is not null)
        {
            afterScore = after.Score;
            afterId = after.Fields[^1];
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        ids = context.AtomicReader.GetSortedDocValues(IndexFields.Id);
        docBase = context.DocBase;
    }

    public void Collect(int doc)
    {
        var score = scorer!.GetScore();
        if (afterScore is { } stop && score > stop)
        {
            return; // listed before the cursor's place
        }

        var full = kept.Count == size;
        var lowest = full ? kept.Peek() : null;
        if (lowest is not null && score < lowest.Score)
        {
            return;
        }

        var id = new LazyId(ids!, ids!.GetOrd(doc));
        if (afterScore is { } tie && score == tie && LazyId.Compare(id, afterId!) <= 0)
        {
            return; // at or before the cursor's place
        }

        if (lowest is not null && score == lowest.Score && LazyId.Compare(id, lowest.Id) >= 0)
        {
            return; // a larger id comes later
        }

        var hit = new Hit(score, docBase + doc, id);
        kept.Enqueue(hit, hit);
        if (kept.Count > size)
        {
            kept.Dequeue();
        }
    }

    /// <summary>The kept hits, best first, each with its sort values (score, id) as the field collector gives them.</summary>
    public FieldDoc[] Hits()
    {
        var hits = new FieldDoc[kept.Count];
        for (var i = hits.Length - 1; i >= 0; i--)
        {
            var hit = kept.Dequeue();
            hits[i] = new FieldDoc(hit.Doc, hit.Score, [J2N.Numerics.Single.GetInstance(hit.Score), hit.Id]);
        }

        return hits;
    }

    private sealed record Hit(float Score, int Doc, LazyId Id);

    // Lowest in relevance order first: the smaller score, or on equal scores the larger id.
    private sealed class LowestFirst : IComparer<Hit>
    {
        public static readonly LowestFirst Instance = new();

        public int Compare(Hit? a, Hit? b) => HitOrder.CompareByRelevance(b!.Score, b.Id, a!.Score, a.Id);
    }
}
