using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;

namespace SearchService.Core.Highlighting;

/// <summary>
/// Marks hits where the searched query matched them: every term of the rewritten item queries at its occurrences in
/// that field, every phrase where its terms form it, all read from the postings' positions and offsets.
/// One per request: it keeps the query's terms and phrases, and nothing between calls.
/// </summary>
internal sealed class PostingsMarks(QueryPlan plan)
{
    private readonly IReadOnlyList<MarkedLeaf> leaves = [.. plan.Items.SelectMany(QueryLeaves.Of)];

    /// <summary>One document to mark: its number in the reader and how much of its text is marked (the part that was
    /// loaded).</summary>
    public readonly record struct Target(int Doc, int TextLength);

    /// <param name="reader">The searcher's reader.</param>
    /// <param name="doc">The hit's document number in <paramref name="reader"/>.</param>
    /// <param name="perTerm">Occurrences read per term at most (see <see cref="TermOccurrences.MaxPerDocument"/>).</param>
    /// <param name="textLength">How much of the text is marked: the part of it that was loaded.</param>
    public HitMarks Find(IndexReader reader, int doc, int perTerm, int textLength) =>
        Find(reader, [new Target(doc, textLength)], perTerm)[0];

    /// <summary>The marks of several hits, in the order given. Hits of one segment are read together, in document
    /// order, so each searched term is looked up once per segment rather than once per hit.</summary>
    public IReadOnlyList<HitMarks> Find(IndexReader reader, IReadOnlyList<Target> targets, int perTerm)
    {
        var results = new HitMarks[targets.Count];
        var order = Enumerable.Range(0, targets.Count).OrderBy(i => targets[i].Doc).ToList();
        foreach (var segment in order.GroupBy(i => ReaderUtil.SubIndex(targets[i].Doc, reader.Leaves)))
        {
            var context = reader.Leaves[segment.Key];
            var postings = new SegmentPostings(context.AtomicReader);
            var local = new Dictionary<(string Field, BytesRef Term), List<Occurrence>>[targets.Count];
            foreach (var i in segment)
            {
                local[i] = [];
            }

            // Term by term, each over the segment's hits in document order: one seek and one pass per term.
            foreach (var (field, term) in leaves.SelectMany(l => l.Terms.Select(t => (l.Field, t))).Distinct())
            {
                if (postings.Open(field, term) is not { } docs)
                {
                    continue;
                }

                foreach (var i in segment)
                {
                    var maxEnd = IsTitle(field) ? int.MaxValue : targets[i].TextLength;
                    local[i][(field, term)] = TermOccurrences.Read(docs, targets[i].Doc - context.DocBase, perTerm, maxEnd);
                }
            }

            foreach (var i in segment)
            {
                results[i] = Mark(local[i]);
            }
        }

        return results;
    }

    private HitMarks Mark(Dictionary<(string Field, BytesRef Term), List<Occurrence>> found)
    {
        var title = new List<MatchSpan>();
        var text = new List<MatchSpan>();
        foreach (var leaf in leaves)
        {
            var occurrences = leaf.Terms
                .Select(t => found.TryGetValue((leaf.Field, t), out var o) ? o : (IReadOnlyList<Occurrence>)[])
                .ToList();
            var matched = occurrences.Count == 1 ? occurrences[0] : PhraseOccurrences.Find(occurrences, leaf.PhrasePositions, leaf.Slop);
            (IsTitle(leaf.Field) ? title : text).AddRange(matched.Select(o => new MatchSpan(o.Start, o.End, leaf.Key)));
        }

        return new HitMarks(Ordered(title), Ordered(text));
    }

    private static bool IsTitle(string field) => field is IndexFields.Title or IndexFields.TitleExact;

    // The stemmed, exact and root fields mark the same words: one mark per word, for the earliest query item.
    private static List<MatchSpan> Ordered(List<MatchSpan> spans)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Key.CompareTo(b.Key));
        var result = new List<MatchSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (result.Count == 0 || result[^1].Start != span.Start)
            {
                result.Add(span);
            }
        }

        return result;
    }

    /// <summary>A segment's postings with offsets, one term enumerator per field.</summary>
    private sealed class SegmentPostings(AtomicReader segment)
    {
        private readonly Dictionary<string, TermsEnum?> enums = new(StringComparer.Ordinal);

        public DocsAndPositionsEnum? Open(string field, BytesRef term)
        {
            if (!enums.TryGetValue(field, out var terms))
            {
                var fieldTerms = segment.GetTerms(field);
                terms = fieldTerms is { HasOffsets: true } ? fieldTerms.GetEnumerator() : null;
                enums[field] = terms;
            }

            return terms is not null && terms.SeekExact(term) ? terms.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS) : null;
        }
    }
}
