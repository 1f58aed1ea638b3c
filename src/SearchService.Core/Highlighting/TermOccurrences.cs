using Lucene.Net.Index;

namespace SearchService.Core.Highlighting;

/// <summary>Reads a term's occurrences in documents from the postings (positions and offsets), so marking a hit never
/// analyses its text again.</summary>
internal static class TermOccurrences
{
    /// <summary>At most this many occurrences of one term are read per document for snippets: three fragments need
    /// a handful, and a 5 MB text repeating a word costs no more than an article that has it a thousand times.</summary>
    public const int MaxPerDocument = 1_000;

    /// <param name="postings">The term's postings in the document's segment, positioned before <paramref name="doc"/>.</param>
    /// <param name="doc">The document, numbered within its segment.</param>
    /// <param name="maxCount">How many occurrences to read at most.</param>
    /// <param name="maxEnd">Occurrences ending after this offset are not read (the text beyond is not loaded).</param>
    public static List<Occurrence> Read(DocsAndPositionsEnum postings, int doc, int maxCount, int maxEnd)
    {
        var found = new List<Occurrence>();
        if (postings.DocID > doc || (postings.DocID != doc && postings.Advance(doc) != doc))
        {
            return found; // the term is not in this document
        }

        var count = Math.Min(postings.Freq, maxCount);
        for (var i = 0; i < count; i++)
        {
            var position = postings.NextPosition();
            if (postings.StartOffset < 0 || postings.EndOffset > maxEnd)
            {
                break; // no offsets indexed, or past the part of the text that is read (offsets grow with positions)
            }

            found.Add(new Occurrence(position, postings.StartOffset, postings.EndOffset));
        }

        return found;
    }
}
