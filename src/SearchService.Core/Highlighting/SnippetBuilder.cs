namespace SearchService.Core.Highlighting;

/// <summary>
/// Cuts up to a few fragments of about 150–200 characters around the matches, at sentence punctuation where
/// possible and otherwise at spaces, preferring fragments that show more of the query's different words.
/// The best fragment comes first, as a reader (and a result list showing one line) sees it first.
/// </summary>
public sealed class SnippetBuilder
{
    private const string SentenceEnds = ".؟?!\n";
    private const string ClauseEnds = "،؛;,:";

    public int MaxFragments { get; init; } = 3;

    public int MinLength { get; init; } = 150;

    public int TargetLength { get; init; } = 180;

    public int MaxLength { get; init; } = 210;

    /// <summary>How far before a match a fragment may start to begin at a sentence.</summary>
    public int MaxLeadIn { get; init; } = 90;

    /// <param name="text">The text, or its opening when <paramref name="textContinues"/>.</param>
    /// <param name="matches">Where the query matched the text.</param>
    /// <param name="textContinues">True when the whole text goes on after <paramref name="text"/>.</param>
    /// <param name="textBeganBefore">True when <paramref name="text"/> is a part from inside a longer text.</param>
    internal IReadOnlyList<Fragment> Build(string text, IReadOnlyList<MatchSpan> matches, bool textContinues = false, bool textBeganBefore = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var ordered = InTextOrder(matches);
        if (ordered.Count == 0)
        {
            var end = ChooseEnd(text, 0, 0);
            return [Cut(text, 0, end, ordered, textContinues, textBeganBefore)];
        }

        // One candidate per match, each scored from the few matches inside it: no pass over all the matches per
        // candidate, so a text with thousands of matches costs in proportion to them, not to their square.
        var candidates = ordered
            .Select(m =>
            {
                var start = ChooseStart(text, m.Start);
                var end = ChooseEnd(text, start, m.End);
                return (Start: start, End: end, Score: Score(ordered, start, end));
            })
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Start)
            .ToList();

        var chosen = new List<(int Start, int End, int Score)>();
        foreach (var candidate in candidates)
        {
            if (chosen.Count == MaxFragments)
            {
                break;
            }

            if (chosen.All(c => candidate.End <= c.Start || candidate.Start >= c.End))
            {
                chosen.Add(candidate);
            }
        }

        return [.. chosen.Select(c => Cut(text, c.Start, c.End, ordered, textContinues, textBeganBefore))]; // best first, not in text order
    }

    /// <summary>The whole text with its matches marked (titles, and a full article on its own page).</summary>
    internal static Fragment Whole(string text, IReadOnlyList<MatchSpan> matches) =>
        new(Parts(text, 0, text.Length, InTextOrder(matches), collapseLines: false), false, false);

    // Distinct query words count most, then how many matches the fragment shows.
    private static int Score(IReadOnlyList<MatchSpan> ordered, int start, int end)
    {
        var keys = new HashSet<int>();
        var count = 0;
        for (var i = FirstAtOrAfter(ordered, start); i < ordered.Count && ordered[i].Start < end; i++)
        {
            if (ordered[i].End <= end)
            {
                keys.Add(ordered[i].Key);
                count++;
            }
        }

        return (keys.Count * 100) + count;
    }

    private static IReadOnlyList<MatchSpan> InTextOrder(IReadOnlyList<MatchSpan> matches)
    {
        for (var i = 1; i < matches.Count; i++)
        {
            if (matches[i].Start < matches[i - 1].Start)
            {
                return [.. matches.OrderBy(m => m.Start)];
            }
        }

        return matches;
    }

    // The index of the first match starting at or after offset, by binary search in text order.
    private static int FirstAtOrAfter(IReadOnlyList<MatchSpan> ordered, int offset)
    {
        int low = 0, high = ordered.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (ordered[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private int ChooseStart(string text, int matchStart)
    {
        if (matchStart <= MaxLeadIn / 2)
        {
            return 0;
        }

        // Begin at the start of the sentence (or clause) holding the match, if it is close enough.
        var limit = Math.Max(0, matchStart - MaxLeadIn);
        foreach (var marks in new[] { SentenceEnds, ClauseEnds })
        {
            for (var i = matchStart - 1; i >= limit; i--)
            {
                if (marks.Contains(text[i], StringComparison.Ordinal))
                {
                    return SkipSpaces(text, i + 1);
                }
            }
        }

        if (limit == 0)
        {
            return 0;
        }

        // Otherwise a few words before the match, at a space.
        var from = Math.Max(0, matchStart - 40);
        var space = text.IndexOf(' ', from, matchStart - from);
        return space < 0 ? matchStart : SkipSpaces(text, space + 1);
    }

    private int ChooseEnd(string text, int start, int mustReach)
    {
        if (text.Length - start <= MaxLength)
        {
            return text.Length;
        }

        var lowest = Math.Max(start + MinLength, mustReach);
        var highest = Math.Max(start + MaxLength, mustReach);
        highest = Math.Min(highest, text.Length - 1);
        foreach (var marks in new[] { SentenceEnds, ClauseEnds })
        {
            var best = -1;
            for (var i = lowest; i <= highest; i++)
            {
                if (marks.Contains(text[i], StringComparison.Ordinal)
                    && (best < 0 || Math.Abs(i - (start + TargetLength)) < Math.Abs(best - (start + TargetLength))))
                {
                    best = i;
                }
            }

            if (best >= 0)
            {
                return best + 1;
            }
        }

        var target = Math.Max(start + TargetLength, mustReach);
        var space = text.LastIndexOf(' ', Math.Min(target, text.Length - 1), Math.Min(target, text.Length - 1) - mustReach + 1);
        return space > mustReach ? space : Math.Min(text.Length, Math.Max(target, mustReach));
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static Fragment Cut(string text, int start, int end, IReadOnlyList<MatchSpan> ordered, bool textContinues, bool textBeganBefore)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var endsMidText = textContinues || end < text.AsSpan().TrimEnd().Length;
        return new Fragment(Parts(text, start, end, ordered, collapseLines: true), textBeganBefore || start > 0, endsMidText);
    }

    private static List<FragmentPart> Parts(string text, int start, int end, IReadOnlyList<MatchSpan> ordered, bool collapseLines)
    {
        var parts = new List<FragmentPart>();
        var at = start;
        for (var i = FirstAtOrAfter(ordered, start); i < ordered.Count && ordered[i].Start < end; i++)
        {
            var m = ordered[i];
            if (m.Start < at || m.End > end)
            {
                continue;
            }

            if (m.Start > at)
            {
                parts.Add(new FragmentPart(Clean(text[at..m.Start], collapseLines), false));
            }

            parts.Add(new FragmentPart(text[m.Start..m.End], true));
            at = m.End;
        }

        if (end > at)
        {
            parts.Add(new FragmentPart(Clean(text[at..end], collapseLines), false));
        }

        return parts;
    }

    // A snippet is one line: line breaks inside it read as spaces.
    private static string Clean(string text, bool collapseLines) =>
        collapseLines ? text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ') : text;
}
