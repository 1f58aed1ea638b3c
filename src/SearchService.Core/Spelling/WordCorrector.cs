using SearchService.Core.Analysis;
using SearchService.Core.Querying;

namespace SearchService.Core.Spelling;

/// <summary>A correction of one folded word: the corrected folded text (a space in it when the word was split)
/// and how good a guess it is (<see cref="WordCorrector"/>).</summary>
internal sealed record Correction(string Folded, double Score);

/// <summary>
/// Proposes the index word a rare or unknown typed word was most likely meant to be: among words one slip away
/// (two from <see cref="MisspelledWords.TwoEditsFrom"/> letters), or the same with its attached letters
/// (و ف ب ل ك ال …) set aside when the index has the word but not with those letters, or two frequent words
/// whose space was dropped. Each is scored by how common it is, less a price per slip
/// (<see cref="SlipDistance"/>): a frequent word two cheap slips away can beat a rare one a full edit away.
/// </summary>
internal sealed class WordCorrector(IndexWords words)
{
    /// <summary>A candidate must be in at least this many documents: a word written once is as likely a typo.</summary>
    public const int MinDocuments = 3;

    /// <summary>…and in this many times as many documents as the word typed.</summary>
    public const int MinRatio = 10;

    /// <summary>The score one unit of slip costs, in natural-log documents: a full edit is worth e³ ≈ 20 times
    /// the documents.</summary>
    public const double PricePerSlip = 3;

    /// <summary>Attached letters that can stand before a word, longest first.</summary>
    internal static readonly string[] AttachedPrefixes =
    [
        .. new[] { "", "و", "ف" }
            .SelectMany(conj => new[] { "", "ب", "ل", "ك" }.Select(prep => conj + prep))
            .SelectMany(lead => new[] { lead + "ال", lead })
            .Concat(["لل", "ولل", "فلل"])
            .Where(p => p.Length > 0)
            .Distinct()
            .OrderByDescending(p => p.Length),
    ];

    public Correction? Correct(string folded, int documents)
    {
        // A word the index holds that is a common word with attached letters or another ending (بالفيصلي، ومشردون) is
        // spelt right, however rare the whole. A word the index never saw gets no such benefit of the doubt: a slip
        // often leaves a common stem (الإسلامة) or letters that look attached (لعراق).
        var prefixes = AttachedPrefixes.Where(p => folded.Length - p.Length >= MisspelledWords.MinLength && folded.StartsWith(p, StringComparison.Ordinal)).ToList();
        if (documents > 0
            && (prefixes.Exists(p => words.Documents(folded[p.Length..]) > DidYouMean.RareDocuments) || words.StemDocuments(folded) > DidYouMean.RareDocuments))
        {
            return null;
        }

        Correction? best = null;
        foreach (var (word, count) in words.Near(folded, MaxEdits(folded.Length)))
        {
            Consider(ref best, folded, word, count, documents);
        }

        // The word may be common only without its attached letters: correct the rest, keep the letters.
        foreach (var prefix in prefixes)
        {
            var rest = folded[prefix.Length..];
            foreach (var (word, count) in words.Near(rest, MaxEdits(rest.Length)))
            {
                Consider(ref best, folded, prefix + word, count, documents);
            }
        }

        // A dropped space: both halves words in their own right (a stopword, or a word of three letters or more), so a
        // rare word is not cut into a word and a stray suffix (الصليب ين).
        for (var cut = 2; cut <= folded.Length - 2; cut++)
        {
            var (left, right) = (folded[..cut], folded[cut..]);
            if (AttachedPrefixes.Contains(left) || (IsStopWord(left) && IsStopWord(right)))
            {
                continue;
            }

            var count = Math.Min(HalfDocuments(left), HalfDocuments(right));
            Consider(ref best, folded, left + " " + right, count, documents);
        }

        return best;
    }

    private int HalfDocuments(string half) =>
        IsStopWord(half) ? int.MaxValue : half.Length < 3 ? 0 : words.Documents(half);

    internal static bool IsStopWord(string folded) => ArabicSearchAnalyzer.StopWords.Contains(folded);

    private static int MaxEdits(int length) => length >= MisspelledWords.TwoEditsFrom ? 2 : 1;

    private static void Consider(ref Correction? best, string typed, string candidate, int count, int typedCount)
    {
        if (count < MinDocuments || count < (long)MinRatio * typedCount)
        {
            return;
        }

        var score = Math.Log(1 + count) - (PricePerSlip * SlipDistance.Distance(typed, candidate));
        if (best is null || score > best.Score)
        {
            best = new Correction(candidate, score);
        }
    }
}
