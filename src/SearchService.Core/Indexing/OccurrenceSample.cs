using System.IO.Hashing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchService.Core.Indexing;

/// <summary>A term's first occurrence in one document: the segment, the document within it and the term's offsets.</summary>
internal readonly record struct Occurrence(AtomicReader Segment, int Doc, int Start, int End);

/// <summary>
/// Up to a number of a term's occurrences (its first in each document), the documents picked by a hash of their
/// ids, not by document number: replicas of the same folder pick the same documents whatever their segments and the
/// order their files came in, so what is read from the sample (a name's neighbours) is the same on each of them.
/// </summary>
internal static class OccurrenceSample
{
    /// <summary>The sample, in hash order; reads every posting of the term and the id of each of its documents.</summary>
    public static List<Occurrence> Of(IndexReader reader, string field, string term, int count)
    {
        // The largest hash kept on top, to be replaced by a smaller one.
        var kept = new PriorityQueue<Occurrence, ulong>(count + 1, Comparer<ulong>.Create((a, b) => b.CompareTo(a)));
        var target = new BytesRef(term);
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var terms = segment.GetTerms(field)?.GetEnumerator();
            if (terms is null || !terms.SeekExact(target)
                || terms.DocsAndPositions(segment.LiveDocs, null, DocsAndPositionsFlags.OFFSETS) is not { } postings)
            {
                continue;
            }

            var ids = segment.GetSortedDocValues(IndexFields.Id);
            var id = new BytesRef();
            while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                ids.Get(postings.DocID, id);
                var hash = XxHash3.HashToUInt64(id.Bytes.AsSpan(id.Offset, id.Length));
                if (kept.Count == count && kept.TryPeek(out _, out var largest) && hash >= largest)
                {
                    continue;
                }

                postings.NextPosition();
                kept.Enqueue(new Occurrence(segment, postings.DocID, postings.StartOffset, postings.EndOffset), hash);
                if (kept.Count > count)
                {
                    kept.Dequeue();
                }
            }
        }

        var sample = new List<Occurrence>(kept.Count);
        while (kept.Count > 0)
        {
            sample.Add(kept.Dequeue());
        }

        sample.Reverse();
        return sample;
    }
}
