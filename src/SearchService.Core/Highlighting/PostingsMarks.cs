using Lucene.Net.Index;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;

namespace SearchService.Core.Highlighting;

/// <summary>
/// Marks a hit where the searched query matched it: every term of the rewritten item queries at its occurrences in
/// that field, every phrase where its terms form it, all read from the postings' positions and offsets.
/// One per request: it keeps the query's terms and phrases, and nothing between calls.
/// </summary>
internal sealed class PostingsMarks(QueryPlan plan)
{
    private readonly IReadOnlyList<MarkedLeaf> leaves = [.. plan.Items.SelectMany(QueryLeaves.Of)];

    /// <param name="reader">The searcher's reader.</param>
    /// <param name="doc">The hit's document number in <paramref name="reader"/>.</param>
    /// <param name="perTerm">Occurrences read per term at most (see <see cref="TermOccurrences.MaxPerDocument"/>).</param>
    /// <param name="textLength">How much of the text is marked: the part of it that was loaded.</param>
    public HitMarks Find(IndexReader reader, int doc, int perTerm, int textLength)
    {
        var context = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        var segment = context.AtomicReader;
        var local = doc - context.DocBase;
        var title = new List<MatchSpan>();
        var text = new List<MatchSpan>();
        var enums = new Dictionary<string, TermsEnum?>(StringComparer.Ordinal);
        foreach (var leaf in leaves)
        {
            if (!enums.TryGetValue(leaf.Field, out var terms))
            {
                var fieldTerms = segment.GetTerms(leaf.Field);
                terms = fieldTerms is { HasOffsets: true } ? fieldTerms.GetEnumerator() : null;
                enums[leaf.Field] = terms;
            }

            if (terms is null)
            {
                continue;
            }

            var inTitle = leaf.Field is IndexFields.Title or IndexFields.TitleExact;
            var maxEnd = inTitle ? int.MaxValue : textLength;
            var occurrences = leaf.Terms.Select(t => (IReadOnlyList<Occurrence>)TermOccurrences.Read(terms, t, local, perTerm, maxEnd)).ToList();
            var matched = occurrences.Count == 1 ? occurrences[0] : PhraseOccurrences.Find(occurrences, leaf.PhrasePositions, leaf.Slop);
            (inTitle ? title : text).AddRange(matched.Select(o => new MatchSpan(o.Start, o.End, leaf.Key)));
        }

        return new HitMarks(Ordered(title), Ordered(text));
    }

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
}
