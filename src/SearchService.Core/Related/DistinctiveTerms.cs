using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchService.Core.Related;

/// <summary>
/// The words that say what a document is about: its analysed terms in one field, each weighted by BM25's
/// saturated term frequency times its inverse document frequency, so a word the document repeats counts more
/// but not without bound, and a word most documents hold counts for little.
/// </summary>
internal static class DistinctiveTerms
{
    /// <summary>A term of <see cref="Field"/>: how distinctive it is (chosen by), and its weight in the query.</summary>
    public readonly record struct Weighted(string Field, string Term, float Weight, float Boost);

    /// <param name="k1">Saturation of the document's own term frequency.</param>
    /// <param name="max">How many terms to keep, the heaviest first.</param>
    public static List<Weighted> Of(IndexReader reader, Analyzer analyzer, string field, string text, float k1, int max, bool idfInWeight = true)
    {
        var counts = Count(analyzer, field, text);
        var documents = Math.Max(reader.NumDocs, 1);
        var weighted = new List<Weighted>(counts.Count);
        foreach (var (term, tf) in counts)
        {
            // A word no other document holds finds nothing; a common one weighs little through its idf.
            var df = reader.DocFreq(new Term(field, new BytesRef(term)));
            if (df < 2)
            {
                continue;
            }

            var idf = (float)Math.Log(1 + ((documents - df + 0.5) / (df + 0.5)));
            var saturated = tf * (k1 + 1) / (tf + k1);
            weighted.Add(new Weighted(field, term, saturated * idf, idfInWeight ? saturated * idf : saturated));
        }

        weighted.Sort((a, b) => b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight) : string.CompareOrdinal(a.Term, b.Term));
        return weighted.Count > max ? weighted.GetRange(0, max) : weighted;
    }

    private static Dictionary<string, int> Count(Analyzer analyzer, string field, string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var word = term.ToString();
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        stream.End();
        return counts;
    }
}
