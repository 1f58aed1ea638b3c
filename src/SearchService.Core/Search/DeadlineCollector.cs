using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchService.Core.Search;

/// <summary>
/// Collects into another collector until the deadline passes, then stops the search by throwing
/// <see cref="DeadlinePassedException"/>. Lucene's <c>TimeLimitingCollector</c> does the same against a static
/// clock thread; this one reads the request's <see cref="TimeProvider"/>, every few hundred documents so reading
/// the clock costs nothing measurable.
/// </summary>
internal sealed class DeadlineCollector(ICollector inner, Deadline deadline) : ICollector
{
    private const int CheckEvery = 256;

    private int collected;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context) => inner.SetNextReader(context);

    public void Collect(int doc)
    {
        if (++collected % CheckEvery == 0 && deadline.IsPast)
        {
            throw new DeadlinePassedException();
        }

        inner.Collect(doc);
    }
}
