using SearchService.Core.Analysis;

namespace SearchService.Core.Related;

/// <summary>
/// Tells copies of one text apart from texts on the same subject: two texts are near-duplicates when most of
/// their three-word sequences (folded) are shared. A republished article, the same file saved twice, or a
/// text with a changed heading compare as copies; two paragraphs of one article do not.
/// </summary>
internal sealed class NearDuplicates(double threshold)
{
    private readonly List<HashSet<long>> kept = [];

    /// <summary>Adds the text unless it copies one added before; true when it was added.</summary>
    public bool TryAdd(string text)
    {
        var shingles = Shingles(text);
        if (kept.Any(k => Similarity(k, shingles) >= threshold))
        {
            return false;
        }

        kept.Add(shingles);
        return true;
    }

    /// <summary>Jaccard similarity of the two sets; two empty texts are the same.</summary>
    internal static double Similarity(HashSet<long> a, HashSet<long> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return shared / (double)(a.Count + b.Count - shared);
    }

    internal static HashSet<long> Shingles(string text)
    {
        var words = ArabicSearchAnalyzer.Fold(text)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsLetterOrDigit)]).ToLowerInvariant())
            .Where(w => w.Length > 0)
            .Select(w => (long)StringComparer.Ordinal.GetHashCode(w))
            .ToList();
        var shingles = new HashSet<long>();
        if (words.Count < 3)
        {
            shingles.UnionWith(words);
            return shingles;
        }

        for (var i = 0; i + 2 < words.Count; i++)
        {
            shingles.Add((words[i] * 31 * 31) + (words[i + 1] * 31) + words[i + 2]);
        }

        return shingles;
    }
}
