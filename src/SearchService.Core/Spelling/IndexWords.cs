using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;

namespace SearchService.Core.Spelling;

/// <summary>The index's own words as typed (folded, unstemmed: the exact fields, attached letters included), with
/// how many documents hold each: what a correction is chosen from.</summary>
internal sealed class IndexWords(IndexReader reader)
{
    private Terms? bodyWords;

    /// <summary>Documents whose title or body holds the word exactly.</summary>
    public int Documents(string folded) => Math.Max(
        reader.DocFreq(new Term(IndexFields.TextExact, folded)),
        reader.DocFreq(new Term(IndexFields.TitleExact, folded)));

    /// <summary>Documents whose body holds the word's light stem (its forms with other suffixes and prefixes).</summary>
    public int StemDocuments(string folded) =>
        reader.DocFreq(new Term(IndexFields.Text, ArabicLightStemFilter.StemOf(folded)));

    /// <summary>Body words within <paramref name="maxEdits"/> edits (a swapped pair is one), found with Lucene's
    /// Levenshtein automaton over the term dictionary rather than by trying every spelling.</summary>
    public IEnumerable<(string Word, int Documents)> Near(string folded, int maxEdits)
    {
        bodyWords ??= MultiFields.GetTerms(reader, IndexFields.TextExact);
        if (bodyWords is null)
        {
            yield break;
        }

        var near = new FuzzyTermsEnum(bodyWords, new AttributeSource(), new Term(IndexFields.TextExact, folded), maxEdits, 0, true);
        while (near.MoveNext())
        {
            var word = near.Term.Utf8ToString();
            if (word != folded)
            {
                yield return (word, near.DocFreq);
            }
        }
    }
}
