namespace SearchService.Core.Spelling;

/// <summary>One step of turning a typed word into a candidate: which typed letters (<see cref="Typed"/>, a count
/// from <see cref="TypedIndex"/>) became which candidate letters (<see cref="Written"/>).</summary>
internal readonly record struct SlipStep(int TypedIndex, int Typed, string Written, bool Changed);

/// <summary>
/// A weighted edit distance between folded words (optimal string alignment: each letter edited at most once) that
/// prices the slips Arabic typists make below arbitrary edits: letters readers confuse (ض ظ، ذ ز، س ص، ت ط، the
/// hamza seats ء ئ ؤ) and a swapped pair are cheaper than any other letter, and a long vowel (ا و ي) dropped or
/// doubled is cheaper than another letter. ة/ه and ى/ي need no price: analysis folds them to one letter already.
/// </summary>
internal static class SlipDistance
{
    public const double Confusable = 0.3;
    public const double Swap = 0.7;
    public const double LongVowel = 0.7;
    public const double Edit = 1;

    private static readonly string[] ConfusableSets = ["ضظ", "ذزد", "سص", "تط", "ءئؤا"];

    public static bool AreConfusable(char a, char b) =>
        a != b && Array.Exists(ConfusableSets, set => set.Contains(a, StringComparison.Ordinal) && set.Contains(b, StringComparison.Ordinal));

    public static double Substitution(char a, char b) => a == b ? 0 : AreConfusable(a, b) ? Confusable : Edit;

    public static double InsertOrDelete(char c) => c is 'ا' or 'و' or 'ي' ? LongVowel : Edit;

    public static double Distance(string typed, string candidate) => Table(typed, candidate)[typed.Length, candidate.Length];

    /// <summary>The cheapest way from <paramref name="typed"/> to <paramref name="candidate"/>, letter by letter.</summary>
    public static List<SlipStep> Align(string typed, string candidate)
    {
        var d = Table(typed, candidate);
        var steps = new List<SlipStep>();
        int i = typed.Length, j = candidate.Length;
        while (i > 0 || j > 0)
        {
            if (i > 0 && j > 0 && Same(d[i, j], d[i - 1, j - 1] + Substitution(typed[i - 1], candidate[j - 1])))
            {
                steps.Add(new SlipStep(i - 1, 1, candidate[j - 1].ToString(), typed[i - 1] != candidate[j - 1]));
                i--;
                j--;
            }
            else if (i > 1 && j > 1 && typed[i - 1] == candidate[j - 2] && typed[i - 2] == candidate[j - 1] && Same(d[i, j], d[i - 2, j - 2] + Swap))
            {
                steps.Add(new SlipStep(i - 2, 2, candidate.Substring(j - 2, 2), true));
                i -= 2;
                j -= 2;
            }
            else if (i > 0 && Same(d[i, j], d[i - 1, j] + InsertOrDelete(typed[i - 1])))
            {
                steps.Add(new SlipStep(i - 1, 1, string.Empty, true));
                i--;
            }
            else
            {
                steps.Add(new SlipStep(i, 0, candidate[j - 1].ToString(), true));
                j--;
            }
        }

        steps.Reverse();
        return steps;
    }

    private static bool Same(double a, double b) => Math.Abs(a - b) < 1e-9;

    private static double[,] Table(string a, string b)
    {
        var d = new double[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            d[i, 0] = d[i - 1, 0] + InsertOrDelete(a[i - 1]);
        }

        for (var j = 1; j <= b.Length; j++)
        {
            d[0, j] = d[0, j - 1] + InsertOrDelete(b[j - 1]);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var best = Math.Min(
                    d[i - 1, j - 1] + Substitution(a[i - 1], b[j - 1]),
                    Math.Min(d[i - 1, j] + InsertOrDelete(a[i - 1]), d[i, j - 1] + InsertOrDelete(b[j - 1])));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && a[i - 1] != b[j - 1])
                {
                    best = Math.Min(best, d[i - 2, j - 2] + Swap);
                }

                d[i, j] = best;
            }
        }

        return d;
    }
}
